package eventlings.checkers.timeline;

import org.apache.kafka.common.TopicPartition;

/** Where a record is stored: topic, partition and offset, said as {@code orders-3f9a p0 @5}. */
record Place(String topic, int partition, long offset) {

  TopicPartition topicPartition() {
    return new TopicPartition(topic, partition);
  }

  @Override
  public String toString() {
    return topic + " p" + partition + " @" + offset;
  }
}

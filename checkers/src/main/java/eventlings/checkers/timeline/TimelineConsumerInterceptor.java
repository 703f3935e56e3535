package eventlings.checkers.timeline;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerInterceptor;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Records what each poll of a consumer made with the kit's settings handed to its code, and each offset commit, on
 * the test class's timeline. Kafka creates it from the {@code interceptor.classes} setting; it never changes a record.
 */
public final class TimelineConsumerInterceptor implements ConsumerInterceptor<Object, Object> {

  private KafkaTrail.Client client = KafkaTrail.Client.UNTRACKED;

  @Override
  public void configure(Map<String, ?> configs) {
    client = KafkaTrail.client(configs, true);
  }

  @Override
  public ConsumerRecords<Object, Object> onConsume(ConsumerRecords<Object, Object> records) {
    client.received(records);
    return records;
  }

  @Override
  public void onCommit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    client.committed(offsets);
  }

  @Override
  public void close() {
    // Nothing held: the trail outlives its clients.
  }
}

package eventlings.checkers.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;

/**
 * What the broker held when a goal failed: the records of the goal's topics, the end of each partition, and the
 * committed offsets of every consumer group on them; or why it could not be read.
 */
record BrokerView(Instant readAt, List<StoredRecord> records, Map<TopicPartition, Long> ends,
    Map<String, Map<TopicPartition, Long>> committed, Optional<String> problem) {

  static BrokerView unreadable(Instant readAt, String problem) {
    return new BrokerView(readAt, List.of(), Map.of(), Map.of(), Optional.of(problem));
  }

  /** One record as stored, its key and value decoded as UTF-8 text. */
  record StoredRecord(Place place, Instant timestamp, String key, String value, List<String> headers) {}
}

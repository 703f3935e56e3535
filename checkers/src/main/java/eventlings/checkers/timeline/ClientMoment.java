package eventlings.checkers.timeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;

/**
 * What a Kafka client with the kit's settings did, as its interceptor saw it. {@code order} is the order the trail
 * recorded moments in; {@code client} numbers the client instances of a trail.
 */
sealed interface ClientMoment {

  long order();

  Instant at();

  String actor();

  /** The broker acknowledged a record: it is stored at {@code place}. */
  record Sent(long order, Instant at, String actor, Place place) implements ClientMoment {}

  /** A send to {@code topic} failed with {@code error}. */
  record SendFailed(long order, Instant at, String actor, String topic, String error) implements ClientMoment {}

  /**
   * A poll handed {@code records} to the code that called it: the {@code poller}, the class and method that called
   * {@code poll}, when it could be told.
   */
  record Received(long order, Instant at, String actor, String group, int client, List<Delivery> records,
      Optional<String> poller) implements ClientMoment {}

  /** The group's offsets were committed, as next offsets to read. */
  record Committed(long order, Instant at, String actor, String group, int client, Map<TopicPartition, Long> offsets)
      implements ClientMoment {}

  /** One record a poll returned, with its key and value as the consumer deserialised them. */
  record Delivery(Place place, Object key, Object value) {}
}

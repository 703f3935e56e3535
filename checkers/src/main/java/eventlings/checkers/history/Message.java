package eventlings.checkers.history;

import java.util.Objects;

/**
 * One message as a {@link History} sees it: the key its order is kept by, an id that names it, and its sequence
 * among the messages of that key (a version, or a per-key sequence number), increasing in the order they were sent.
 *
 * @param key the ordering key, such as the order id the Kafka record is keyed by
 * @param id what makes two deliveries the same message, such as an event id header
 * @param sequence its place among the messages of its key
 */
public record Message(String key, String id, long sequence) {

  public Message {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(id, "id");
  }

  /** A message named by its key and sequence, for histories where the two identify it: {@code order-42#3}. */
  public static Message of(String key, long sequence) {
    return new Message(key, key + "#" + sequence, sequence);
  }

  /** A message with an id of its own, such as an event id. */
  public static Message of(String key, String id, long sequence) {
    return new Message(key, id, sequence);
  }

  /** {@code order-42 #3}, with the id when it says more: {@code order-42 #3 (id e-7)}. */
  @Override
  public String toString() {
    String named = key + " #" + sequence;
    return id.equals(key + "#" + sequence) ? named : named + " (id " + id + ")";
  }
}

package eventlings.checkers.faults;

import java.time.Duration;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.errors.InterruptException;

/**
 * A consumer whose code is slow: each batch of records reaches it {@code perBatch} after its poll fetched it, so the
 * time from one poll to the next, and to the batch's offset commit, is as long as if handling it took that long.
 * Records pile up on the broker meanwhile (the group's lag grows); and a consumer slower than its
 * {@code max.poll.interval.ms} is put out of its group, so the batch's offset commit fails with a
 * {@code CommitFailedException} and its partitions go to another member.
 *
 * <pre>{@code
 * Properties settings = kafka.consumerProperties("billing");
 * settings.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "500");
 * Consumer<String, String> slow = SlowConsumer.taking(Duration.ofSeconds(1), new KafkaConsumer<>(settings));
 * }</pre>
 *
 * The helper waits, not the test: a goal waits for what the slowness causes, with a condition. Works with any broker.
 */
public final class SlowConsumer {

  private SlowConsumer() {}

  /** {@code consumer}, taking {@code perBatch} over each batch of records. */
  public static <K, V> Consumer<K, V> taking(Duration perBatch, Consumer<K, V> consumer) {
    return KafkaClientProxy.wrap(Consumer.class, consumer, call -> {
      Object result = call.proceed();
      if (result instanceof ConsumerRecords<?, ?> records && !records.isEmpty()) {
        takeTime(perBatch);
      }
      return result;
    });
  }

  /** On the consumer's own thread, inside its poll; interrupted, it stops as an interrupted poll does. */
  private static void takeTime(Duration time) {
    try {
      Thread.sleep(time);
    } catch (InterruptedException e) {
      throw new InterruptException(e);
    }
  }
}

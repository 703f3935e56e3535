package eventlings.checkers.faults;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.async.BackgroundWork;
import eventlings.checkers.kafka.Kafka;
import eventlings.checkers.kafka.WithKafka;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.junit.jupiter.api.Test;

@WithKafka
class RebalanceTest {

  private final Kafka kafka;

  RebalanceTest(Kafka kafka) {
    this.kafka = kafka;
  }

  @Test
  void the_busy_handlers_commit_fails_and_its_record_goes_to_the_member_that_joined() {
    String topic = kafka.freshTopic("orders");
    kafka.send(topic, "order-1", "OrderPlaced");
    Properties settings = kafka.consumerProperties("billing");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    settings.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "1000");
    List<String> received = new CopyOnWriteArrayList<>();
    List<RuntimeException> failedCommits = new CopyOnWriteArrayList<>();
    AtomicReference<BackgroundWork> second = new AtomicReference<>();
    Rebalance rebalance = Rebalance.whileHandlingFirstBatch(kafka, new KafkaConsumer<>(settings), () -> second.set(
        BackgroundWork.start("billing 2", () -> handle(new KafkaConsumer<>(settings), topic, received, failedCommits))));

    try (BackgroundWork first = BackgroundWork.start("billing 1",
        () -> handle(rebalance.consumer(), topic, received, failedCommits))) {
      // The group waits a poll interval for the busy member, then rebalances: a few seconds in all.
      first.until(Duration.ofSeconds(8), () -> received.size() == 2 && !kafka.committedOffsets("billing").isEmpty());
    } finally {
      if (second.get() != null) {
        second.get().close();
      }
    }

    assertThat(rebalance.happened()).isTrue();
    assertThat(failedCommits).first().isInstanceOf(CommitFailedException.class);
    assertThat(received).containsExactly("OrderPlaced", "OrderPlaced");
  }

  /** Handles each record, then commits; a commit refused by a rebalance is noted, and the loop polls on. */
  private static void handle(Consumer<String, String> consumer, String topic, List<String> received,
      List<RuntimeException> failedCommits) {
    try (consumer) {
      consumer.subscribe(List.of(topic));
      while (!Thread.currentThread().isInterrupted()) {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
          received.add(record.value());
          try {
            consumer.commitSync();
          } catch (RebalanceInProgressException | CommitFailedException e) {
            failedCommits.add(e);
          }
        }
      }
    }
  }
}

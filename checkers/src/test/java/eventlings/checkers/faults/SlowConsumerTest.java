package eventlings.checkers.faults;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.async.BackgroundWork;
import eventlings.checkers.kafka.Kafka;
import eventlings.checkers.kafka.WithKafka;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

@WithKafka
class SlowConsumerTest {

  private final Kafka kafka;

  SlowConsumerTest(Kafka kafka) {
    this.kafka = kafka;
  }

  @Test
  void a_consumer_slower_than_its_poll_interval_is_put_out_of_its_group_and_cannot_commit() {
    String topic = kafka.freshTopic("orders");
    kafka.send(topic, "order-1", "OrderPlaced");
    Properties settings = kafka.consumerProperties("billing");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    settings.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "300");
    List<CommitFailedException> failedCommits = new CopyOnWriteArrayList<>();
    long begin = System.nanoTime();

    try (BackgroundWork billing = BackgroundWork.start("billing", () -> {
      try (Consumer<String, String> slow = SlowConsumer.taking(Duration.ofMillis(1200), new KafkaConsumer<>(settings))) {
        slow.subscribe(List.of(topic));
        while (failedCommits.isEmpty()) {
          if (!slow.poll(Duration.ofMillis(100)).isEmpty()) {
            try {
              slow.commitSync();
            } catch (CommitFailedException e) {
              failedCommits.add(e);
            }
          }
        }
      }
    })) {
      billing.until(Duration.ofSeconds(8), () -> !failedCommits.isEmpty());
    }

    assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(1200));
    assertThat(kafka.committedOffsets("billing")).isEmpty();
  }
}

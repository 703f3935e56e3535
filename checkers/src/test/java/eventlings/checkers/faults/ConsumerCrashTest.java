package eventlings.checkers.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eventlings.checkers.async.BackgroundWork;
import eventlings.checkers.history.History;
import eventlings.checkers.history.Message;
import eventlings.checkers.kafka.Kafka;
import eventlings.checkers.kafka.WithKafka;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

@WithKafka
class ConsumerCrashTest {

  private final Kafka kafka;

  ConsumerCrashTest(Kafka kafka) {
    this.kafka = kafka;
  }

  @Test
  void it_dies_after_its_effect_before_its_commit_and_the_restarted_consumer_receives_the_records_again() {
    String topic = kafka.freshTopic("payments");
    kafka.send(topic, "order-1", "charge 30");
    Properties settings = kafka.consumerProperties("billing");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    ConsumerCrash crash = ConsumerCrash.beforeFirstCommit(settings);
    List<String> effects = new CopyOnWriteArrayList<>();

    BackgroundWork first = BackgroundWork.start("billing", () -> handleThenCommit(crash.consumer(), topic, effects));
    crash.awaitCrash(first);

    assertThat(effects).containsExactly("charge 30");
    assertThat(kafka.committedOffsets("billing")).isEmpty();
    try (BackgroundWork restarted = BackgroundWork.start("billing, restarted",
        () -> handleThenCommit(new KafkaConsumer<>(settings), topic, effects))) {
      restarted.until(() -> effects.size() == 2 && !kafka.committedOffsets("billing").isEmpty());
    }
    assertThat(effects).containsExactly("charge 30", "charge 30");
    // A consumer that is not idempotent charges twice: what the history checker of a goal says about it.
    List<Message> applied = effects.stream().map(effect -> Message.of("order-1", 1)).toList();
    assertThatThrownBy(() -> History.of(List.of(Message.of("order-1", 1))).against(applied).assertNothingTwice())
        .hasMessageContaining("First at fault: order-1 #1 was applied 2 times: 1st, 2nd");
  }

  @Test
  void with_automatic_commits_it_dies_at_the_poll_after_its_first_batch() {
    String topic = kafka.freshTopic("payments");
    kafka.send(topic, "order-1", "charge 30");
    ConsumerCrash crash = ConsumerCrash.beforeFirstCommit(kafka.consumerProperties("billing-auto"));
    List<String> effects = new CopyOnWriteArrayList<>();

    BackgroundWork loop = BackgroundWork.start("billing", () -> {
      Consumer<String, String> consumer = crash.consumer();
      consumer.subscribe(List.of(topic));
      while (true) {
        consumer.poll(Duration.ofMillis(100)).forEach(record -> effects.add(record.value()));
      }
    });
    crash.awaitCrash(loop);

    assertThat(effects).containsExactly("charge 30");
    assertThat(kafka.committedOffsets("billing-auto")).isEmpty();
  }

  /** A consumer loop that does the right thing: the effects of a batch, then its offset commit. */
  private static void handleThenCommit(Consumer<String, String> consumer, String topic, List<String> effects) {
    try (consumer) {
      consumer.subscribe(List.of(topic));
      while (!Thread.currentThread().isInterrupted()) {
        ConsumerRecords<String, String> batch = consumer.poll(Duration.ofMillis(100));
        if (!batch.isEmpty()) {
          batch.forEach(record -> effects.add(record.value()));
          consumer.commitSync();
        }
      }
    }
  }
}

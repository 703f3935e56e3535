package eventlings.checkers.faults;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.kafka.Kafka;
import eventlings.checkers.kafka.WithKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

@WithKafka
class RedeliveryTest {

  private final Kafka kafka;

  RedeliveryTest(Kafka kafka) {
    this.kafka = kafka;
  }

  @Test
  void a_rewound_group_receives_its_last_records_again() {
    String topic = kafka.freshTopic("orders");
    List.of("a", "b", "c").forEach(value -> kafka.send(topic, "order-1", value));
    Properties settings = kafka.consumerProperties("projection");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    assertThat(consumeAndCommit(settings, topic, 3)).containsExactly("a", "b", "c");

    Map<TopicPartition, Long> rewound = Redelivery.rewind(kafka, "projection", topic, 2);

    assertThat(rewound).containsExactly(Map.entry(new TopicPartition(topic, 0), 1L));
    assertThat(consumeAndCommit(settings, topic, 2)).containsExactly("b", "c");
    Redelivery.rewindToStart(kafka, "projection", topic);
    assertThat(consumeAndCommit(settings, topic, 3)).containsExactly("a", "b", "c");
  }

  /** A consumer of the group that reads {@code count} records, commits, and leaves the group as it closes. */
  private static List<String> consumeAndCommit(Properties settings, String topic, int count) {
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
      consumer.subscribe(List.of(topic));
      Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollDelay(Duration.ZERO).until(() -> {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
          values.add(record.value());
        }
        return values.size() >= count;
      });
      consumer.commitSync();
    }
    return values;
  }
}

package eventlings.checkers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.Step;
import eventlings.checkers.kafka.Kafka;
import eventlings.checkers.kafka.WithKafka;
import eventlings.checkers.timeline.LaunchedGoals.OnlyWhenLaunched;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A Kafka goal class as the messaging labs will have them, all passing: what {@link TimelineCostTest} times. */
@WithKafka
@OnlyWhenLaunched
class PassingRoundTripGoals {

  private static final int RECORDS = 20;

  private final Kafka kafka;

  PassingRoundTripGoals(Kafka kafka) {
    this.kafka = kafka;
  }

  @Test
  @Step(1)
  void orders_are_relayed_and_consumed_once() throws Exception {
    roundTrip("orders");
  }

  @Test
  @Step(1)
  void payments_are_relayed_and_consumed_once() throws Exception {
    roundTrip("payments");
  }

  @Test
  @Step(1)
  void shipments_are_relayed_and_consumed_once() throws Exception {
    roundTrip("shipments");
  }

  private void roundTrip(String name) throws Exception {
    String topic = kafka.freshTopic(name);
    try (Producer<String, String> relay = new KafkaProducer<>(kafka.producerProperties("relay"))) {
      for (int index = 0; index < RECORDS; index++) {
        relay.send(new ProducerRecord<>(topic, "key-" + index % 4, "{\"type\":\"Placed\",\"n\":" + index + "}"))
            .get(5, TimeUnit.SECONDS);
      }
    }
    Properties settings = kafka.consumerProperties(name + "-consumer");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    List<String> values = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings)) {
      consumer.subscribe(List.of(topic));
      Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollDelay(Duration.ZERO).until(() -> {
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
          values.add(record.value());
          consumer.commitSync();
        }
        return values.size() >= RECORDS;
      });
    }
    assertThat(values).hasSize(RECORDS);
  }
}

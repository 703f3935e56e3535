package eventlings.checkers.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eventlings.checkers.async.BackgroundWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@WithKafka
class KafkaSmokeTest {

  private final Kafka kafka;

  KafkaSmokeTest(Kafka kafka) {
    this.kafka = kafka;
  }

  @Test
  @DisplayName("A record produced with the test settings is consumed by a consumer group")
  void round_trip_through_a_consumer_group() throws Exception {
    String topic = kafka.freshTopic("orders");
    try (Producer<String, String> producer = new KafkaProducer<>(kafka.producerProperties());
         KafkaConsumer<String, String> consumer = new KafkaConsumer<>(kafka.consumerProperties())) {
      producer.send(new ProducerRecord<>(topic, "order-1", "{\"type\":\"OrderPlaced\"}")).get(5, TimeUnit.SECONDS);
      consumer.subscribe(List.of(topic));

      List<ConsumerRecord<String, String>> received = new ArrayList<>();
      Awaitility.await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollDelay(Duration.ZERO)
          .until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
            return !received.isEmpty();
          });

      assertThat(received).singleElement().satisfies(record -> {
        assertThat(record.key()).isEqualTo("order-1");
        assertThat(record.value()).isEqualTo("{\"type\":\"OrderPlaced\"}");
      });
    }
  }

  @Test
  @DisplayName("Fresh topics have unique names and the partitions asked for")
  void fresh_topics_are_unique() throws Exception {
    String first = kafka.freshTopic("payments", 3);
    String second = kafka.freshTopic("payments", 3);

    assertThat(first).startsWith("payments-").isNotEqualTo(second);
    assertThat(kafka.admin().describeTopics(List.of(first)).allTopicNames().get(5, TimeUnit.SECONDS)
        .get(first).partitions()).hasSize(3);
  }

  @Test
  @DisplayName("The collector returns what arrived, and says how many when too few did")
  void collector_waits_and_explains() {
    String topic = kafka.freshTopic();
    RecordCollector collector = kafka.collect(topic);
    kafka.send(topic, "a", "first");

    assertThat(collector.awaitValues(1)).containsExactly("first");
    assertThatThrownBy(() -> collector.awaitRecords(2, Duration.ofMillis(300)))
        .isInstanceOf(AssertionError.class)
        .hasMessage("Expected 2 records on topic " + topic + " within 0.3 s, but 1 arrived: [a=first]");
  }

  @Test
  @DisplayName("A record delivered twice arrives twice, same key and value, at two offsets")
  void delivers_a_record_twice() {
    String topic = kafka.freshTopic("shipments");
    RecordCollector collector = kafka.collect(topic);

    List<RecordMetadata> copies = kafka.deliverTwice(new ProducerRecord<>(topic, "shipment-7", "{\"type\":\"Shipped\"}"));

    assertThat(copies).extracting(RecordMetadata::offset).containsExactly(0L, 1L);
    assertThat(collector.awaitRecords(2)).extracting(ConsumerRecord::key, ConsumerRecord::value)
        .containsExactly(
            tuple("shipment-7", "{\"type\":\"Shipped\"}"),
            tuple("shipment-7", "{\"type\":\"Shipped\"}"));
  }

  @Test
  @DisplayName("A send issued while the broker is down arrives after the restart, and nothing is lost")
  void survives_a_broker_restart() throws Exception {
    String topic = kafka.freshTopic("inventory");
    RecordCollector collector = kafka.collect(topic);
    try (Producer<String, String> producer = new KafkaProducer<>(kafka.producerProperties())) {
      producer.send(new ProducerRecord<>(topic, "sku-1", "before")).get(5, TimeUnit.SECONDS);
      collector.awaitRecords(1);

      kafka.stopBroker();
      // send() blocks (up to max.block.ms) when the broker left no partition leader behind: call it off the test thread.
      CountDownLatch issued = new CountDownLatch(1);
      AtomicReference<Future<RecordMetadata>> pending = new AtomicReference<>();
      try (BackgroundWork sending = BackgroundWork.start("send during the outage", () -> {
        issued.countDown();
        pending.set(producer.send(new ProducerRecord<>(topic, "sku-1", "during")));
      })) {
        sending.until(() -> issued.getCount() == 0);
        kafka.startBroker();
        sending.until(() -> pending.get() != null);
      }

      assertThat(pending.get().get(8, TimeUnit.SECONDS).offset()).isEqualTo(1L);
      assertThat(collector.awaitValues(2)).containsExactly("before", "during");
    }
  }

  @Test
  @DisplayName("A failing background loop fails the collector's wait at once, with its own exception")
  void background_failure_cuts_a_wait_short() {
    String topic = kafka.freshTopic();
    RecordCollector collector = kafka.collect(topic);
    long begin = System.nanoTime();

    try (BackgroundWork loop = BackgroundWork.start("relay", () -> {
      throw new UnsupportedOperationException("TODO(step 2): publish pending events");
    })) {
      assertThatThrownBy(() -> collector.awaitRecords(1))
          .isInstanceOf(UnsupportedOperationException.class)
          .hasMessage("TODO(step 2): publish pending events");
    }
    assertThat(Duration.ofNanos(System.nanoTime() - begin)).isLessThan(Duration.ofSeconds(2));
  }
}

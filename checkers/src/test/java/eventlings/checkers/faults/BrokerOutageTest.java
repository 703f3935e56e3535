package eventlings.checkers.faults;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.async.BackgroundWork;
import eventlings.checkers.kafka.Kafka;
import eventlings.checkers.kafka.RecordCollector;
import eventlings.checkers.kafka.WithKafka;
import java.time.Duration;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;

@WithKafka
class BrokerOutageTest {

  private final Kafka kafka;

  BrokerOutageTest(Kafka kafka) {
    this.kafka = kafka;
  }

  @Test
  void the_broker_is_away_for_the_length_asked_and_a_send_meanwhile_arrives_after() throws Exception {
    String topic = kafka.freshTopic("inventory");
    RecordCollector collector = kafka.collect(topic);
    AtomicReference<Future<RecordMetadata>> sent = new AtomicReference<>();
    try (Producer<String, String> producer = new KafkaProducer<>(kafka.producerProperties("stock"))) {
      producer.send(new ProducerRecord<>(topic, "sku-1", "before")).get(5, TimeUnit.SECONDS);
      long begin = System.nanoTime();

      try (BrokerOutage outage = BrokerOutage.lasting(kafka, Duration.ofMillis(1500));
           BackgroundWork sending = BackgroundWork.start("send during the outage",
               () -> sent.set(producer.send(new ProducerRecord<>(topic, "sku-1", "during"))))) {
        assertThat(outage.isOver()).isFalse();
        outage.awaitEnd();
        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
        sending.until(() -> sent.get() != null);
      }

      assertThat(sent.get().get(8, TimeUnit.SECONDS).offset()).isEqualTo(1L);
    }
    assertThat(collector.awaitValues(2)).containsExactly("before", "during");
  }
}

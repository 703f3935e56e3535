package eventlings.checkers.timeline;

import eventlings.checkers.Step;
import eventlings.checkers.async.BackgroundWork;
import eventlings.checkers.kafka.Kafka;
import eventlings.checkers.kafka.WithKafka;
import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.postgres.WithPostgres;
import eventlings.checkers.timeline.LaunchedGoals.OnlyWhenLaunched;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A broken round trip, as a learner might write it for lab 05: an outbox row relayed to Kafka, and a billing
 * consumer that commits the offset before charging, then fails to charge. Fails on purpose; {@link BrokenRoundTripTest}
 * runs it and reads the board.
 */
@WithKafka
@WithPostgres
@OnlyWhenLaunched
class BrokenRoundTripGoals {

  static final String GOAL = "An order placed is charged once";

  @Test
  @Step(1)
  @DisplayName(GOAL)
  void an_order_placed_is_charged_once(Kafka kafka, Postgres postgres) throws Exception {
    postgres.execute("""
        CREATE TABLE outbox (id bigserial PRIMARY KEY, aggregate_id text NOT NULL, type text NOT NULL,
                             payload text NOT NULL, sent_at timestamptz);
        CREATE TABLE charges (order_id text PRIMARY KEY, amount int NOT NULL);
        """);
    postgres.trace("outbox", "id");
    postgres.trace("charges", "order_id");
    String orders = kafka.freshTopic("orders");

    postgres.execute("INSERT INTO outbox (aggregate_id, type, payload) VALUES"
        + " ('order-42', 'OrderPlaced', '{\"type\":\"OrderPlaced\",\"orderId\":\"order-42\",\"amount\":30}')");
    relayPending(kafka, postgres, orders);

    Properties settings = kafka.consumerProperties("billing-consumer");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(settings);
         BackgroundWork billing = BackgroundWork.start("billing-consumer", () -> chargeEach(consumer, orders), consumer::wakeup)) {
      billing.until(() -> charges(postgres) == 1);
    }
  }

  private static void relayPending(Kafka kafka, Postgres postgres, String topic) throws Exception {
    try (Producer<String, String> relay = new KafkaProducer<>(kafka.producerProperties("relay"));
         Connection connection = postgres.connection();
         Statement pending = connection.createStatement();
         ResultSet rows = pending.executeQuery("SELECT id, aggregate_id, payload FROM outbox WHERE sent_at IS NULL ORDER BY id")) {
      while (rows.next()) {
        relay.send(new ProducerRecord<>(topic, rows.getString(2), rows.getString(3))).get(5, TimeUnit.SECONDS);
        try (PreparedStatement sent = connection.prepareStatement("UPDATE outbox SET sent_at = now() WHERE id = ?")) {
          sent.setLong(1, rows.getLong(1));
          sent.executeUpdate();
        }
      }
    }
  }

  /** The mistake on show: the offset is committed before the charge, so when charging fails the order is lost. */
  private static void chargeEach(Consumer<String, String> consumer, String topic) {
    consumer.subscribe(List.of(topic));
    while (true) {
      for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
        consumer.commitSync();
        throw new PaymentDeclined("card declined for " + record.key());
      }
    }
  }

  private static int charges(Postgres postgres) throws SQLException {
    try (Connection connection = postgres.connection();
         ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM charges")) {
      count.next();
      return count.getInt(1);
    }
  }

  static final class PaymentDeclined extends RuntimeException {
    PaymentDeclined(String message) {
      super(message);
    }
  }
}

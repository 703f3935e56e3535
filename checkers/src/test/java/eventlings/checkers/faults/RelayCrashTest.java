package eventlings.checkers.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eventlings.checkers.kafka.Kafka;
import eventlings.checkers.kafka.RecordCollector;
import eventlings.checkers.kafka.WithKafka;
import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.postgres.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WithKafka
@WithPostgres
class RelayCrashTest {

  private final Kafka kafka;
  private final Postgres postgres;

  RelayCrashTest(Kafka kafka, Postgres postgres) {
    this.kafka = kafka;
    this.postgres = postgres;
  }

  @BeforeEach
  void two_pending_rows() {
    postgres.execute("""
        DROP TABLE IF EXISTS outbox;
        CREATE TABLE outbox (id int PRIMARY KEY, payload text NOT NULL, sent boolean NOT NULL DEFAULT false);
        INSERT INTO outbox (id, payload) VALUES (1, 'first'), (2, 'second');
        """);
  }

  @Test
  void the_relay_dies_after_the_first_acknowledgement_so_the_record_is_out_and_its_row_still_pending() throws Exception {
    String topic = kafka.freshTopic("orders");
    RecordCollector published = kafka.collect(topic);
    RelayCrash crash = RelayCrash.afterFirstAcknowledgement(postgres.dataSource());

    try (Producer<String, String> producer = crash.producer(new KafkaProducer<>(kafka.producerProperties("relay")))) {
      assertThatThrownBy(() -> relayPending(crash.dataSource(), producer, topic))
          .isInstanceOf(SQLException.class)
          .hasMessage("the relay crashed after the broker acknowledged its send");
      assertThat(crash.crashed()).isTrue();
      assertThatThrownBy(() -> producer.send(new ProducerRecord<>(topic, "later"))).isInstanceOf(ProcessCrashed.class);
    }

    assertThat(published.awaitValues(1)).containsExactly("first");
    assertThat(pendingRows()).isEqualTo(2);

    try (Producer<String, String> restarted = new KafkaProducer<>(kafka.producerProperties("relay"))) {
      relayPending(postgres.dataSource(), restarted, topic);
    }
    assertThat(published.awaitValues(3)).containsExactly("first", "first", "second");
    assertThat(pendingRows()).isZero();
  }

  /** A relay as lab 05 asks for: in one transaction, send each pending row, wait for the broker, mark it sent. */
  private static void relayPending(DataSource database, Producer<String, String> producer, String topic) throws Exception {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement pending = connection.prepareStatement("SELECT id, payload FROM outbox WHERE NOT sent ORDER BY id FOR UPDATE");
           ResultSet rows = pending.executeQuery()) {
        while (rows.next()) {
          producer.send(new ProducerRecord<>(topic, rows.getString(2))).get(5, TimeUnit.SECONDS);
          try (PreparedStatement sent = connection.prepareStatement("UPDATE outbox SET sent = true WHERE id = ?")) {
            sent.setInt(1, rows.getInt(1));
            sent.executeUpdate();
          }
        }
      }
      connection.commit();
    }
  }

  private int pendingRows() throws SQLException {
    try (Connection connection = postgres.connection();
         ResultSet count = connection.createStatement().executeQuery("SELECT count(*) FROM outbox WHERE NOT sent")) {
      count.next();
      return count.getInt(1);
    }
  }
}

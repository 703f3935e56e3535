package eventlings.lab03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import eventlings.checkers.Step;
import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.postgres.SqlErrors;
import eventlings.checkers.postgres.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@WithPostgres
class EventsTableTest {

  private final Postgres postgres;

  EventsTableTest(Postgres postgres) {
    this.postgres = postgres;
  }

  @BeforeEach
  void create_the_tables() {
    postgres.execute("DROP TABLE IF EXISTS events, snapshots");
    EventStoreSchema.create(postgres.dataSource());
  }

  @Test
  @Step(1)
  @DisplayName("The events table refuses a second event at the same version of a stream")
  void the_events_table_refuses_a_second_event_at_the_same_version_of_a_stream() throws SQLException {
    try (Connection connection = postgres.connection()) {
      insertOrderConfirmed(connection, "order-1", 1);
      insertOrderConfirmed(connection, "order-2", 1);

      // Written around any store, straight into the table: the rule must hold in the table itself.
      assertThatExceptionOfType(SQLException.class)
          .describedAs("a second row for version 1 of order-1")
          .isThrownBy(() -> insertOrderConfirmed(connection, "order-1", 1))
          .satisfies(refused -> assertThat(SqlErrors.isUniqueViolation(refused))
              .as("a unique violation, SQLState 23505, but was: %s", refused.getMessage()).isTrue());
    }
  }

  private static void insertOrderConfirmed(Connection connection, String stream, long version) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO events (stream_id, version, type, type_version, data, recorded_at)
        VALUES (?, ?, 'OrderConfirmed', 1, CAST(? AS jsonb), ?)""")) {
      insert.setString(1, stream);
      insert.setLong(2, version);
      insert.setString(3, "{\"orderId\": \"1\", \"deliveryNote\": \"\"}");
      insert.setObject(4, OffsetDateTime.parse("2025-03-03T09:00:00Z"));
      insert.executeUpdate();
    }
  }
}

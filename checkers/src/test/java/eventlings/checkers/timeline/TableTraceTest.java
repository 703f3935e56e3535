package eventlings.checkers.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.postgres.WithPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@WithPostgres
class TableTraceTest {

  private final Postgres postgres;

  TableTraceTest(Postgres postgres) {
    this.postgres = postgres;
  }

  @Test
  void committed_inserts_updates_and_deletes_become_lines_and_a_rollback_leaves_none() throws SQLException {
    postgres.execute("""
        CREATE TABLE outbox (id bigserial PRIMARY KEY, aggregate_id text NOT NULL, type text NOT NULL, sent_at timestamptz);
        """);
    TableTrace trace = TableTrace.of(postgres.dataSource(), postgres.schema());
    Instant start = Instant.now();
    trace.follow("outbox", "id");

    postgres.execute("INSERT INTO outbox (aggregate_id, type) VALUES ('order-42', 'OrderPlaced')");
    postgres.execute("UPDATE outbox SET sent_at = '2026-12-02T12:00:00.152Z' WHERE id = 1");
    try (Connection connection = postgres.connection(); Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("INSERT INTO outbox (aggregate_id, type) VALUES ('order-43', 'OrderPlaced')");
      connection.rollback();
    }
    postgres.execute("DELETE FROM outbox WHERE id = 1");

    assertThat(trace.linesSince(start)).extracting(Line::actor).containsOnly(TableTrace.DATABASE);
    assertThat(trace.linesSince(start)).extracting(Line::text).satisfiesExactly(
        text -> assertThat(text).matches("outbox row 1 inserted \\(order-42, OrderPlaced\\)  tx \\d+"),
        text -> assertThat(text).matches("outbox row 1 updated: sent_at=" + Story.TIME.format(Instant.parse("2026-12-02T12:00:00.152Z")) + "  tx \\d+"),
        text -> assertThat(text).matches("outbox row 1 deleted  tx \\d+"));
    assertThat(trace.linesSince(Instant.now())).isEmpty();
  }

  @Test
  void only_plain_table_and_column_names_are_traced() {
    TableTrace trace = TableTrace.of(postgres.dataSource(), postgres.schema());

    assertThatThrownBy(() -> trace.follow("outbox; DROP TABLE x", "id")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> trace.follow("no_such_table", "id")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot trace table no_such_table");
  }
}

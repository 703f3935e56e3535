package eventlings.checkers.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eventlings.checkers.postgres.Postgres;
import eventlings.checkers.postgres.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@WithPostgres
class ProcessCrashTest {

  private final Postgres postgres;

  ProcessCrashTest(Postgres postgres) {
    this.postgres = postgres;
  }

  @BeforeEach
  void create_the_table() {
    postgres.execute("DROP TABLE IF EXISTS notes; CREATE TABLE notes (id serial PRIMARY KEY, text text NOT NULL)");
  }

  @Test
  @DisplayName("The process dies right after its first commit: what it committed stays, nothing after it")
  void the_process_dies_right_after_its_first_commit() throws SQLException {
    ProcessCrash crash = ProcessCrash.afterFirstCommit(postgres.dataSource());
    try (Connection connection = crash.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      insert(connection, "kept");
      connection.commit();
      assertThatThrownBy(() -> insert(connection, "lost")).isInstanceOf(SQLException.class)
          .hasMessageContaining("crashed right after its first commit");
    }
    assertThat(notes()).containsExactly("kept");
  }

  @Test
  @DisplayName("Switching auto-commit back on commits the open transaction, and the process dies right after it")
  void switching_auto_commit_back_on_is_a_commit() throws SQLException {
    ProcessCrash crash = ProcessCrash.afterFirstCommit(postgres.dataSource());
    try (Connection connection = crash.dataSource().getConnection()) {
      connection.setAutoCommit(false);
      insert(connection, "kept");
      connection.setAutoCommit(true);
      assertThatThrownBy(() -> insert(connection, "lost")).isInstanceOf(SQLException.class);
    }
    assertThat(notes()).containsExactly("kept");
  }

  @Test
  @DisplayName("A query that writes in auto-commit mode is a commit; one that reads, or locks rows, is not")
  void a_query_that_writes_is_a_commit_and_one_that_reads_is_not() throws SQLException {
    ProcessCrash crash = ProcessCrash.afterFirstCommit(postgres.dataSource());
    try (Connection connection = crash.dataSource().getConnection()) {
      try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM notes");
           ResultSet row = count.executeQuery()) {
        row.next();
      }
      try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM notes FOR UPDATE");
           ResultSet rows = lock.executeQuery()) {
        rows.next();
      }
      try (PreparedStatement insert = connection.prepareStatement(
              "INSERT INTO notes (text) VALUES ('kept') RETURNING id");
           ResultSet id = insert.executeQuery()) {
        id.next();
      }
      assertThatThrownBy(() -> insert(connection, "lost")).isInstanceOf(SQLException.class);
    }
    assertThat(notes()).containsExactly("kept");
  }

  private static void insert(Connection connection, String text) throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO notes (text) VALUES (?)")) {
      insert.setString(1, text);
      insert.executeUpdate();
    }
  }

  private List<String> notes() throws SQLException {
    try (Connection connection = postgres.connection();
         PreparedStatement select = connection.prepareStatement("SELECT text FROM notes ORDER BY id");
         ResultSet rows = select.executeQuery()) {
      List<String> texts = new ArrayList<>();
      while (rows.next()) {
        texts.add(rows.getString(1));
      }
      return texts;
    }
  }
}

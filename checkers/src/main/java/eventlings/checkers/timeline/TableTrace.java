package eventlings.checkers.timeline;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The PostgreSQL side of a test class's timeline: a trigger on each traced table copies every row change into the
 * table {@code eventlings_trace} of the class's schema, in the changing transaction, so only committed changes stay
 * there. Read only when a goal fails. {@code Postgres} keeps one per test class.
 */
public final class TableTrace {

  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d.*[+-]\\d\\d:\\d\\d");
  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int MOST_CHANGES = 2_000;
  private static final int VALUES_SHOWN = 4;
  private static final int SHORT_VALUE = 24;
  /** The name the database goes by on the timeline. */
  static final String DATABASE = "db";

  private final DataSource dataSource;
  private final String schema;
  private final boolean on;
  private boolean installed;
  private final Map<String, String> idColumns = new HashMap<>();

  private TableTrace(DataSource dataSource, String schema, boolean on) {
    this.dataSource = dataSource;
    this.schema = schema;
    this.on = on;
  }

  static TableTrace of(DataSource dataSource, String schema) {
    return new TableTrace(dataSource, schema, true);
  }

  /** A trace that traces nothing, for test classes run with the timeline switched off. */
  static TableTrace off() {
    return new TableTrace(null, "", false);
  }

  /**
   * From now on, changes to {@code table} (in this test class's schema) appear on the timeline of a failing goal,
   * each row named by its {@code idColumn}. The table must exist; tracing it again changes nothing.
   */
  public synchronized void follow(String table, String idColumn) {
    if (!on) {
      return;
    }
    requireName(table);
    requireName(idColumn);
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      if (!installed) {
        statement.execute(installation());
        installed = true;
      }
      idColumns.put(table.toLowerCase(Locale.ROOT), idColumn);
      statement.execute("DROP TRIGGER IF EXISTS eventlings_trace ON " + schema + "." + table);
      statement.execute("CREATE TRIGGER eventlings_trace AFTER INSERT OR UPDATE OR DELETE ON " + schema + "." + table
          + " FOR EACH ROW EXECUTE FUNCTION " + schema + ".eventlings_trace_row('" + idColumn + "')");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot trace table " + table + " by " + idColumn + ": " + e.getMessage(), e);
    }
  }

  /**
   * The trace table and its trigger function. {@code to_json} keeps the columns in table order, and the time is the
   * change's own ({@code clock_timestamp}), not its transaction's start.
   */
  private String installation() {
    return """
        CREATE TABLE IF NOT EXISTS %1$s.eventlings_trace (
          seq bigserial PRIMARY KEY,
          at timestamptz NOT NULL DEFAULT clock_timestamp(),
          table_name text NOT NULL,
          operation text NOT NULL,
          row_id text,
          before json,
          after json,
          tx bigint NOT NULL DEFAULT txid_current());
        CREATE OR REPLACE FUNCTION %1$s.eventlings_trace_row() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO %1$s.eventlings_trace (table_name, operation, row_id, before, after)
          VALUES (TG_TABLE_NAME, TG_OP,
                  CASE WHEN TG_OP = 'DELETE' THEN to_json(OLD) ->> TG_ARGV[0] ELSE to_json(NEW) ->> TG_ARGV[0] END,
                  CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_json(OLD) END,
                  CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_json(NEW) END);
          RETURN NULL;
        END $$;
        """.formatted(schema);
  }

  /** The changes committed since {@code start}, oldest first; nothing when no table is traced. */
  private List<RowChange> since(Instant start) {
    if (!installed) {
      return List.of();
    }
    String query = """
        SELECT seq, at, table_name, operation, row_id, tx,
               ARRAY(SELECT key FROM json_each_text(COALESCE(after, before)) WITH ORDINALITY e(key, value, n) ORDER BY n),
               ARRAY(SELECT value FROM json_each_text(before) WITH ORDINALITY e(key, value, n) ORDER BY n),
               ARRAY(SELECT value FROM json_each_text(after) WITH ORDINALITY e(key, value, n) ORDER BY n)
        FROM %s.eventlings_trace WHERE at >= ? ORDER BY seq LIMIT %d
        """.formatted(schema, MOST_CHANGES);
    List<RowChange> changes = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
         PreparedStatement statement = connection.prepareStatement(query)) {
      statement.setObject(1, OffsetDateTime.ofInstant(start, ZoneOffset.UTC));
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          changes.add(new RowChange(rows.getLong(1), rows.getObject(2, OffsetDateTime.class).toInstant(),
              rows.getString(3), rows.getString(4), rows.getString(5), texts(rows.getArray(7)), texts(rows.getArray(8)),
              texts(rows.getArray(9)), rows.getLong(6)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the table trace: " + e.getMessage(), e);
    }
    return changes;
  }

  /** The changes since {@code start} as timeline lines of the database. */
  synchronized List<Line> linesSince(Instant start) {
    return since(start).stream().map(this::line).toList();
  }

  /** {@code outbox row 17 inserted (order-42, OrderPlaced)  tx 881}; an update says what it changed. */
  private Line line(RowChange change) {
    String idColumn = idColumns.getOrDefault(change.table(), "");
    String what = switch (change.operation()) {
      case "INSERT" -> "inserted" + values(change, idColumn);
      case "UPDATE" -> "updated" + changes(change, idColumn);
      case "DELETE" -> "deleted";
      default -> change.operation().toLowerCase(Locale.ROOT);
    };
    String text = change.table() + " row " + change.id() + " " + what + "  tx " + change.transaction();
    return new Line(change.at(), DATABASE, text, Optional.empty());
  }

  private static String values(RowChange change, String idColumn) {
    List<String> shown = new ArrayList<>();
    for (int index = 0; index < change.columns().size() && shown.size() < VALUES_SHOWN; index++) {
      String value = change.after().get(index);
      if (value != null && !change.columns().get(index).equals(idColumn)) {
        shown.add(shortValue(value));
      }
    }
    return shown.isEmpty() ? "" : " (" + String.join(", ", shown) + ")";
  }

  private static String changes(RowChange change, String idColumn) {
    List<String> changed = new ArrayList<>();
    for (int index = 0; index < change.columns().size(); index++) {
      String before = change.before().get(index);
      String after = change.after().get(index);
      if (!Objects.equals(before, after) && !change.columns().get(index).equals(idColumn)) {
        changed.add(change.columns().get(index) + "=" + (after == null ? "null" : shortValue(after)));
      }
    }
    return changed.isEmpty() ? " (no column changed)" : ": " + String.join(", ", changed);
  }

  /** A value in a few characters; a point in time as the timeline's own times read, {@code 12:00:00.152}. */
  private static String shortValue(String value) {
    if (TIMESTAMP.matcher(value).matches()) {
      try {
        return Story.TIME.format(OffsetDateTime.parse(value));
      } catch (DateTimeParseException e) {
        // Not a timestamp after all: shown as it is.
      }
    }
    return Texts.shortened(value, SHORT_VALUE);
  }

  private static List<String> texts(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }

  private static void requireName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("not a plain SQL name: " + name);
    }
  }
}

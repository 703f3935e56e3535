package eventlings.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import eventlings.benchmarks.SideBySide.Result;
import eventlings.lab03.EventStoreSchema;
import eventlings.lab03.EventTypes;
import eventlings.lab03.PostgresEventStore;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * What the reference solutions cost, as ratios: each comparison runs a solution and the bare work it wraps
 * alternately in this JVM, on the same data, and prints their median times and how many times slower the solution
 * is. Absolute times depend on the machine; the ratios are what to read. See README.md.
 */
public final class Benchmarks {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-03T12:00:00Z"), ZoneOffset.UTC);

  private Benchmarks() {}

  public static void main(String[] args) {
    int status = 0;
    try {
      run();
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    // The embedded server's helper threads would keep the JVM alive after main returns.
    System.exit(status);
  }

  private static void run() throws Exception {
    System.out.printf(Locale.ROOT, "JDK %s, %d cores%n",
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    if (SideBySide.SMOKE) {
      System.out.println("Smoke run: every comparison once, to prove it still runs; its figures mean nothing.");
    }

    printTable("Lab 01 · InMemoryEventStore.append to a fresh stream vs ArrayList.add of the same events",
        "store", "ArrayList",
        List.of(InMemoryAppend.compare(1), InMemoryAppend.compare(10), InMemoryAppend.compare(100)));

    // The kit hands its shared server to JUnit goals only; this is the same embedded server, started directly.
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start(); HikariDataSource pool = pool(postgres)) {
      System.out.println();
      System.out.println(describe(pool));
      EventStoreSchema.create(pool);
      EventTypes types = new EventTypes();

      EventStoreAppend append = new EventStoreAppend(pool, types, CLOCK);
      printTable("Lab 03 · PostgresEventStore.append to a fresh stream vs one JDBC batch of the same rows",
          "store", "raw batch", List.of(append.compare(1), append.compare(10), append.compare(100)));
      printTable("Lab 03 · PostgresEventStore.append of K events in one call vs K calls of one event each",
          "one append", "per commit", List.of(append.compareWithOneEventPerCommit(10),
              append.compareWithOneEventPerCommit(100)));

      EventStoreRead read = new EventStoreRead(pool, new PostgresEventStore(pool, types, CLOCK));
      printTable("Lab 03 · PostgresEventStore.read of a stream vs SELECT data of its rows, kept as text",
          "store", "raw SELECT", List.of(read.compare(10), read.compare(100), read.compare(1_000)));

      SnapshotLoad load = new SnapshotLoad(pool, new PostgresEventStore(pool, types, CLOCK));
      printTable("Lab 03 · OrderRepository.load from a snapshot 10 events before the end vs a full replay",
          "snapshot", "full replay", List.of(load.compare()));

      // Lab 04 has a table named events of its own: it gets a database of its own on the same server, and two
      // connections, since the projection reads the events while it holds the view's transaction open.
      try (HikariDataSource lab04 = pool(postgres, database(pool, "lab04"), 2)) {
        ProjectionRebuild rebuild = new ProjectionRebuild(lab04);
        printTable("Lab 04 · OrderViewProjection.rebuild from N events vs SELECT of the same events, kept as text",
            "rebuild", "raw SELECT", List.of(rebuild.compare(1_000)));
      }
    }
  }

  /**
   * One connection, reused by both variants. Opening a PostgreSQL connection starts a server process, which takes
   * longer than most of what is measured here and would hide the difference between the variants.
   */
  private static HikariDataSource pool(EmbeddedPostgres postgres) {
    return pool(postgres, "postgres", 1);
  }

  private static HikariDataSource pool(EmbeddedPostgres postgres, String database, int connections) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", database));
    config.setMaximumPoolSize(connections);
    return new HikariDataSource(config);
  }

  private static String database(HikariDataSource pool, String name) throws SQLException {
    try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + name);
    }
    return name;
  }

  /** The server, and whether its commits wait for the disk: both weigh on every figure of lab 03. */
  private static String describe(HikariDataSource pool) throws SQLException {
    return "embedded PostgreSQL " + setting(pool, "server_version")
        + ", synchronous_commit " + setting(pool, "synchronous_commit");
  }

  private static String setting(HikariDataSource pool, String name) throws SQLException {
    try (Connection connection = pool.getConnection();
         Statement statement = connection.createStatement();
         ResultSet row = statement.executeQuery("SHOW " + name)) {
      row.next();
      return row.getString(1);
    }
  }

  private static void printTable(String title, String subject, String baseline, List<Result> results) {
    System.out.println();
    System.out.println(title);
    String format = "  %-18s %12s %12s %8s   %s%n";
    System.out.printf(Locale.ROOT, format, "", subject, baseline, "ratio", "middle half of rounds");
    for (Result result : results) {
      System.out.printf(Locale.ROOT, format, result.label(), duration(result.subjectNanos()),
          duration(result.baselineNanos()), ratio(result.ratio()),
          ratio(result.ratioLow()) + " to " + ratio(result.ratioHigh()));
    }
    System.out.flush();
  }

  /** "1 event", "10 events": the labels of the rows. */
  static String events(int count) {
    return count + (count == 1 ? " event" : " events");
  }

  private static String duration(double nanos) {
    if (nanos >= 1_000_000) {
      return String.format(Locale.ROOT, "%.2f ms", nanos / 1_000_000);
    }
    if (nanos >= 1_000) {
      return String.format(Locale.ROOT, "%.2f us", nanos / 1_000);
    }
    return String.format(Locale.ROOT, "%.0f ns", nanos);
  }

  private static String ratio(double ratio) {
    return String.format(Locale.ROOT, "%.2fx", ratio);
  }
}

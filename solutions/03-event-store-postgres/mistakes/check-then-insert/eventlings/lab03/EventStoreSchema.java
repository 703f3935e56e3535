package eventlings.lab03;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

public final class EventStoreSchema {

  static final String TABLES = """
      CREATE TABLE events (
        position     bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        stream_id    text        NOT NULL,
        version      bigint      NOT NULL,
        type         text        NOT NULL,
        type_version int         NOT NULL,
        data         jsonb       NOT NULL,
        recorded_at  timestamptz NOT NULL
      );
      CREATE TABLE snapshots (
        stream_id text   PRIMARY KEY,
        version   bigint NOT NULL,
        state     jsonb  NOT NULL
      );
      """;

  private EventStoreSchema() {}

  public static void create(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection();
         PreparedStatement create = connection.prepareStatement(TABLES)) {
      create.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Creating the event store's tables failed: " + e.getMessage(), e);
    }
  }
}

package eventlings.checkers.servers;

/** A PostgreSQL server: embedded, in a container, or external. */
public interface PostgresServer extends Server {

  /** The JDBC URL of the database the tests create their schemas in. */
  String jdbcUrl();

  String user();

  String password();
}

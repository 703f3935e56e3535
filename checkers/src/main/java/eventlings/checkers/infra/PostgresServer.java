package eventlings.checkers.infra;

/** A PostgreSQL server: embedded, in a container, or external. */
interface PostgresServer extends Server {

  /** The JDBC URL of the database the tests create their schemas in. */
  String jdbcUrl();

  String user();

  String password();
}

package eventlings.checkers.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the machine says about where the servers are: the {@code EVENTLINGS_*} variables, and whether Docker is
 * plausibly there.
 *
 * @param variables the environment variables
 * @param userHome the user's home directory
 */
record Environment(Map<String, String> variables, Path userHome) {

  static final String KAFKA_BOOTSTRAP = "EVENTLINGS_KAFKA_BOOTSTRAP";
  static final String JDBC_URL = "EVENTLINGS_JDBC_URL";
  static final String JDBC_USER = "EVENTLINGS_JDBC_USER";
  static final String JDBC_PASSWORD = "EVENTLINGS_JDBC_PASSWORD";

  static Environment current() {
    return new Environment(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /** The workshop JVM that keeps the servers for this one, when it started this one: see {@link ServerHost}. */
  Optional<String> serverHost() {
    return Optional.ofNullable(System.getProperty(ServerHost.PROPERTY)).filter(value -> !value.isBlank());
  }

  Optional<String> kafkaBootstrap() {
    return variable(KAFKA_BOOTSTRAP);
  }

  Optional<String> jdbcUrl() {
    return variable(JDBC_URL);
  }

  String jdbcUser() {
    return variable(JDBC_USER).orElse("postgres");
  }

  String jdbcPassword() {
    return variable(JDBC_PASSWORD).orElse("");
  }

  Optional<String> variable(String name) {
    return Optional.ofNullable(variables.get(name)).map(String::strip).filter(value -> !value.isEmpty());
  }
}

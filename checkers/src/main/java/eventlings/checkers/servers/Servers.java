package eventlings.checkers.servers;

/**
 * Decides where Kafka and PostgreSQL come from, once per JVM: the {@link ServerHost} of the workshop that started
 * this JVM, if any; else external servers named by environment variables; else Testcontainers when Docker answers
 * and its containers start; else servers embedded in this JVM.
 */
public final class Servers {

  private static final SharedServer<KafkaServer> KAFKA = new SharedServer<>("Kafka", Servers::resolveKafka, System.out);
  private static final SharedServer<PostgresServer> POSTGRES = new SharedServer<>("PostgreSQL", Servers::resolvePostgres, System.out);

  private Servers() {}

  public static KafkaServer kafka() {
    return KAFKA.get();
  }

  public static PostgresServer postgres() {
    return POSTGRES.get();
  }

  /** The JVM's Kafka, started again if the last start failed: for a {@link ServerHost}, which outlives checks. */
  static KafkaServer kafkaTryingAgain() {
    return KAFKA.getTryingAgain();
  }

  /** The JVM's PostgreSQL, started again if the last start failed. */
  static PostgresServer postgresTryingAgain() {
    return POSTGRES.getTryingAgain();
  }

  private static KafkaServer resolveKafka() {
    Environment environment = Environment.current();
    if (environment.serverHost().isPresent()) {
      return HostedServers.kafka(environment.serverHost().get());
    }
    if (environment.kafkaBootstrap().isPresent()) {
      return ExternalKafka.connect(environment.kafkaBootstrap().get());
    }
    if (Docker.mayAnswer(environment)) {
      try {
        return Containers.startKafka();
      } catch (RuntimeException notStarted) {
        announceFallback("Kafka", notStarted);
      }
    }
    return EmbeddedKafka.launch();
  }

  private static PostgresServer resolvePostgres() {
    Environment environment = Environment.current();
    if (environment.serverHost().isPresent()) {
      return HostedServers.postgres(environment.serverHost().get());
    }
    if (environment.jdbcUrl().isPresent()) {
      return ExternalPostgres.connect(environment.jdbcUrl().get(), environment.jdbcUser(), environment.jdbcPassword());
    }
    if (Docker.mayAnswer(environment)) {
      try {
        return Containers.startPostgres();
      } catch (RuntimeException notStarted) {
        announceFallback("PostgreSQL", notStarted);
      }
    }
    return EmbeddedPostgresServer.launch();
  }

  /**
   * Docker answered, but its container did not start (no network to pull the image, rootless Podman, a full disk):
   * the embedded server works all the same, and one line says why it is used.
   */
  private static void announceFallback(String server, RuntimeException why) {
    String reason = why.getMessage() == null ? why.getClass().getSimpleName() : why.getMessage().lines().findFirst().orElse("");
    System.out.println("eventlings: Docker answers, but the " + server + " container did not start (" + reason
        + "): using the embedded one");
  }
}

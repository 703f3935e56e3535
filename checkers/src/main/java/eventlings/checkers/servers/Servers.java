package eventlings.checkers.servers;

/**
 * Decides where Kafka and PostgreSQL come from, once per JVM: external servers named by environment variables,
 * else Testcontainers when Docker answers, else servers embedded in this JVM.
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

  private static KafkaServer resolveKafka() {
    Environment environment = Environment.current();
    if (environment.kafkaBootstrap().isPresent()) {
      return ExternalKafka.connect(environment.kafkaBootstrap().get());
    }
    if (dockerAnswers(environment)) {
      return Containers.startKafka();
    }
    return EmbeddedKafka.launch();
  }

  private static PostgresServer resolvePostgres() {
    Environment environment = Environment.current();
    if (environment.jdbcUrl().isPresent()) {
      return ExternalPostgres.connect(environment.jdbcUrl().get(), environment.jdbcUser(), environment.jdbcPassword());
    }
    if (dockerAnswers(environment)) {
      return Containers.startPostgres();
    }
    return EmbeddedPostgresServer.launch();
  }

  /** Testcontainers' classes are only loaded when there is a sign of Docker: without one this costs nothing. */
  private static boolean dockerAnswers(Environment environment) {
    return environment.hintsAtDocker() && Containers.dockerAnswers();
  }
}

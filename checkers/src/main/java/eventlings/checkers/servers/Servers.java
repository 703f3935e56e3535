package eventlings.checkers.servers;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

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
    return containersElseEmbedded("Kafka", () -> Docker.mayAnswer(environment), Containers::startKafka,
        EmbeddedKafka::launch, System.out::println);
  }

  private static PostgresServer resolvePostgres() {
    Environment environment = Environment.current();
    if (environment.serverHost().isPresent()) {
      return HostedServers.postgres(environment.serverHost().get());
    }
    if (environment.jdbcUrl().isPresent()) {
      return ExternalPostgres.connect(environment.jdbcUrl().get(), environment.jdbcUser(), environment.jdbcPassword());
    }
    return containersElseEmbedded("PostgreSQL", () -> Docker.mayAnswer(environment), Containers::startPostgres,
        EmbeddedPostgresServer::launch, System.out::println);
  }

  /**
   * A container when Docker answers and the container starts; otherwise the embedded server. Docker may answer and
   * still not start it (no network to pull the image, rootless Podman, a full disk): the embedded server works all
   * the same, and one line says why it is used.
   */
  static <T extends Server> T containersElseEmbedded(String server, BooleanSupplier dockerAnswers, Supplier<T> container,
      Supplier<T> embedded, Consumer<String> say) {
    if (dockerAnswers.getAsBoolean()) {
      try {
        return container.get();
      } catch (RuntimeException notStarted) {
        String reason = Optional.ofNullable(notStarted.getMessage()).flatMap(text -> text.lines().findFirst())
            .orElse(notStarted.getClass().getSimpleName());
        say.accept("eventlings: Docker answers, but the " + server + " container did not start (" + reason
            + "): using the embedded one");
      }
    }
    return embedded.get();
  }
}

package eventlings.checkers.servers;

import java.util.List;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Kafka and PostgreSQL in Docker containers, through Testcontainers. The only class of the kit that touches
 * Testcontainers, so its classes load only on machines showing a sign of Docker. The images are the ones
 * {@code docker-compose.yml} pins.
 */
final class Containers {

  static final String KAFKA_IMAGE = "apache/kafka:4.4.0";
  static final String POSTGRES_IMAGE = "postgres:17.11-alpine";

  private Containers() {}

  static boolean dockerAnswers() {
    return DockerClientFactory.instance().isDockerAvailable();
  }

  /** The images the labs start that the engine does not have. */
  static List<String> imagesNotPulled() {
    return Stream.of(KAFKA_IMAGE, POSTGRES_IMAGE)
        .filter(image -> {
          try {
            DockerClientFactory.instance().client().inspectImageCmd(image).exec();
            return false;
          } catch (RuntimeException notHere) {
            return true;
          }
        })
        .toList();
  }

  static KafkaServer startKafka() {
    KafkaContainer container = new KafkaContainer(KAFKA_IMAGE)
        .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0");
    container.start();
    return new KafkaServer() {
      @Override
      public String bootstrapServers() {
        return container.getBootstrapServers();
      }

      @Override
      public String description() {
        return "Testcontainers " + KAFKA_IMAGE + " on " + container.getBootstrapServers();
      }

      @Override
      public void close() {
        container.stop();
      }
    };
  }

  static PostgresServer startPostgres() {
    PostgreSQLContainer container = new PostgreSQLContainer(POSTGRES_IMAGE);
    // As the embedded server: a session a learner's code left idle in a transaction is ended, its locks freed.
    container.withCommand("postgres", "-c", "fsync=off",
        "-c", "idle_in_transaction_session_timeout=" + EmbeddedPostgresServer.IDLE_IN_TRANSACTION_TIMEOUT);
    container.start();
    return new PostgresServer() {
      @Override
      public String jdbcUrl() {
        return container.getJdbcUrl();
      }

      @Override
      public String user() {
        return container.getUsername();
      }

      @Override
      public String password() {
        return container.getPassword();
      }

      @Override
      public String description() {
        return "Testcontainers " + POSTGRES_IMAGE + " at " + Secrets.masked(container.getJdbcUrl());
      }

      @Override
      public void close() {
        container.stop();
      }
    };
  }
}

package eventlings.checkers.servers;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** A Kafka cluster someone else runs, named by {@code EVENTLINGS_KAFKA_BOOTSTRAP}. */
record ExternalKafka(String bootstrapServers) implements KafkaServer {

  /** Checks that a broker answers, so a wrong address fails once with a clear message instead of in every goal. */
  static ExternalKafka connect(String bootstrapServers) {
    try (Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000,
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000))) {
      admin.describeCluster().clusterId().get(5, TimeUnit.SECONDS);
      return new ExternalKafka(bootstrapServers);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(Environment.KAFKA_BOOTSTRAP + "=" + bootstrapServers
          + " but no Kafka broker answered there within 5 s. Is it running (docker compose up -d)?"
          + " Unset the variable to use the embedded broker.", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reaching Kafka at " + bootstrapServers, e);
    }
  }

  @Override
  public String description() {
    return "external broker at " + bootstrapServers + " (" + Environment.KAFKA_BOOTSTRAP + ")";
  }

  @Override
  public boolean startedHere() {
    return false;
  }

  @Override
  public void close() {
    // Someone else runs it.
  }
}

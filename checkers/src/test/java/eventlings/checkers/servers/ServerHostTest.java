package eventlings.checkers.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A JVM started by the workshop reaches the servers its parent keeps, and restarts them through it. */
class ServerHostTest {

  @Test
  @DisplayName("A child reaches the host's PostgreSQL, and a stop and start it asks for happen on the host")
  void a_child_uses_and_restarts_the_hosts_postgres() throws Exception {
    try (ServerHost host = ServerHost.start()) {
      PostgresServer hosted = HostedServers.postgres(host.address());

      assertThat(hosted.canRestart()).isTrue();
      assertThat(hosted.startedHere()).isFalse();
      try (Connection connection = DriverManager.getConnection(hosted.jdbcUrl(), hosted.user(), hosted.password())) {
        assertThat(connection.isValid(2)).isTrue();
      }
      hosted.stop();
      assertThatIllegalStateException().isThrownBy(() -> {
        try (Connection refused = DriverManager.getConnection(hosted.jdbcUrl(), hosted.user(), hosted.password())) {
          throw new AssertionError("the host's server still answers after the child stopped it");
        } catch (java.sql.SQLException expected) {
          throw new IllegalStateException(expected);
        }
      });
      hosted.ensureRunning();
      try (Connection connection = DriverManager.getConnection(hosted.jdbcUrl(), hosted.user(), hosted.password())) {
        assertThat(connection.isValid(2)).isTrue();
      }
    }
  }

  @Test
  @DisplayName("A request the host does not know is answered with an error, not silence")
  void an_unknown_request_is_an_error() {
    try (ServerHost host = ServerHost.start()) {
      assertThatIllegalStateException().isThrownBy(() -> HostedServers.ask(host.address(), "frobnicate"))
          .withMessageContaining("unknown request: frobnicate");
    }
  }
}

package eventlings.checkers.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import org.apache.kafka.common.utils.internals.Exit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrokerExitsTest {

  @AfterEach
  void restore() {
    Exit.resetExitProcedure();
    Exit.resetHaltProcedure();
  }

  @Test
  @DisplayName("A broker whose log folder fails cannot halt the JVM the goals run in")
  void a_broker_halt_does_not_end_the_jvm() {
    BrokerExits.keepTheJvm();

    // What Kafka's LogDirFailureChannel ends in when the disk is full.
    assertThatIllegalStateException().isThrownBy(() -> Exit.halt(1, "Shutdown broker because all log dirs in /tmp/x have failed"))
        .withMessageContaining("the embedded Kafka broker tried to end the JVM (status 1)");
    assertThatIllegalStateException().isThrownBy(() -> Exit.exit(1));
    assertThat(BrokerExits.last()).hasValueSatisfying(why -> assertThat(why).contains("status 1"));
  }
}

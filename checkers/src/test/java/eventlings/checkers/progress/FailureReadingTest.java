package eventlings.checkers.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class FailureReadingTest {

  @Test
  void the_starters_todo_means_not_started() {
    Throwable todo = new UnsupportedOperationException("TODO(step 2): append at the expected version");

    assertThat(FailureReading.stateOf(todo)).isEqualTo(GoalState.NOT_STARTED);
    assertThat(FailureReading.detailOf(todo)).startsWith("TODO(step 2): append at the expected version");
    assertThat(FailureReading.isCleanFailure(todo)).isTrue();
  }

  @Test
  void a_timeout_says_what_to_look_for() {
    Throwable timeout = new TimeoutException("goal() timed out after 10 seconds");

    assertThat(FailureReading.stateOf(timeout)).isEqualTo(GoalState.TIMED_OUT);
    assertThat(FailureReading.detailOf(timeout)).contains("a loop that never ends");
  }

  @Test
  void an_assertion_is_a_clean_failure_and_a_crash_is_named() {
    assertThat(FailureReading.isCleanFailure(new AssertionError("expected 1"))).isTrue();
    assertThat(FailureReading.isCleanFailure(new NullPointerException())).isFalse();
    assertThat(FailureReading.detailOf(new IllegalStateException("boom"))).isEqualTo("IllegalStateException: boom");
  }

  @Test
  void archunit_messages_keep_the_violations_not_the_preamble() {
    Throwable violation = new AssertionError("Architecture Violation [Priority: MEDIUM] - Rule 'x' was violated (1 times):\n"
        + "PleaseCreateUser reads as a request");

    assertThat(FailureReading.detailOf(violation)).isEqualTo("PleaseCreateUser reads as a request");
  }
}

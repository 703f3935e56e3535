package eventlings.checkers.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

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
  void an_assumption_that_does_not_hold_here_means_the_goal_cannot_run_here() {
    Throwable aborted = new TestAbortedException("Assumption failed: only the embedded broker can be stopped");

    assertThat(FailureReading.stateOf(aborted)).isEqualTo(GoalState.SKIPPED);
    assertThat(FailureReading.detailOf(aborted)).contains("only the embedded broker can be stopped");
  }

  @Test
  void an_assertion_is_a_clean_failure_and_a_crash_is_named() {
    assertThat(FailureReading.isCleanFailure(new AssertionError("expected 1"))).isTrue();
    assertThat(FailureReading.isCleanFailure(new NullPointerException())).isFalse();
    assertThat(FailureReading.detailOf(new IllegalStateException("boom"))).isEqualTo("IllegalStateException: boom");
  }

  @Test
  void a_wrapped_exception_shows_the_deepest_cause_too() {
    Throwable database = new IllegalArgumentException(
        "ERROR: column \"data\" is of type jsonb but expression is of type character varying");
    Throwable wrapped = new IllegalStateException("Could not append to order-42", new RuntimeException("SQL failed", database));

    assertThat(FailureReading.detailOf(wrapped)).isEqualTo("""
        IllegalStateException: Could not append to order-42
        caused by IllegalArgumentException: ERROR: column "data" is of type jsonb but expression is of type character varying""");
  }

  @Test
  void archunit_violations_come_one_per_line_the_first_few_without_the_preamble_or_suggestions() {
    String violations = IntStream.rangeClosed(1, 7)
        .mapToObj(number -> "Type" + number + " reads as a request. [suggestion: rename it CreateUser" + number + "]")
        .collect(Collectors.joining("\n"));
    Throwable violation = new AssertionError(
        "Architecture Violation [Priority: MEDIUM] - Rule 'events should be named as past facts' was violated (7 times):\n"
            + violations);

    assertThat(FailureReading.detailOf(violation)).isEqualTo("""
        Type1 reads as a request.
        Type2 reads as a request.
        Type3 reads as a request.
        Type4 reads as a request.
        Type5 reads as a request.
        and 2 more""");
  }

  @Test
  void a_long_assertion_keeps_the_part_that_says_what_differs() {
    String expecting = IntStream.rangeClosed(1, 30).mapToObj(n -> "  event " + n).collect(Collectors.joining("\n"));
    Throwable long_ = new AssertionError("[the whole stream]\nExpecting actual:\n" + expecting
        + "\nto contain exactly (and in same order):\n  [a, b]\nbut some elements were not found:\n  [b]");
    Throwable wide = new AssertionError("expected: " + "x".repeat(1000) + " but was: y");

    String shown = FailureReading.detailOf(long_);
    assertThat(shown.lines()).hasSizeLessThanOrEqualTo(FailureReading.MOST_LINES);
    assertThat(shown).startsWith("[the whole stream]").endsWith("but some elements were not found:\n  [b]")
        .contains("lines left out");
    assertThat(FailureReading.detailOf(wide)).hasSizeLessThan(300).startsWith("expected: xxx").endsWith("but was: y");
  }

  @Test
  void notes_a_kit_helper_attached_follow_the_reason() {
    AssertionError failure = new AssertionError("expected 3 records but 2 arrived");
    failure.addSuppressed(new BoardNote(List.of(" 1  12:00:00.101  relay  sent orders p0 @5"),
        Optional.of(Path.of("target/eventlings/timelines/relay.md"))));

    assertThat(FailureReading.detailOf(failure)).isEqualTo("""
        expected 3 records but 2 arrived
         1  12:00:00.101  relay  sent orders p0 @5
        (all of it in target/eventlings/timelines/relay.md)""");
  }

  @Test
  void the_file_is_the_deepest_frame_of_the_learners_code() {
    Throwable failure = new IllegalStateException("boom");
    failure.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("java.util.Objects", "requireNonNull", "Objects.java", 1),
        new StackTraceElement("eventlings.lab02.OrderAggregate", "fromHistory", "OrderAggregate.java", 40),
        new StackTraceElement("eventlings.lab02.OrderRepository", "load", "OrderRepository.java", 20),
        new StackTraceElement("eventlings.lab02.OrderRepositoryTest", "loads", "OrderRepositoryTest.java", 10)});

    assertThat(FailureReading.fileOf(failure)).contains("eventlings/lab02/OrderAggregate.java");
    assertThat(FailureReading.detailOf(failure)).isEqualTo("IllegalStateException at OrderAggregate.java:40: boom");
    assertThat(FailureReading.fileOf(new AssertionError("no lab frame"))).isEmpty();
  }
}

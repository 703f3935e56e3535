package eventlings.checkers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.progress.GoalRecorder;
import eventlings.checkers.progress.GoalState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * What the timeline costs a Kafka goal class that passes: the same class run with the timeline on and off, in
 * alternation in one JVM, so both meet the same machine. A measurement, not a check; run it on demand:
 * {@code ./mvnw -o -B -q test -pl checkers -Dtest=TimelineCostTest -Deventlings.measure=timeline}.
 */
@Tag("infrastructure")
@EnabledIfSystemProperty(named = "eventlings.measure", matches = "timeline")
class TimelineCostTest {

  private static final int WARM_UP = 3;
  private static final int ROUNDS = 15;

  @Test
  @Timeout(600)
  void a_passing_kafka_class_takes_as_long_with_the_timeline_as_without() {
    for (int round = 0; round < WARM_UP; round++) {
      timed(true);
      timed(false);
    }
    List<Long> on = new ArrayList<>();
    List<Long> off = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      // Which goes first alternates too, so neither always follows the other's leftovers.
      if (round % 2 == 0) {
        on.add(timed(true));
        off.add(timed(false));
      } else {
        off.add(timed(false));
        on.add(timed(true));
      }
    }
    double ratio = (double) median(on) / median(off);
    System.out.printf(Locale.ROOT, "timeline on:  median %d ms, all %s%ntimeline off: median %d ms, all %s%n"
        + "ratio on/off: %.3f (%d rounds of %s, 3 goals of 20 records each)%n",
        median(on), on, median(off), off, ratio, ROUNDS, PassingRoundTripGoals.class.getSimpleName());
  }

  private static long timed(boolean timeline) {
    long begin = System.nanoTime();
    GoalRecorder recorder = LaunchedGoals.run(timeline ? Map.of() : Map.of(Timeline.SWITCH, "off"), PassingRoundTripGoals.class);
    long millis = Duration.ofNanos(System.nanoTime() - begin).toMillis();
    assertThat(recorder.results()).hasSize(3).allSatisfy(goal -> assertThat(goal.state()).isEqualTo(GoalState.DONE));
    return millis;
  }

  private static long median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}

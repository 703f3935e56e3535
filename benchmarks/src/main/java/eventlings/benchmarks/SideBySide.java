package eventlings.benchmarks;

import java.util.Arrays;

/**
 * Times two ways of doing the same work in alternate rounds of one JVM, and compares them round by round.
 *
 * <p>On a shared machine the speed of everything drifts: another process wakes up, the database checkpoints, the
 * CPU gets hotter. A timing taken a minute before another says little about either. Two variants timed in the
 * same round, a few hundred milliseconds apart, meet the same weather, so their ratio in that round is
 * trustworthy even when their absolute times are not. The rounds alternate which variant goes first, and the
 * first rounds only warm up the JIT compiler, the caches and the database.
 */
final class SideBySide {

  /**
   * How long to measure.
   *
   * @param warmUpRounds rounds run and thrown away: the JIT compiles the hot code, the database caches its pages
   * @param rounds rounds measured; odd, so the median is one of them
   * @param callsPerRound calls of each variant per round, enough for a round to last well over the clock's grain
   */
  record Plan(int warmUpRounds, int rounds, int callsPerRound) {}

  /** One way of doing the work, e.g. through the event store or with raw JDBC. */
  record Variant(String name, RoundSetup setup) {}

  /** Prepares a round outside the timing (fresh collections, say) and returns the call to time. */
  @FunctionalInterface
  interface RoundSetup {
    Call prepare() throws Exception;
  }

  /** One timed unit of work; {@code index} counts the calls of the round from 0. */
  @FunctionalInterface
  interface Call {
    void run(int index) throws Exception;
  }

  /**
   * The outcome of a comparison: each variant's median time per call, and the median of the per-round ratios
   * {@code subject / baseline} with the range of the middle half of them (from the first to the third quartile).
   */
  record Result(String label, double subjectNanos, double baselineNanos, double ratio, double ratioLow,
      double ratioHigh) {}

  /**
   * A smoke run ({@code -Deventlings.benchmarks.smoke=true}, in {@code ./mvnw verify -Pall}) calls each variant once:
   * it proves every comparison still runs, and its figures mean nothing.
   */
  static final boolean SMOKE = Boolean.getBoolean("eventlings.benchmarks.smoke");

  private SideBySide() {}

  /** Runs {@code subject} and {@code baseline} alternately according to {@code plan}. */
  static Result compare(String label, Plan wanted, Variant subject, Variant baseline) throws Exception {
    Plan plan = SMOKE ? new Plan(0, 1, 1) : wanted;
    for (int round = 0; round < plan.warmUpRounds(); round++) {
      runRound(plan, subject, baseline, round);
    }
    double[] subjectTimes = new double[plan.rounds()];
    double[] baselineTimes = new double[plan.rounds()];
    double[] ratios = new double[plan.rounds()];
    for (int round = 0; round < plan.rounds(); round++) {
      RoundTimes times = runRound(plan, subject, baseline, round);
      subjectTimes[round] = times.subjectNanos();
      baselineTimes[round] = times.baselineNanos();
      ratios[round] = times.subjectNanos() / times.baselineNanos();
    }
    return new Result(label, median(subjectTimes), median(baselineTimes), median(ratios),
        quantile(ratios, 0.25), quantile(ratios, 0.75));
  }

  /** Times both variants once each, in nanoseconds per call. */
  private static RoundTimes runRound(Plan plan, Variant subject, Variant baseline, int round) throws Exception {
    // Whoever goes second may find the caches warmer: take turns.
    if (round % 2 == 0) {
      double subjectNanos = timePerCall(plan, subject);
      return new RoundTimes(subjectNanos, timePerCall(plan, baseline));
    }
    double baselineNanos = timePerCall(plan, baseline);
    return new RoundTimes(timePerCall(plan, subject), baselineNanos);
  }

  private record RoundTimes(double subjectNanos, double baselineNanos) {}

  private static double timePerCall(Plan plan, Variant variant) throws Exception {
    Call call = variant.setup().prepare();
    // Collect the garbage of the previous variant now, rather than on this one's time.
    System.gc();
    long start = System.nanoTime();
    for (int index = 0; index < plan.callsPerRound(); index++) {
      call.run(index);
    }
    return (double) (System.nanoTime() - start) / plan.callsPerRound();
  }

  private static double median(double[] values) {
    return quantile(values, 0.5);
  }

  /** The value a fraction {@code q} of the way through the sorted values, interpolated between neighbours. */
  private static double quantile(double[] values, double q) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(below + 1, sorted.length - 1);
    return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
  }
}

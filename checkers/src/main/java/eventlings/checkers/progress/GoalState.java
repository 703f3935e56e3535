package eventlings.checkers.progress;

/** Where a learner stands on one goal. A goal that is not done yet is progress to make, not a failure. */
public enum GoalState {
  DONE("done", "\u2714"),
  FAILING("failing", "\u2718"),
  NOT_STARTED("not started", "\u25CB"),
  TIMED_OUT("timed out", "\u23F1"),
  DOES_NOT_COMPILE("does not compile", "\u2718"),
  /** Aborted by an assumption: the goal needs something this machine's servers cannot do, e.g. a broker restart. */
  SKIPPED("cannot run here", "\u2013"),
  /** Listed by the README but not in the last run, as after running one test class alone. */
  NOT_RUN("not run", "\u00B7");

  private final String label;
  private final String symbol;

  GoalState(String label, String symbol) {
    this.label = label;
    this.symbol = symbol;
  }

  public String label() {
    return label;
  }

  public String symbol() {
    return symbol;
  }

  public boolean isDone() {
    return this == DONE;
  }

  /** Done, or as far as this machine can tell: a goal that cannot run here does not hold the learner back. */
  public boolean isSettled() {
    return this == DONE || this == SKIPPED;
  }
}

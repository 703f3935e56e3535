package eventlings.checkers.progress;

/**
 * Colours and symbols for the board: ANSI colours and Unicode on a terminal, plain ASCII when piped,
 * under Maven, or when {@code NO_COLOR} is set.
 */
public record Style(boolean colour) {

  public static final Style PLAIN = new Style(false);
  public static final Style COLOUR = new Style(true);

  /**
   * Colour only when asked for with {@code EVENTLINGS_COLOR=always} (the {@code workshop} script sets it when
   * its output is a terminal) and {@code NO_COLOR} is not set. A JVM under Maven cannot see the terminal itself.
   */
  public static Style detect() {
    boolean wanted = "always".equals(System.getenv("EVENTLINGS_COLOR")) && System.getenv("NO_COLOR") == null;
    return wanted ? COLOUR : PLAIN;
  }

  public String green(String text) {
    return paint("32", text);
  }

  public String red(String text) {
    return paint("31", text);
  }

  public String yellow(String text) {
    return paint("33", text);
  }

  public String dim(String text) {
    return paint("2", text);
  }

  public String bold(String text) {
    return paint("1", text);
  }

  public String symbol(GoalState state) {
    if (!colour) {
      return switch (state) {
        case DONE -> "[x]";
        case NOT_STARTED -> "[ ]";
        case TIMED_OUT -> "[T]";
        case FAILING, DOES_NOT_COMPILE -> "[!]";
        case SKIPPED -> "[-]";
        case NOT_RUN -> "[?]";
      };
    }
    return switch (state) {
      case DONE -> green(state.symbol());
      case NOT_STARTED -> dim(state.symbol());
      case TIMED_OUT -> yellow(state.symbol());
      case FAILING, DOES_NOT_COMPILE -> red(state.symbol());
      case SKIPPED, NOT_RUN -> dim(state.symbol());
    };
  }

  public String bar(long done, long total, int width) {
    int filled = total == 0 ? 0 : (int) Math.round(width * (double) done / total);
    if (!colour) {
      return "[" + "#".repeat(filled) + ".".repeat(width - filled) + "]";
    }
    String full = "\u2588".repeat(filled);
    String empty = "\u2591".repeat(width - filled);
    return (done == total && total > 0 ? green(full) : yellow(full)) + dim(empty);
  }

  private String paint(String code, String text) {
    return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
  }
}

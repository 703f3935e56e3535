package eventlings.checkers.progress;

/**
 * Colours and symbols for the board: ANSI colours and Unicode on a terminal, plain ASCII when piped,
 * under Maven, or when {@code NO_COLOR} is set.
 *
 * @param colour ANSI colours and bars
 * @param unicode ticks, crosses and block bars; false for an output that cannot show them (a Windows console in
 *     its default code page), which gets the ASCII symbols, coloured if {@code colour}
 */
public record Style(boolean colour, boolean unicode) {

  public static final Style PLAIN = new Style(false, false);
  public static final Style COLOUR = new Style(true, true);

  /** Colours and Unicode together, or neither. */
  public Style(boolean colour) {
    this(colour, colour);
  }

  /**
   * Colour only when asked for, by {@code EVENTLINGS_COLOR=always} (the {@code workshop} script sets it when its
   * output is a terminal) or {@code =auto} (the Windows script: this JVM asks its console), and {@code NO_COLOR}
   * is not set. A JVM under Maven cannot see the terminal itself. Unicode only where the output speaks UTF-8.
   */
  public static Style detect() {
    String asked = System.getenv("EVENTLINGS_COLOR");
    boolean wanted = System.getenv("NO_COLOR") == null
        && ("always".equals(asked) || "auto".equals(asked) && onATerminal());
    return new Style(wanted, wanted && System.out.charset().equals(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** JDK 22 and later say whether the console is a terminal; on JDK 21 a console exists only on one. */
  private static boolean onATerminal() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException notOnThisJdk) {
      return true;
    }
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
    String shown = unicode ? state.symbol() : ascii(state);
    if (!colour) {
      return shown;
    }
    return switch (state) {
      case DONE -> green(shown);
      case NOT_STARTED, SKIPPED, NOT_RUN -> dim(shown);
      case TIMED_OUT -> yellow(shown);
      case FAILING, DOES_NOT_COMPILE -> red(shown);
    };
  }

  private static String ascii(GoalState state) {
    return switch (state) {
      case DONE -> "[x]";
      case NOT_STARTED -> "[ ]";
      case TIMED_OUT -> "[T]";
      case FAILING, DOES_NOT_COMPILE -> "[!]";
      case SKIPPED -> "[-]";
      case NOT_RUN -> "[?]";
    };
  }

  public String bar(long done, long total, int width) {
    int filled = total == 0 ? 0 : (int) Math.round(width * (double) done / total);
    if (!unicode) {
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

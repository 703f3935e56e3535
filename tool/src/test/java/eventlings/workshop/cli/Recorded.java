package eventlings.workshop.cli;

import eventlings.checkers.progress.Style;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/** A console for tests: plain text, answers given up front, everything printed kept for assertions. */
final class Recorded {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  final Console console;

  private Recorded(String answers) {
    console = new Console(new PrintStream(printed, true, StandardCharsets.UTF_8),
        new BufferedReader(new StringReader(answers)), Style.PLAIN);
  }

  /** A console where nobody answers questions. */
  static Recorded console() {
    return new Recorded("");
  }

  /** A console whose questions get these answers, one line each. */
  static Recorded answering(String... lines) {
    return new Recorded(String.join("\n", lines) + "\n");
  }

  String output() {
    return printed.toString(StandardCharsets.UTF_8);
  }
}

package eventlings.workshop.cli;

import eventlings.checkers.progress.Style;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Where the workshop talks to the learner: what it prints, how (colours on a terminal, plain text when
 * piped), and where answers to its questions come from. Tests give it their own streams.
 *
 * @param out where everything is printed
 * @param in where answers to questions are read, one line each
 * @param style colours and symbols, or plain text
 */
public record Console(PrintStream out, BufferedReader in, Style style) {

  private static final String CLEAR_SCREEN = "\u001B[H\u001B[2J";

  /** The JVM's own output, in the encoding its console or pipe expects (a Windows console is not UTF-8). */
  public static Console system() {
    PrintStream out = new PrintStream(System.out, true, System.out.charset());
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, System.out.charset()));
    return new Console(out, in, Style.detect());
  }

  public void print(String text) {
    out.print(text);
    out.flush();
  }

  public void println(String line) {
    out.println(line);
  }

  /** One line of the learner's input; empty when input has ended (piped, or Ctrl-D). */
  public Optional<String> readLine() {
    try {
      return Optional.ofNullable(in.readLine());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asks a yes/no question; anything but y or yes, including no answer at all, is no. */
  public boolean confirm(String question) {
    print(question + " [y/N] ");
    String answer = readLine().orElse("").strip().toLowerCase();
    return answer.equals("y") || answer.equals("yes");
  }

  /** Only on a terminal: clearing would print escape codes into a piped log. */
  public void clearScreen() {
    if (style.colour()) {
      print(CLEAR_SCREEN);
    }
  }
}

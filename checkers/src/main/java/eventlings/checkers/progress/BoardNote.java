package eventlings.checkers.progress;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Lines a kit helper adds under a failing goal's {@code why} on the board, such as the timeline of the goal's
 * messages. A helper attaches it to the goal's failure as a suppressed exception, so it travels with the failure
 * wherever the failure is read:
 *
 * <pre>{@code
 * failure.addSuppressed(new BoardNote(timeline.shortLines(), Optional.of(timeline.savedTo())));
 * throw failure;
 * }</pre>
 */
public final class BoardNote extends RuntimeException {

  private final List<String> lines;
  private final transient Optional<Path> savedTo;

  /**
   * @param lines what the board shows, one entry per line, without indentation
   * @param savedTo a file holding the whole story, named on the board after the lines
   */
  public BoardNote(List<String> lines, Optional<Path> savedTo) {
    super(String.join("\n", lines), null, false, false);
    this.lines = List.copyOf(lines);
    this.savedTo = savedTo;
  }

  public List<String> lines() {
    return lines;
  }

  public Optional<Path> savedTo() {
    return savedTo;
  }
}

package eventlings.workshop.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a workshop process compiles the learner's code: a folder of its own under {@code .eventlings/}, so that
 * {@code ./workshop watch 03} in one terminal and {@code ./workshop hint 03} in another never overwrite each other's
 * classes. The folders of processes that have ended are removed when the next one starts.
 */
public final class WorkFolders {

  /** The folder git ignores, at the workshop's root. */
  public static final String ROOT = ".eventlings";
  private static final String PREFIX = "work-";

  private WorkFolders() {}

  /** This process's folder, {@code .eventlings/work-<pid>}, after removing those of ended processes. */
  public static Path forThisProcess(Path workshopRoot) {
    Path root = workshopRoot.resolve(ROOT);
    removeEnded(root);
    return root.resolve(PREFIX + ProcessHandle.current().pid());
  }

  private static void removeEnded(Path root) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> folders = Files.list(root)) {
      folders.filter(folder -> folder.getFileName().toString().matches(PREFIX + "\\d+"))
          .filter(folder -> ProcessHandle.of(Long.parseLong(folder.getFileName().toString().substring(PREFIX.length())))
              .map(process -> !process.isAlive()).orElse(true))
          .forEach(Compilation::clean);
    } catch (IOException | UncheckedIOException e) {
      // Tidying is best effort: a stale folder takes only disk space.
    }
  }
}

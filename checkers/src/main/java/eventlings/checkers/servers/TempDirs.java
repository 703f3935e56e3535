package eventlings.checkers.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Temporary folders for embedded servers' data, removed when the servers close; and, since a JVM killed hard
 * (kill -9, the OOM killer, a mutation-testing minion, Ctrl-C during the first start) closes nothing, the folders
 * such a JVM left behind are found and removed the next time a server starts.
 *
 * <p>Each folder holds an {@value #OWNER} file naming the JVM that made it (its pid and start time), so a folder
 * is only ever removed once its owner is gone: two test JVMs running side by side never touch each other's.
 */
final class TempDirs {

  static final String OWNER = "eventlings-owner";

  private TempDirs() {}

  /** A new folder in the system's temporary area, owned by this JVM. */
  static Path create(String prefix) {
    try {
      Path dir = Files.createTempDirectory(prefix);
      ProcessHandle self = ProcessHandle.current();
      Files.writeString(dir.resolve(OWNER), self.pid() + " " + self.info().startInstant().map(Instant::toString).orElse(""),
          StandardCharsets.UTF_8);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary folder", e);
    }
  }

  /**
   * Removes the folders starting with {@code prefix} whose owning JVM has ended, first letting {@code stopWhatRuns}
   * stop whatever they still serve (a postmaster outlives the JVM that started it).
   *
   * @return the folders removed
   */
  static List<Path> removeAbandoned(String prefix, Consumer<Path> stopWhatRuns) {
    Path temp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> entries = Files.list(temp)) {
      List<Path> abandoned = entries
          .filter(dir -> dir.getFileName().toString().startsWith(prefix) && Files.isDirectory(dir))
          .filter(TempDirs::ownerHasEnded)
          .toList();
      for (Path dir : abandoned) {
        stopWhatRuns.accept(dir);
        delete(dir);
      }
      return abandoned;
    } catch (IOException | UncheckedIOException e) {
      return List.of(); // Tidying is best effort: a server starts in a fresh folder either way.
    }
  }

  /** True when the JVM named in the folder's owner file is no longer running (a new process may reuse its pid). */
  static boolean ownerHasEnded(Path dir) {
    Optional<String[]> owner = readOwner(dir);
    if (owner.isEmpty()) {
      return false; // Being created right now, or made by someone else: not ours to judge.
    }
    long pid = Long.parseLong(owner.get()[0]);
    String started = owner.get().length > 1 ? owner.get()[1] : "";
    return ProcessHandle.of(pid)
        .map(process -> !process.isAlive()
            || !started.isEmpty() && !process.info().startInstant().map(Instant::toString).orElse(started).equals(started))
        .orElse(true);
  }

  private static Optional<String[]> readOwner(Path dir) {
    try {
      String[] fields = Files.readString(dir.resolve(OWNER), StandardCharsets.UTF_8).strip().split(" ");
      return fields[0].matches("\\d+") ? Optional.of(fields) : Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /** Deletes the folder and everything in it; what cannot be deleted stays, as deleting is best effort at exit. */
  static void delete(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // Best effort: the folder is in the system's temporary area.
    }
  }
}

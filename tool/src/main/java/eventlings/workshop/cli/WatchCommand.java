package eventlings.workshop.cli;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import eventlings.workshop.Repository.Lab;
import eventlings.workshop.engine.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code ./workshop watch [lab]}: checks the lab again each time the learner saves a file of its
 * {@code src/main/java}. The JVM stays up between checks, so javac, JUnit and the libraries are loaded and
 * warmed once, which is what makes the answer come in about a second.
 */
final class WatchCommand {

  /**
   * An editor's save is often several file events (write, rename, touch); waiting this long after the last one
   * checks once, on the saved content.
   */
  static final Duration QUIET_AFTER_SAVE = Duration.ofMillis(150);

  private WatchCommand() {}

  static int run(Lab lab, Progress progress, Console console) {
    Path sources = lab.starterSources();
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      watchTheWayTo(sources, watcher);
      registerTree(sources, watcher);
      quitOnQ(console, watcher);
      checkAndShow(lab, progress, console);
      while (waitForSave(watcher, sources)) {
        if (Files.isDirectory(sources)) {
          checkAndShow(lab, progress, console);
        } else {
          console.println("labs/" + lab.name() + "/src/main/java is gone: watching for it to come back.");
        }
      }
      return 0;
    } catch (ClosedWatchServiceException quit) {
      return 0;
    } catch (IOException e) {
      throw new Problem("Cannot watch " + sources + " for changes: " + e.getMessage() + ".");
    }
  }

  /** One check; a check that breaks is reported in a sentence and watching goes on, ready for the next save. */
  private static void checkAndShow(Lab lab, Progress progress, Console console) {
    try {
      Progress.Checked checked = progress.check(lab);
      console.clearScreen();
      console.print(CheckCommand.board(lab, checked, console.style()));
    } catch (RuntimeException broken) {
      console.println(Main.sentence(broken));
    }
    console.println(console.style().dim("  watching labs/" + lab.name() + "/src/main/java: save a file to check again,"
        + " q and Enter (or Ctrl-C) to stop"));
  }

  /**
   * Blocks until a Java source under {@code sources} changed (or a folder of them came or went) and no further
   * change came for {@link #QUIET_AFTER_SAVE}. What an editor writes beside a file (a swap file, a lock link, a
   * backup) and what the build writes elsewhere in the lab are not saves.
   *
   * @return false when watching has stopped
   */
  static boolean waitForSave(WatchService watcher, Path sources) {
    try {
      boolean saved = false;
      WatchKey key = watcher.take();
      while (key != null || !saved) {
        if (key == null) {
          key = watcher.take();
        }
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
            saved = true;
            continue;
          }
          Path changed = folder.resolve((Path) event.context());
          if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)
              && (changed.startsWith(sources) || sources.startsWith(changed))) {
            registerTree(changed.startsWith(sources) ? changed : sources, watcher);
          }
          if (changed.startsWith(sources) && (Compilation.isJavaSource(changed) || isSourceLike(changed, event))
              || sources.startsWith(changed)) {
            saved = true;
          }
        }
        key.reset();
        key = watcher.poll(QUIET_AFTER_SAVE.toMillis(), TimeUnit.MILLISECONDS);
      }
      return true;
    } catch (InterruptedException | ClosedWatchServiceException stopped) {
      return false;
    }
  }

  /** A deleted Java file, or a folder of sources that came or went, is a change too. */
  private static boolean isSourceLike(Path changed, WatchEvent<?> event) {
    String name = changed.getFileName().toString();
    boolean javaName = name.endsWith(".java") && !name.startsWith(".") && !name.startsWith("#");
    return event.kind() == ENTRY_DELETE && (javaName || !name.contains(".")) || Files.isDirectory(changed);
  }

  /**
   * The folders from the lab down to the sources: watched for their entries, so that sources deleted and made
   * again (a branch switch, an unzip, a reset) are watched again instead of no more.
   */
  private static void watchTheWayTo(Path sources, WatchService watcher) throws IOException {
    for (Path folder = sources.getParent(); folder != null && folder.getNameCount() > 0; folder = folder.getParent()) {
      if (Files.isDirectory(folder)) {
        folder.register(watcher, ENTRY_CREATE, ENTRY_DELETE);
      }
      if (folder.getFileName().toString().equals("labs")) {
        return;
      }
    }
  }

  /** Every folder must be watched on its own: a watch key sees only its folder's direct entries. */
  private static void registerTree(Path root, WatchService watcher) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (Stream<Path> folders = Files.walk(root)) {
      for (Path folder : folders.filter(Files::isDirectory).toList()) {
        folder.register(watcher, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
      }
    } catch (IOException | UncheckedIOException e) {
      // A folder that went while being walked: its return is seen by the folder above it.
    }
  }

  /** Reads the learner's input on the side; {@code q} closes the watcher, which ends the loop. */
  private static void quitOnQ(Console console, WatchService watcher) {
    Thread.ofPlatform().daemon().name("watch-input").start(() -> {
      while (true) {
        String line = readLineOrNull(console);
        if (line == null) {
          return; // no input to read (piped or closed): only Ctrl-C stops watching
        }
        if (line.strip().equalsIgnoreCase("q")) {
          try {
            watcher.close();
          } catch (IOException ignored) {
            // closing is best effort: the loop ends either way
          }
          return;
        }
      }
    });
  }

  private static String readLineOrNull(Console console) {
    try {
      return console.readLine().orElse(null);
    } catch (UncheckedIOException closed) {
      return null;
    }
  }
}

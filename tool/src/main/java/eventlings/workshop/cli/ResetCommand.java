package eventlings.workshop.cli;

import eventlings.workshop.Repository.Lab;
import eventlings.workshop.StarterManifest;
import eventlings.workshop.engine.WorkFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * {@code ./workshop reset lab [--yes]}: puts one lab's {@code src/main/java} back to its starter as shipped, whatever
 * the learner changed, staged or committed since, after showing what would change and asking. The learner's files
 * are copied aside first, so a reset can be undone. Only that folder is touched, and nothing in git.
 *
 * <p>The shipped starter is named by {@link StarterManifest} and read from git's objects, so reset refuses where
 * that cannot be trusted: a folder that is no clone, or a workshop unzipped inside someone else's repository.
 */
final class ResetCommand {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private ResetCommand() {}

  /**
   * What a reset does to one file.
   *
   * @param path relative to the lab's {@code src/main/java}
   * @param shipped the starter's content, empty for a file the starter does not have
   */
  private record Change(String path, Optional<byte[]> shipped, boolean exists) {

    String what() {
      return shipped.isEmpty() ? "yours, will be removed" : exists ? "changed, back to the starter" : "deleted, comes back";
    }
  }

  static int run(Lab lab, boolean confirmed, Console console) {
    String folder = "labs/" + lab.name() + "/src/main/java";
    List<Change> changes = changes(lab);
    if (changes.isEmpty()) {
      console.println(folder + " is the starter as shipped: nothing to reset.");
      return 0;
    }
    console.println("Resetting lab " + lab.name() + " puts these files back to the starter as shipped:");
    changes.forEach(change -> console.println("  " + folder + "/" + change.path() + "  (" + change.what() + ")"));
    if (!confirmed && !console.confirm("Reset lab " + lab.number() + "? Your versions are kept aside first.")) {
      console.println("Nothing was changed.");
      return 1;
    }
    Path kept = keepAside(lab, changes);
    restore(lab, changes);
    console.println("Lab " + lab.name() + " is back to its starter code. Start again with ./workshop check " + lab.number()
        + ".");
    if (kept != null) {
      console.println("Your versions are in " + lab.root().relativize(kept) + ": copy them back into " + folder
          + " to undo the reset.");
    }
    return 0;
  }

  /** Every file of the lab's sources that differs from the shipped starter, by path. */
  private static List<Change> changes(Lab lab) {
    StarterManifest shipped = StarterManifest.shipped(lab);
    if (shipped.files().isEmpty()) {
      throw new Problem("Lab " + lab.name() + " has no " + StarterManifest.FILE + " naming its starter, so it cannot"
          + " be reset: copy the lab's src/main/java from a fresh download of eventlings.");
    }
    Git git = new Git(lab.root());
    Path top = git.topLevel().orElseThrow(() -> new Problem("This folder is not a git clone of eventlings, so the"
        + " shipped starter cannot be read from it: copy the lab's src/main/java from a fresh download instead."));
    if (!samePlace(top, lab.root())) {
      throw new Problem("The workshop sits inside another git repository (" + top + "), whose history is not the"
          + " workshop's: reset refuses to touch it. Clone eventlings on its own, or copy the lab's src/main/java from a"
          + " fresh download.");
    }
    Map<String, String> onDisk = StarterManifest.ofFolder(lab.starterSources()).files();
    Map<String, Change> changes = new TreeMap<>();
    shipped.files().forEach((path, id) -> {
      if (!id.equals(onDisk.get(path))) {
        byte[] content = git.blob(id).orElseThrow(() -> new Problem("This clone does not hold the shipped starter of "
            + lab.name() + " (" + path + "): fetch the workshop again (git fetch), or copy the lab's src/main/java from a"
            + " fresh download."));
        changes.put(path, new Change(path, Optional.of(content), onDisk.containsKey(path)));
      }
    });
    onDisk.keySet().stream().filter(path -> !shipped.files().containsKey(path))
        .forEach(path -> changes.put(path, new Change(path, Optional.empty(), true)));
    return List.copyOf(changes.values());
  }

  private static boolean samePlace(Path top, Path root) {
    try {
      return Files.isSameFile(top, root);
    } catch (IOException e) {
      return top.toAbsolutePath().normalize().equals(root.toAbsolutePath().normalize());
    }
  }

  /** Copies the learner's version of every file the reset changes to {@code .eventlings/reset-backups/}. */
  private static Path keepAside(Lab lab, List<Change> changes) {
    Path backup = lab.root().resolve(WorkFolders.ROOT).resolve("reset-backups")
        .resolve(lab.name() + "-" + LocalDateTime.now().format(STAMP));
    boolean anyKept = false;
    try {
      for (Change change : changes) {
        Path yours = lab.starterSources().resolve(change.path());
        if (Files.isRegularFile(yours)) {
          Path copy = backup.resolve(change.path());
          Files.createDirectories(copy.getParent());
          Files.copy(yours, copy);
          anyKept = true;
        }
      }
    } catch (IOException e) {
      throw new Problem("Could not keep your files aside in " + backup + " (" + e.getMessage() + "), so nothing was reset.");
    }
    return anyKept ? backup : null;
  }

  private static void restore(Lab lab, List<Change> changes) {
    try {
      for (Change change : changes) {
        Path file = lab.starterSources().resolve(change.path());
        if (change.shipped().isPresent()) {
          Files.createDirectories(file.getParent());
          Files.write(file, change.shipped().get());
        } else {
          Files.deleteIfExists(file);
        }
      }
      removeEmptyFolders(lab.starterSources());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not restore the starter of " + lab.name(), e);
    }
  }

  private static void removeEmptyFolders(Path sources) throws IOException {
    List<Path> folders = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(sources)) {
      walk.filter(Files::isDirectory).filter(folder -> !folder.equals(sources)).forEach(folders::add);
    }
    folders.sort(Comparator.reverseOrder());
    for (Path folder : folders) {
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isEmpty()) {
          Files.delete(folder);
        }
      }
    }
  }
}

package eventlings.workshop.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The few git commands {@code ./workshop reset} needs, run in the repository root. Every command names the
 * paths it may touch, so nothing outside them can change.
 */
final class Git {

  private final Path root;

  Git(Path root) {
    this.root = root;
  }

  /**
   * A file that differs from the last commit.
   *
   * @param path relative to the repository root, with {@code /}
   * @param untracked true for a file git does not know: restoring deletes it
   * @param deleted true for a committed file that is gone
   */
  record Change(String path, boolean untracked, boolean deleted) {}

  /** The files under {@code folder} that differ from the last commit, new files included. */
  List<Change> changesUnder(String folder) {
    List<Change> changes = new ArrayList<>();
    for (String line : run("-c", "core.quotePath=false", "status", "--porcelain", "--untracked-files=all", "--", folder)) {
      if (line.length() > 3) {
        String status = line.substring(0, 2);
        changes.add(new Change(line.substring(3), status.equals("??"), status.contains("D")));
      }
    }
    return changes;
  }

  /** Brings back the last commit's version of every committed file under {@code folder}. */
  void restore(String folder) {
    run("checkout", "HEAD", "--", folder);
  }

  /** Deletes the files under {@code folder} that git does not know. */
  void removeUntracked(String folder) {
    run("clean", "--force", "-d", "--quiet", "--", folder);
  }

  private List<String> run(String... arguments) {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getOutputStream().close();
      List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      if (process.waitFor() != 0) {
        String reason = output.isEmpty() ? "no reason given" : output.getFirst();
        if (reason.contains("not a git repository")) {
          throw new Problem("This folder is not a git clone, so its starter code cannot be restored: copy the lab's"
              + " src/main/java from a fresh download of eventlings instead.");
        }
        throw new Problem("git " + String.join(" ", arguments) + " failed: " + reason);
      }
      return output;
    } catch (IOException e) {
      throw new Problem("git is not installed or not on the PATH, so the starter code cannot be restored: install git"
          + " or copy the lab's src/main/java from a fresh download of eventlings.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Problem("git was interrupted before it finished.");
    }
  }
}

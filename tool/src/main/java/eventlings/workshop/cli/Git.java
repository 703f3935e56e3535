package eventlings.workshop.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The few git questions {@code ./workshop reset} asks, in the workshop's folder. It changes nothing in git. */
final class Git {

  private final Path root;

  Git(Path root) {
    this.root = root;
  }

  /** The top folder of the git repository the workshop's folder is in, if it is in one. */
  Optional<Path> topLevel() {
    Result result = run("rev-parse", "--show-toplevel");
    return result.succeeded() ? Optional.of(Path.of(new String(result.output(), StandardCharsets.UTF_8).strip()))
        : Optional.empty();
  }

  /** The content git keeps under {@code id}, if this clone has it. */
  Optional<byte[]> blob(String id) {
    Result result = run("cat-file", "blob", id);
    return result.succeeded() ? Optional.of(result.output()) : Optional.empty();
  }

  private record Result(boolean succeeded, byte[] output) {}

  private Result run(String... arguments) {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(arguments));
    try {
      Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      return new Result(process.waitFor() == 0, output);
    } catch (IOException e) {
      throw new Problem("git is not installed or not on the PATH, so the starter code cannot be restored: install git"
          + " or copy the lab's src/main/java from a fresh download of eventlings.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Problem("git was interrupted before it finished.");
    }
  }
}

package eventlings.workshop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The workshop's folders: where each lab, its goals, its solution and its classic mistakes live.
 *
 * @param root the folder holding {@code labs/} and {@code solutions/}
 */
public record Repository(Path root) {

  public Repository {
    root = root.toAbsolutePath().normalize();
  }

  /** The root named by {@code -Deventlings.root}, or the working directory. */
  public static Repository fromSystemProperty() {
    return new Repository(Path.of(System.getProperty("eventlings.root", ".")));
  }

  /** Every lab, in order: the folders of {@code labs/} whose name starts with a number. */
  public List<Lab> labs() {
    try (Stream<Path> folders = Files.list(root.resolve("labs"))) {
      return folders
          .filter(Files::isDirectory)
          .map(folder -> folder.getFileName().toString())
          .filter(name -> name.matches("\\d\\d-.+"))
          .sorted()
          .map(name -> new Lab(name, root))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the labs in " + root.resolve("labs"), e);
    }
  }

  /**
   * The labs a check should look at: all of them, or those named by {@code -Deventlings.only=03,04}, so a
   * lab author can check one lab alone.
   */
  public List<Lab> labsToCheck() {
    String only = System.getProperty("eventlings.only", "").strip();
    if (only.isEmpty()) {
      return labs();
    }
    List<String> wanted = List.of(only.split("\\s*,\\s*"));
    return labs().stream().filter(lab -> wanted.contains(lab.number()) || wanted.contains(lab.name())).toList();
  }

  /** A lab by its number ({@code 1}, {@code 01}) or its folder name ({@code 01-event-sourcing}). */
  public Optional<Lab> lab(String numberOrName) {
    String wanted = numberOrName.matches("\\d") ? "0" + numberOrName : numberOrName;
    return labs().stream()
        .filter(lab -> lab.name().equals(wanted) || lab.number().equals(wanted))
        .findFirst();
  }

  /**
   * One lab and its twin solution.
   *
   * @param name the folder name, e.g. {@code 01-event-sourcing}
   * @param root the repository root
   */
  public record Lab(String name, Path root) {

    public String number() {
      return name.substring(0, name.indexOf('-'));
    }

    public Path dir() {
      return root.resolve("labs").resolve(name);
    }

    public Path readme() {
      return dir().resolve("README.md");
    }

    public Path starterSources() {
      return dir().resolve("src/main/java");
    }

    public Path goalSources() {
      return dir().resolve("src/test/java");
    }

    public Path goalResources() {
      return dir().resolve("src/test/resources");
    }

    public Path solutionDir() {
      return root.resolve("solutions").resolve(name);
    }

    public Path solutionSources() {
      return solutionDir().resolve("src/main/java");
    }

    /** The classic-mistake folders, each replacing some solution files with wrong ones. */
    public List<Path> mistakes() {
      Path mistakes = solutionDir().resolve("mistakes");
      if (!Files.isDirectory(mistakes)) {
        return List.of();
      }
      try (Stream<Path> folders = Files.list(mistakes)) {
        return folders.filter(Files::isDirectory).sorted().toList();
      } catch (IOException e) {
        throw new UncheckedIOException("Could not list " + mistakes, e);
      }
    }

    /**
     * The diff that turns the solution into the lab as it is after {@code step}: later steps back to their TODO.
     * Kept beside the mistakes, in {@code solutions/NN-topic/checkpoints/after-step-N.diff}.
     */
    public Path checkpoint(int step) {
      return solutionDir().resolve("checkpoints").resolve("after-step-" + step + ".diff");
    }

    /** Where {@code mvn test} saved the results of the learner's last run. */
    public Path resultsFile() {
      return dir().resolve("target/eventlings/goals.tsv");
    }
  }
}

package eventlings.workshop.cli;

import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import eventlings.workshop.engine.Compilation;
import eventlings.workshop.engine.WorkFolders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./workshop doctor [--offline-prep]}: is this machine ready for the workshop, one sentence per topic.
 * With {@code --offline-prep} it first fetches everything the labs need, for a workshop room with bad wifi.
 */
final class DoctorCommand {

  private DoctorCommand() {}

  static int run(Repository repository, boolean offlinePrep, Console console) {
    if (offlinePrep) {
      prepareOffline(repository, console);
    }
    console.println(console.style().bold("eventlings doctor"));
    List<Finding> findings = Machine.current(repository.root()).findings();
    findings.forEach(finding -> console.println(finding.render(console.style())));
    long notes = findings.stream().filter(finding -> !finding.ok()).count();
    console.println(notes == 0
        ? console.style().green("Ready: start with ./workshop")
        : notes + (notes == 1 ? " note" : " notes") + " above; the workshop still runs where it can.");
    return 0;
  }

  /**
   * Builds every module and resolves its plugins with Maven, then runs one lab's goals under Maven, which fetches
   * the test runner and caches the embedded Kafka and PostgreSQL. Maven's output goes to a log file: only its
   * verdict is shown.
   */
  private static void prepareOffline(Repository repository, Console console) {
    Path log = repository.root().resolve(WorkFolders.ROOT).resolve("offline-prep.log");
    Lab lab = labUsingInfrastructure(repository);
    List<Preparation> steps = List.of(
        new Preparation("every module and its dependencies", List.of("-B", "-Pall", "install", "-DskipTests")),
        new Preparation("the build plugins", List.of("-B", "-Pall", "dependency:resolve-plugins")),
        new Preparation("lab " + lab.name() + " under mvn test, with its test runner and infrastructure",
            List.of("-B", "test", "-pl", "labs/" + lab.name())));
    console.println(console.style().bold("Preparing to work offline") + " (Maven's output goes to "
        + repository.root().relativize(log) + ")");
    for (Preparation step : steps) {
      console.print("  fetching " + step.what() + " ... ");
      console.println(step.runIn(repository.root(), log) ? console.style().green("ready")
          : console.style().yellow("failed") + ": see " + repository.root().relativize(log));
    }
    console.println("");
  }

  /** The first lab whose goals use the kit's Kafka or PostgreSQL, so that running it caches them. */
  private static Lab labUsingInfrastructure(Repository repository) {
    List<Lab> labs = LabChoice.all(repository);
    return labs.stream()
        .filter(lab -> mentions(lab.goalSources(), "@WithPostgres") || mentions(lab.goalSources(), "@WithKafka"))
        .findFirst()
        .orElse(labs.getFirst());
  }

  private static boolean mentions(Path folder, String text) {
    return Compilation.javaFilesUnder(folder).stream().anyMatch(file -> {
      try {
        return Files.readString(file).contains(text);
      } catch (IOException e) {
        return false;
      }
    });
  }

  /**
   * One Maven run of the preparation.
   *
   * @param what what it fetches, as the learner reads it
   * @param arguments the arguments to {@code mvnw}
   */
  private record Preparation(String what, List<String> arguments) {

    boolean runIn(Path root, Path log) {
      boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
      List<String> command = new ArrayList<>(windows
          ? List.of("cmd", "/c", root.resolve("mvnw.cmd").toString())
          : List.of(root.resolve("mvnw").toString()));
      command.addAll(arguments);
      try {
        Files.createDirectories(log.getParent());
        ProcessBuilder maven = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        // Maven runs on this JVM's JDK, which the workshop script already checked is 21 or newer.
        maven.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = maven.start();
        process.getOutputStream().close();
        return process.waitFor() == 0;
      } catch (IOException e) {
        return false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
  }
}

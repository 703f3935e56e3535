package eventlings.checkers.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the lab's board after its goals ran, and saves the results for the summary board and
 * {@code ./workshop}. Registered through {@code META-INF/services}, so surefire and IDEs pick it up alone.
 */
public class GoalListener extends GoalRecorder {

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    if (results().isEmpty()) {
      return;
    }
    LabLocation location = LabLocation.fromSystemProperties();
    LabResults lab = new LabResults(location.lab(), location.variant(), Instant.now(), results());
    location.resultsFile().ifPresent(lab::writeTo);
    System.out.print(render(lab, location));
    System.out.flush();
  }

  private static String render(LabResults lab, LabLocation location) {
    Path readme = location.labDir().resolve("README.md");
    if (!Files.isRegularFile(readme)) {
      return "";
    }
    if (location.variant().equals("solution") && lab.complete()) {
      return "\nsolution " + lab.lab() + ": all " + lab.goals().size() + " goals pass\n";
    }
    return new Board(Style.detect()).lab(lab, LabReadme.read(readme), "labs/" + lab.lab());
  }

  /**
   * Where the lab under test lives: from system properties the build sets, or the working directory in an IDE.
   *
   * @param lab the lab folder name
   * @param variant {@code lab} or {@code solution}
   * @param labDir the lab folder, holding its README
   * @param resultsFile where to save the results, when the build asks for it
   */
  record LabLocation(String lab, String variant, Path labDir, Optional<Path> resultsFile) {

    static LabLocation fromSystemProperties() {
      Path labDir = Path.of(System.getProperty("eventlings.lab.dir", "")).toAbsolutePath().normalize();
      String lab = System.getProperty("eventlings.lab", labDir.getFileName() == null ? "lab" : labDir.getFileName().toString());
      String variant = System.getProperty("eventlings.variant", "lab");
      Optional<Path> results = Optional.ofNullable(System.getProperty("eventlings.results")).map(Path::of);
      return new LabLocation(lab, variant, labDir, results);
    }
  }
}

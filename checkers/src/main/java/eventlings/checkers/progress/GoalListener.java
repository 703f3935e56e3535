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
    LabGuide guide = LabGuide.of(location.labDir());
    boolean wholeLab = lab.coversAll(guide.readme());
    // One test class run from an IDE, or a -Dtest filter, says nothing of the goals it left out: the lab's
    // results stay those of its last whole run.
    if (wholeLab) {
      location.resultsFile().ifPresent(lab::writeTo);
    }
    System.out.print(render(lab, guide, location, wholeLab));
    System.out.flush();
  }

  private static String render(LabResults lab, LabGuide guide, LabLocation location, boolean wholeLab) {
    if (!Files.isRegularFile(location.labDir().resolve("README.md"))) {
      return "";
    }
    if (location.variant().equals("solution") && lab.against(guide.readme()).complete()) {
      return "\nsolution " + lab.lab() + ": all " + lab.goals().size() + " goals pass\n";
    }
    if (location.oneOfMany()) {
      // mvn test at the root runs every lab: one line each, and the board across all of them comes last.
      return new Board(Style.detect()).line(lab.against(guide.readme()));
    }
    String board = new Board(Style.detect()).lab(lab, guide, "labs/" + lab.lab());
    return wholeLab ? board : board + "  This run left some goals out: the lab's progress is kept from its last"
        + " whole run (./workshop check " + Board.number(lab.lab()) + ").\n";
  }

  /**
   * Where the lab under test lives: from system properties the build sets, or the working directory in an IDE.
   *
   * @param lab the lab folder name
   * @param variant {@code lab} or {@code solution}
   * @param labDir the lab folder, holding its README
   * @param resultsFile where to save the results, when the build asks for it
   * @param startedIn where the build was started, when Maven says: the lab's folder, or the workshop's root
   */
  record LabLocation(String lab, String variant, Path labDir, Optional<Path> resultsFile, Optional<Path> startedIn) {

    static LabLocation fromSystemProperties() {
      Path labDir = Path.of(System.getProperty("eventlings.lab.dir", "")).toAbsolutePath().normalize();
      String lab = System.getProperty("eventlings.lab", labDir.getFileName() == null ? "lab" : labDir.getFileName().toString());
      String variant = System.getProperty("eventlings.variant", "lab");
      Optional<Path> results = Optional.ofNullable(System.getProperty("eventlings.results")).map(Path::of);
      Optional<Path> startedIn = Optional.ofNullable(System.getProperty("eventlings.executionRoot"))
          .filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder).toAbsolutePath().normalize());
      return new LabLocation(lab, variant, labDir, results, startedIn);
    }

    /** True in a build of several labs, started above this lab's folder. */
    boolean oneOfMany() {
      return startedIn.map(folder -> !folder.equals(labDir) && labDir.startsWith(folder)).orElse(false);
    }
  }
}

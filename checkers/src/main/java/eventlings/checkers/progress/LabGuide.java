package eventlings.checkers.progress;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What a lab tells its learner, as the board needs it: the README's steps and goals, and the hint ladders.
 *
 * @param dir the lab's folder
 * @param readme the README's title, steps, files and goal lists
 * @param hints each goal's hint ladder
 */
public record LabGuide(Path dir, LabReadme readme, LabHints hints) {

  /** The guide of the lab in {@code labDir}; a lab still being written may lack either file. */
  public static LabGuide of(Path labDir) {
    Path readme = labDir.resolve("README.md");
    return new LabGuide(labDir,
        Files.isRegularFile(readme) ? LabReadme.read(readme) : LabReadme.parse(List.of()),
        LabHints.read(labDir.resolve(LabHints.FILE)));
  }
}

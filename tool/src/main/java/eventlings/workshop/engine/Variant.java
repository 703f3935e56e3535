package eventlings.workshop.engine;

import eventlings.workshop.Repository.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One implementation of a lab to run the goals against: the learner's starter, the solution, or the
 * solution with a classic mistake swapped in.
 *
 * @param name how reports name it: {@code starter}, {@code solution}, or the mistake's folder name
 * @param sources the Java files that make it up
 */
public record Variant(String name, List<Path> sources) {

  /** The file of a mistake folder holding the mistake, as a unified diff against the solution. */
  public static final String MISTAKE_DIFF = "mistake.diff";

  public static Variant starter(Lab lab) {
    return new Variant("starter", Compilation.javaFilesUnder(lab.starterSources()));
  }

  public static Variant solution(Lab lab) {
    return new Variant("solution", Compilation.javaFilesUnder(lab.solutionSources()));
  }

  /**
   * The solution with a classic mistake made in it: the mistake's {@code mistake.diff} applied to the solution's
   * files, the changed files written below {@code writeTo}.
   *
   * @throws IllegalStateException when the diff no longer applies to the solution
   */
  public static Variant mistake(Lab lab, Path mistakeFolder, Path writeTo) {
    return patched(lab, mistakeFolder.getFileName().toString(), mistakeFolder.resolve(MISTAKE_DIFF), writeTo);
  }

  /**
   * The lab as a learner has it after step {@code step}: the solution with the later steps put back to the
   * starter's TODO, by the lab's {@code checkpoints/after-step-N.diff}.
   *
   * @throws IllegalStateException when the diff no longer applies to the solution
   */
  public static Variant afterStep(Lab lab, int step, Path writeTo) {
    return patched(lab, "after-step-" + step, lab.checkpoint(step), writeTo);
  }

  /** The solution with {@code diff} applied, the changed files written below {@code writeTo}. */
  private static Variant patched(Lab lab, String name, Path diff, Path writeTo) {
    Patch patch = Patch.parse(read(diff));
    Map<Path, Path> byPackagePath = new LinkedHashMap<>();
    for (Path file : Compilation.javaFilesUnder(lab.solutionSources())) {
      byPackagePath.put(lab.solutionSources().relativize(file), file);
    }
    Compilation.clean(writeTo);
    for (String changed : patch.files().keySet()) {
      Path original = lab.solutionSources().resolve(changed);
      if (!Files.isRegularFile(original)) {
        throw new IllegalStateException(name + " changes " + changed + ", which the solution does not have");
      }
      Path patched = writeTo.resolve(changed);
      write(patched, patch.apply(changed, read(original)));
      byPackagePath.put(Path.of(changed), patched);
    }
    return new Variant(name, List.copyOf(byPackagePath.values()));
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, List<String> lines) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

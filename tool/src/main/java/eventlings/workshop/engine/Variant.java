package eventlings.workshop.engine;

import eventlings.workshop.Repository.Lab;
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

  public static Variant starter(Lab lab) {
    return new Variant("starter", Compilation.javaFilesUnder(lab.starterSources()));
  }

  public static Variant solution(Lab lab) {
    return new Variant("solution", Compilation.javaFilesUnder(lab.solutionSources()));
  }

  /** The solution, with each file of the mistake folder replacing the solution file at the same package path. */
  public static Variant mistake(Lab lab, Path mistakeFolder) {
    Map<Path, Path> byPackagePath = new LinkedHashMap<>();
    for (Path file : Compilation.javaFilesUnder(lab.solutionSources())) {
      byPackagePath.put(lab.solutionSources().relativize(file), file);
    }
    for (Path file : Compilation.javaFilesUnder(mistakeFolder)) {
      byPackagePath.put(mistakeFolder.relativize(file), file);
    }
    return new Variant(mistakeFolder.getFileName().toString(), List.copyOf(byPackagePath.values()));
  }
}

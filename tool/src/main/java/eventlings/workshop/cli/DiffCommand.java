package eventlings.workshop.cli;

import eventlings.checkers.progress.Style;
import eventlings.workshop.Repository.Lab;
import eventlings.workshop.engine.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code ./workshop diff [lab]}: the learner's {@code src/main/java} against the solution's, file by file, as a
 * unified diff: lines starting with {@code -} are the learner's, lines starting with {@code +} the solution's.
 *
 * <p>It shows what the learner did differently, not what the workshop wrote around it: the starter's opening
 * comment, the {@code TODO(step N)} comments and the solution's slide-region markers are left out, and a file
 * whose code is the same on both sides is not listed, whatever its comments say.
 */
final class DiffCommand {

  private static final Pattern NOT_CODE = Pattern.compile("\\s*// (TODO\\(step \\d+\\).*|region \\S+|endregion \\S+)");

  private DiffCommand() {}

  static int run(Lab lab, Console console) {
    console.print(diff(lab, console.style()));
    return 0;
  }

  static String diff(Lab lab, Style style) {
    if (!Files.isDirectory(lab.solutionSources())) {
      throw new Problem("Lab " + lab.name() + " has no solution in solutions/" + lab.name() + " to compare with.");
    }
    String yours = "labs/" + lab.name() + "/src/main/java/";
    String solution = "solutions/" + lab.name() + "/src/main/java/";
    StringBuilder out = new StringBuilder();
    int differing = 0;
    for (String file : filesOfEither(lab.starterSources(), lab.solutionSources())) {
      List<String> theirs = shown(lines(lab.starterSources().resolve(file)));
      List<String> reference = shown(lines(lab.solutionSources().resolve(file)));
      if (code(theirs).equals(code(reference))) {
        continue;
      }
      List<String> hunks = LineDiff.unified(theirs, reference);
      differing++;
      out.append(style.bold("--- " + yours + file)).append('\n');
      out.append(style.bold("+++ " + solution + file)).append('\n');
      hunks.forEach(line -> out.append(coloured(line, style)).append('\n'));
    }
    if (differing == 0) {
      return "Your code in " + yours + " is the same as the solution's.\n";
    }
    return out.append(style.dim(differing + (differing == 1 ? " file differs" : " files differ")
        + ": lines with - are yours, lines with + are the solution's.")).append('\n').toString();
  }

  private static String coloured(String line, Style style) {
    if (line.startsWith("@@")) {
      return style.dim(line);
    }
    if (line.startsWith("-")) {
      return style.red(line);
    }
    return line.startsWith("+") ? style.green(line) : line;
  }

  /** A file as the diff shows it: without the opening comment, TODO comments and region markers. */
  static List<String> shown(List<String> lines) {
    int code = 0;
    while (code < lines.size() && (lines.get(code).isBlank() || lines.get(code).strip().startsWith("//"))) {
      code++;
    }
    return lines.subList(code, lines.size()).stream()
        .filter(line -> !NOT_CODE.matcher(line).matches())
        .toList();
  }

  /** The lines that make the program: no blank lines, no comment-only lines, no trailing blanks. */
  private static List<String> code(List<String> lines) {
    return lines.stream().map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("//") && !line.startsWith("*") && !line.startsWith("/*"))
        .toList();
  }

  /** Paths relative to the source folders, with {@code /} on every system, in order; Java sources only. */
  private static SortedSet<String> filesOfEither(Path... folders) {
    SortedSet<String> files = new TreeSet<>();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.filter(Compilation::isJavaSource)
              .map(file -> folder.relativize(file).toString().replace('\\', '/'))
              .forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }

  /** A file's lines; a file missing on one side compares as empty. */
  private static List<String> lines(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }
}

package eventlings.workshop.contract;

import eventlings.workshop.Repository.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code on slides comes from named regions of the solutions; this finds every such block and compares it with
 * its region, so a slide can never show code the solution no longer has.
 *
 * <p>On a slide: {@code <!-- code: solutions/.../File.java#name -->} right before a fenced block. In the
 * source: the lines between {@code // region name} and {@code // endregion name}.
 *
 * <p>A lab's deck has two parts, split by a {@value #DEBRIEF} line: before it, the idea, taught with code that
 * does not solve the lab (the starter's own API, a file of {@code slides/examples/}, or a file the learner is
 * given); after it, the debrief, which may show the solution.
 */
public final class SlideCode {

  /** The line that ends a deck's part before the lab and starts its debrief. */
  public static final String DEBRIEF = "<!-- debrief -->";
  /** Where code shown before the lab lives when it is neither the starter's nor given, one folder per lab. */
  public static final String EXAMPLES = "slides/examples";

  private static final Pattern REFERENCE = Pattern.compile("<!--\\s*code:\\s*(\\S+?)#(\\S+)\\s*-->");

  private SlideCode() {}

  /**
   * One code block on a slide and where it claims to come from.
   *
   * @param slide the deck
   * @param line the line of the reference in the deck
   * @param source the file, relative to the repository root
   * @param region the region name
   * @param shown the block's lines as the slide shows them
   * @param beforeTheLab true when the block comes before the deck's {@value #DEBRIEF} line
   */
  public record Block(Path slide, int line, String source, String region, List<String> shown, boolean beforeTheLab) {}

  public static List<Block> blocksIn(Path slide) {
    List<String> lines = read(slide);
    int debrief = lines.indexOf(DEBRIEF);
    List<Block> blocks = new ArrayList<>();
    for (int index = 0; index < lines.size(); index++) {
      Matcher reference = REFERENCE.matcher(lines.get(index));
      if (!reference.find()) {
        continue;
      }
      int fence = index + 1;
      List<String> shown = new ArrayList<>();
      if (fence < lines.size() && lines.get(fence).strip().startsWith("```")) {
        for (int body = fence + 1; body < lines.size() && !lines.get(body).strip().startsWith("```"); body++) {
          shown.add(lines.get(body));
        }
      }
      blocks.add(new Block(slide, index + 1, reference.group(1), reference.group(2), shown, debrief < 0 || index < debrief));
    }
    return blocks;
  }

  /** What is wrong with one block, if anything: a missing file or region, or code that differs. */
  public static Optional<String> problemWith(Block block, Path root) {
    String where = root.relativize(block.slide()) + ":" + block.line();
    Path source = root.resolve(block.source());
    if (!Files.isRegularFile(source)) {
      return Optional.of(where + " shows code from " + block.source() + ", which does not exist");
    }
    Optional<List<String>> region = region(read(source), block.region());
    if (region.isEmpty()) {
      return Optional.of(where + " shows region '" + block.region() + "' of " + block.source()
          + ", which has no '// region " + block.region() + "' ... '// endregion " + block.region() + "'");
    }
    List<String> expected = dedent(region.get());
    List<String> shown = dedent(block.shown());
    if (!expected.equals(shown)) {
      return Optional.of(where + " differs from region '" + block.region() + "' of " + block.source()
          + ": copy the region again. First difference: " + firstDifference(expected, shown));
    }
    return Optional.empty();
  }

  /**
   * What in a lab's deck would solve the lab before the learner tries: no debrief line, a Java block before it that
   * comes from no file, or one that shows the solution's code of a file the learner writes.
   *
   * @param labName the lab's folder name, e.g. {@code 01-event-sourcing}
   */
  public static List<String> problemsBeforeTheLab(Path deck, String labName, Path root) {
    List<String> lines = read(deck);
    String shown = root.relativize(deck).toString();
    int debrief = lines.indexOf(DEBRIEF);
    if (debrief < 0) {
      return List.of(shown + " has no '" + DEBRIEF + "' line between the part before the lab and the debrief");
    }
    List<String> problems = new ArrayList<>();
    for (int index = 0; index < debrief; index++) {
      if (!lines.get(index).strip().startsWith("```java")) {
        continue;
      }
      Matcher reference = index > 0 ? REFERENCE.matcher(lines.get(index - 1)) : null;
      if (reference == null || !reference.find()) {
        problems.add(shown + ":" + (index + 1) + " shows Java before the lab that comes from no file: put it in "
            + EXAMPLES + "/" + labName + "/ (compiled against the starter) and reference its region");
        continue;
      }
      String source = reference.group(1);
      boolean fromTheStarter = source.startsWith("labs/" + labName + "/src/main/java/");
      boolean anExample = source.startsWith(EXAMPLES + "/" + labName + "/");
      boolean given = source.startsWith("solutions/" + labName + "/src/main/java/") && isGiven(root, labName, source);
      if (!fromTheStarter && !anExample && !given) {
        problems.add(shown + ":" + index + " shows " + source + " before the lab: that is the answer to a TODO;"
            + " move it after '" + DEBRIEF + "', or teach the idea with code of " + EXAMPLES + "/" + labName + "/");
      }
    }
    return problems;
  }

  /** A solution file the starter hands over as it is: its twin opens with "Nothing to build here". */
  private static boolean isGiven(Path root, String labName, String solutionFile) {
    String packagePath = solutionFile.substring(("solutions/" + labName + "/src/main/java/").length());
    return LabContract.givenByTheStarter(new Lab(labName, root), packagePath);
  }

  static Optional<List<String>> region(List<String> lines, String name) {
    int start = -1;
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index).strip();
      if (line.equals("// region " + name)) {
        start = index + 1;
      } else if (line.equals("// endregion " + name) && start >= 0) {
        return Optional.of(lines.subList(start, index));
      }
    }
    return Optional.empty();
  }

  static List<String> dedent(List<String> lines) {
    int indent = lines.stream().filter(line -> !line.isBlank())
        .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
    return lines.stream().map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing()).toList();
  }

  private static String firstDifference(List<String> expected, List<String> shown) {
    for (int index = 0; index < Math.max(expected.size(), shown.size()); index++) {
      String want = index < expected.size() ? expected.get(index) : "(nothing)";
      String got = index < shown.size() ? shown.get(index) : "(nothing)";
      if (!want.equals(got)) {
        return "line " + (index + 1) + " of the block is \"" + got + "\" but the solution has \"" + want + "\"";
      }
    }
    return "none";
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

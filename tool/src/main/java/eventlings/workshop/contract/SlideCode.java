package eventlings.workshop.contract;

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
 */
public final class SlideCode {

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
   */
  public record Block(Path slide, int line, String source, String region, List<String> shown) {}

  public static List<Block> blocksIn(Path slide) {
    List<String> lines = read(slide);
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
      blocks.add(new Block(slide, index + 1, reference.group(1), reference.group(2), shown));
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

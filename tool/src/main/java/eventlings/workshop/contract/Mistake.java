package eventlings.workshop.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A classic mistake shipped with a lab's solution, as described by its {@code MISTAKE.md}.
 *
 * @param folder the mistake's folder
 * @param summary the first heading: what the mistake is
 * @param rejectedBy the goal sentences that must fail on it
 */
public record Mistake(Path folder, String summary, List<String> rejectedBy) {

  public static final String DESCRIPTION = "MISTAKE.md";

  public static Mistake read(Path folder) {
    Path description = folder.resolve(DESCRIPTION);
    if (!Files.isRegularFile(description)) {
      return new Mistake(folder, "", List.of());
    }
    try {
      List<String> lines = Files.readAllLines(description, StandardCharsets.UTF_8);
      String summary = lines.stream().filter(line -> line.startsWith("# ")).map(line -> line.substring(2).strip())
          .findFirst().orElse("");
      List<String> rejectedBy = lines.stream().map(String::strip)
          .filter(line -> line.startsWith("Rejected by:"))
          .map(line -> line.substring("Rejected by:".length()).strip())
          .toList();
      return new Mistake(folder, summary, rejectedBy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String name() {
    return folder.getFileName().toString();
  }
}

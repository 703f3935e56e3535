package eventlings.checkers.progress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hint ladders of a lab, from its {@code HINTS.md}: one ladder per goal, from a question to code close to the
 * answer. A learner opens the file on purpose, or asks {@code ./workshop hint}, which shows one rung at a time.
 *
 * <pre>{@code
 * ## Appending at a stale version is refused with a concurrency conflict
 *
 * 1. Which version did the second clerk read? Which version is the stream at when they append?
 * 2. Compare `expectedVersion` with the size of that one stream, before adding anything.
 *
 * <details>
 * <summary>3. Close to code</summary>
 *
 * ```java
 * if (current.size() != expectedVersion) { ... }
 * ```
 *
 * </details>
 * }</pre>
 *
 * @param ladders each goal's ladder, by the goal's sentence
 */
public record LabHints(Map<String, Ladder> ladders) {

  /** The file of a lab holding its hints. */
  public static final String FILE = "HINTS.md";

  private static final Pattern RUNG = Pattern.compile("^(\\d+)\\.\\s+(.*)$");
  private static final Pattern SUMMARY = Pattern.compile("^<summary>\\s*(\\d+)\\.\\s*(.*?)\\s*</summary>$");

  /**
   * One goal's hints.
   *
   * @param rungs from the first question to code close to the answer; a rung is plain text, code indented by four
   * @param folded how many of the last rungs sit in a {@code <details>} block, out of sight until opened
   */
  public record Ladder(List<String> rungs, int folded) {
    public Ladder {
      rungs = List.copyOf(rungs);
    }
  }

  public LabHints {
    ladders = Collections.unmodifiableMap(new LinkedHashMap<>(ladders));
  }

  /** The hints in {@code file}; none when the file does not exist. */
  public static LabHints read(Path file) {
    if (!Files.isRegularFile(file)) {
      return new LabHints(Map.of());
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + file, e);
    }
  }

  /** The rungs of one goal's ladder, none when it has no ladder. */
  public List<String> ladderOf(String goal) {
    return Optional.ofNullable(ladders.get(goal)).map(Ladder::rungs).orElse(List.of());
  }

  public static LabHints parse(List<String> lines) {
    Map<String, List<String>> ladders = new LinkedHashMap<>();
    Map<String, Integer> folded = new LinkedHashMap<>();
    String goal = null;
    List<String> rungs = null;
    List<String> rung = null;
    boolean inDetails = false;
    boolean inCode = false;
    int fenceIndent = 0;
    for (String raw : lines) {
      String line = raw.strip();
      if (!inCode && line.startsWith("## ")) {
        finish(rung, rungs);
        rung = null;
        goal = line.substring(3).strip();
        rungs = ladders.computeIfAbsent(goal, name -> new ArrayList<>());
        inDetails = false;
        continue;
      }
      if (rungs == null) {
        continue;
      }
      if (line.startsWith("```")) {
        inCode = !inCode;
        fenceIndent = raw.indexOf('`');
        continue;
      }
      if (inCode) {
        if (rung != null) {
          int indent = Math.min(fenceIndent, raw.length() - raw.stripLeading().length());
          rung.add("    " + raw.substring(indent).stripTrailing());
        }
        continue;
      }
      Matcher summary = SUMMARY.matcher(line);
      Matcher item = RUNG.matcher(line);
      if (line.equals("<details>")) {
        inDetails = true;
      } else if (line.equals("</details>")) {
        finish(rung, rungs);
        rung = null;
        inDetails = false;
      } else if (inDetails && summary.matches()) {
        finish(rung, rungs);
        rung = new ArrayList<>();
        rung.add(summary.group(2).isEmpty() ? "" : summary.group(2) + ":");
        folded.merge(goal, 1, Integer::sum);
      } else if (!inDetails && item.matches() && !raw.startsWith(" ")) {
        finish(rung, rungs);
        rung = new ArrayList<>();
        rung.add(item.group(2).strip());
      } else if (rung != null) {
        rung.add(line);
      }
    }
    finish(rung, rungs);
    Map<String, Ladder> parsed = new LinkedHashMap<>();
    ladders.forEach((name, steps) -> parsed.put(name, new Ladder(steps, folded.getOrDefault(name, 0))));
    return new LabHints(parsed);
  }

  /** A rung's lines joined: paragraphs of text on one line each, code lines as they are. */
  private static void finish(List<String> rung, List<String> rungs) {
    if (rung == null) {
      return;
    }
    List<String> joined = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : rung) {
      if (line.startsWith("    ") || line.isEmpty()) {
        flush(paragraph, joined);
        if (!line.isEmpty()) {
          joined.add(line);
        }
      } else {
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
      }
    }
    flush(paragraph, joined);
    rungs.add(String.join("\n", joined));
  }

  private static void flush(StringBuilder paragraph, List<String> joined) {
    if (!paragraph.isEmpty()) {
      joined.add(paragraph.toString());
      paragraph.setLength(0);
    }
  }
}

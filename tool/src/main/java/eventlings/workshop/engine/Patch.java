package eventlings.workshop.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unified diff, as {@code diff -u} or {@code git diff} writes it, and the code to apply it. A classic mistake
 * is kept as such a diff against the solution, so it shows exactly what goes wrong and nothing else.
 *
 * @param files the changed files by path (as named after {@code +++ b/}), each with its hunks in order
 */
public record Patch(Map<String, List<Hunk>> files) {

  private static final Pattern HUNK = Pattern.compile("^@@ -(\\d+)(,(\\d+))? \\+\\d+(,(\\d+))? @@.*");

  /**
   * One hunk: where it starts in the original, the lines it expects there, and the lines it puts instead.
   *
   * @param start the first line of the original it touches, counted from 1
   * @param before the context and removed lines, as the original has them
   * @param after the context and added lines, as the result has them
   */
  public record Hunk(int start, List<String> before, List<String> after) {}

  public static Patch parse(List<String> lines) {
    Map<String, List<Hunk>> files = new LinkedHashMap<>();
    List<Hunk> hunks = null;
    int index = 0;
    while (index < lines.size()) {
      String line = lines.get(index++);
      Matcher header = HUNK.matcher(line);
      if (line.startsWith("+++ ")) {
        hunks = files.computeIfAbsent(path(line.substring(4)), name -> new ArrayList<>());
      } else if (header.matches() && hunks != null) {
        // The header's counts say where the hunk ends: a removed line may itself start with "--".
        int oldLeft = count(header.group(3));
        int newLeft = count(header.group(5));
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        while ((oldLeft > 0 || newLeft > 0) && index < lines.size()) {
          String body = lines.get(index++);
          char kind = body.isEmpty() ? ' ' : body.charAt(0);
          String text = body.isEmpty() ? "" : body.substring(1);
          if (kind == '\\') {
            continue;
          }
          if (kind == ' ' || kind == '-') {
            before.add(text);
            oldLeft--;
          }
          if (kind == ' ' || kind == '+') {
            after.add(text);
            newLeft--;
          }
        }
        hunks.add(new Hunk(Integer.parseInt(header.group(1)), List.copyOf(before), List.copyOf(after)));
      }
    }
    return new Patch(files);
  }

  private static int count(String group) {
    return group == null ? 1 : Integer.parseInt(group);
  }

  /**
   * The original lines with every hunk of {@code path} applied. A hunk is looked for at its line first, then
   * nearby, as {@code patch} does; when its lines are nowhere, the original changed under the patch.
   *
   * @throws IllegalStateException naming the file and the hunk when the original no longer matches
   */
  public List<String> apply(String path, List<String> original) {
    List<String> result = new ArrayList<>(original);
    int shift = 0;
    for (Hunk hunk : files.getOrDefault(path, List.of())) {
      int expected = Math.max(0, hunk.start() - 1 + shift);
      int at = find(result, hunk.before(), expected);
      if (at < 0) {
        throw new IllegalStateException(path + ": the hunk at line " + hunk.start()
            + " no longer matches the solution; write the mistake again against today's solution");
      }
      result.subList(at, at + hunk.before().size()).clear();
      result.addAll(at, hunk.after());
      shift += hunk.after().size() - hunk.before().size() + (at - expected);
    }
    return result;
  }

  private static int find(List<String> lines, List<String> wanted, int around) {
    for (int distance = 0; distance <= lines.size(); distance++) {
      for (int at : new int[] {around - distance, around + distance}) {
        if (at >= 0 && at + wanted.size() <= lines.size() && lines.subList(at, at + wanted.size()).equals(wanted)) {
          return at;
        }
      }
    }
    return -1;
  }

  /** {@code b/eventlings/lab01/User.java\t2026-...} -> {@code eventlings/lab01/User.java}. */
  private static String path(String named) {
    String path = named.split("\t")[0].strip();
    return path.startsWith("b/") || path.startsWith("a/") ? path.substring(2) : path;
  }
}

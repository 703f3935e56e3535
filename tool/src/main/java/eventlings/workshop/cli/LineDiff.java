package eventlings.workshop.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines two texts share and the lines that differ, in unified diff format ({@code diff -u}).
 *
 * <p>It finds a longest common subsequence of lines by dynamic programming, after setting aside the lines both
 * texts start and end with. That costs time and memory proportional to the product of the two lengths of what
 * remains, which stays small for lab files of a few hundred lines and keeps the code short to read.
 */
final class LineDiff {

  private static final int CONTEXT = 3;

  private LineDiff() {}

  /** What happens to one line on the way from the old text to the new. */
  enum Kind { SAME, REMOVED, ADDED }

  /**
   * One line of the diff.
   *
   * @param oldBefore how many lines of the old text come before this one
   * @param newBefore how many lines of the new text come before this one
   */
  record Edit(Kind kind, String line, int oldBefore, int newBefore) {}

  /** Every line of both texts, in order, each marked same, removed or added. */
  static List<Edit> edits(List<String> oldLines, List<String> newLines) {
    int prefix = 0;
    while (prefix < oldLines.size() && prefix < newLines.size() && oldLines.get(prefix).equals(newLines.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < oldLines.size() - prefix && suffix < newLines.size() - prefix
        && oldLines.get(oldLines.size() - 1 - suffix).equals(newLines.get(newLines.size() - 1 - suffix))) {
      suffix++;
    }
    List<String> a = oldLines.subList(prefix, oldLines.size() - suffix);
    List<String> b = newLines.subList(prefix, newLines.size() - suffix);
    // common[i][j]: the length of a longest common subsequence of a[i..] and b[j..]
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    List<Edit> edits = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      edits.add(new Edit(Kind.SAME, oldLines.get(k), k, k));
    }
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        edits.add(new Edit(Kind.SAME, a.get(i), prefix + i++, prefix + j++));
      } else if (j == b.size() || (i < a.size() && common[i + 1][j] >= common[i][j + 1])) {
        edits.add(new Edit(Kind.REMOVED, a.get(i), prefix + i++, prefix + j));
      } else {
        edits.add(new Edit(Kind.ADDED, b.get(j), prefix + i, prefix + j++));
      }
    }
    for (int k = 0; k < suffix; k++) {
      edits.add(new Edit(Kind.SAME, oldLines.get(prefix + a.size() + k), prefix + a.size() + k, prefix + b.size() + k));
    }
    return edits;
  }

  /**
   * The unified diff of two texts: hunks of changed lines with three lines of context around them, each
   * opened by {@code @@ -start,count +start,count @@}. Empty when the texts are equal.
   */
  static List<String> unified(List<String> oldLines, List<String> newLines) {
    List<Edit> edits = edits(oldLines, newLines);
    List<String> out = new ArrayList<>();
    int next = firstChange(edits, 0);
    while (next < edits.size()) {
      int start = Math.max(0, next - CONTEXT);
      int end = next;
      // Changes closer than two contexts apart share one hunk, as diff -u does.
      for (int change = next; change < edits.size() && change <= end + 2 * CONTEXT + 1;
           change = firstChange(edits, change + 1)) {
        end = change;
      }
      end = Math.min(edits.size(), end + CONTEXT + 1);
      out.add(header(edits.subList(start, end)));
      for (Edit edit : edits.subList(start, end)) {
        out.add(switch (edit.kind()) {
          case SAME -> " ";
          case REMOVED -> "-";
          case ADDED -> "+";
        } + edit.line());
      }
      next = firstChange(edits, end);
    }
    return out;
  }

  private static int firstChange(List<Edit> edits, int from) {
    int index = from;
    while (index < edits.size() && edits.get(index).kind() == Kind.SAME) {
      index++;
    }
    return index;
  }

  private static String header(List<Edit> hunk) {
    int oldCount = (int) hunk.stream().filter(edit -> edit.kind() != Kind.ADDED).count();
    int newCount = (int) hunk.stream().filter(edit -> edit.kind() != Kind.REMOVED).count();
    Edit first = hunk.getFirst();
    // diff -u numbers lines from 1, and an empty side by the line before it.
    int oldStart = oldCount == 0 ? first.oldBefore() : first.oldBefore() + 1;
    int newStart = newCount == 0 ? first.newBefore() : first.newBefore() + 1;
    return "@@ -" + oldStart + "," + oldCount + " +" + newStart + "," + newCount + " @@";
  }
}

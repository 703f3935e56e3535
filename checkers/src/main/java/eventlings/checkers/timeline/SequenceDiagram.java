package eventlings.checkers.timeline;

import eventlings.checkers.timeline.Line.Arrow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A timeline as a Mermaid sequence diagram, which GitHub and IDE Markdown previews draw: clients and topics as
 * participants, sends, receptions and commits as arrows, everything else and every remark as notes.
 */
final class SequenceDiagram {

  /** Beyond this many lines a diagram is no longer read: the list of lines is. */
  static final int MOST_LINES = 80;

  private SequenceDiagram() {}

  static String of(List<Line> lines) {
    Map<String, String> participants = new LinkedHashMap<>();
    StringBuilder steps = new StringBuilder();
    for (Line line : lines.subList(0, Math.min(lines.size(), MOST_LINES))) {
      if (line.arrow().isPresent()) {
        Arrow arrow = line.arrow().get();
        steps.append("  ").append(alias(participants, arrow.from())).append(arrow.dashed() ? "-->>" : "->>")
            .append(alias(participants, arrow.to())).append(": ").append(safe(arrow.label())).append('\n');
      } else {
        steps.append("  Note over ").append(alias(participants, line.actor())).append(": ").append(safe(line.text()))
            .append('\n');
      }
      if (!line.remark().isEmpty()) {
        steps.append("  Note right of ").append(alias(participants, line.actor())).append(": ").append(safe(line.remark()))
            .append('\n');
      }
    }
    StringBuilder diagram = new StringBuilder("sequenceDiagram\n");
    participants.forEach((name, alias) ->
        diagram.append("  participant ").append(alias).append(" as ").append(safe(name)).append('\n'));
    diagram.append(steps);
    if (lines.size() > MOST_LINES) {
      diagram.append("  Note over ").append(participants.values().iterator().next())
          .append(": and ").append(lines.size() - MOST_LINES).append(" more lines, listed above\n");
    }
    return diagram.toString();
  }

  /** Participant names hold dashes and dots, which Mermaid would read as arrows: each gets a plain alias. */
  private static String alias(Map<String, String> participants, String name) {
    return participants.computeIfAbsent(name, key -> "P" + (participants.size() + 1));
  }

  /** Mermaid ends a statement at {@code ;} and reads {@code #} and angle brackets as markup. */
  static String safe(String text) {
    return text.replace("->", "\u2192").replace(';', ',').replace("#", "no. ").replace('<', '\u2039').replace('>', '\u203a')
        .replace('\n', ' ');
  }
}

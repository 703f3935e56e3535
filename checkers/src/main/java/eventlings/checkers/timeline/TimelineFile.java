package eventlings.checkers.timeline;

import eventlings.checkers.timeline.BrokerView.StoredRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The whole timeline of a failed goal as a Markdown file of the lab,
 * {@code target/eventlings/timelines/<class>-<method>.md}: the numbered lines, the sequence diagram, and what the
 * broker held.
 */
final class TimelineFile {

  private static final int LONGEST_CELL = 200;

  private TimelineFile() {}

  /** The lab folder: where the build and {@code ./workshop} say it is, else the working directory (an IDE). */
  static Path labDir() {
    return Path.of(System.getProperty("eventlings.lab.dir", "")).toAbsolutePath().normalize();
  }

  static Path pathFor(Class<?> testClass, String method) {
    return labDir().resolve("target/eventlings/timelines").resolve(testClass.getSimpleName() + "-" + method + ".md");
  }

  /** {@code file} as the learner would type it from where they ran the goals, or whole when it lies elsewhere. */
  static Path shown(Path file) {
    Path here = Path.of("").toAbsolutePath().normalize();
    return file.startsWith(here) && !file.equals(here) ? here.relativize(file) : file;
  }

  /**
   * @param goal the goal's display name
   * @param failure what the board says under {@code why}, before the timeline
   */
  static Path write(Path file, String title, String goal, String failure, Story story, Optional<BrokerView> broker) {
    StringBuilder text = new StringBuilder()
        .append("# Timeline of ").append(title).append("\n\n")
        .append("Goal: ").append(goal).append("\n\n")
        .append("Why it failed:\n\n```\n").append(failure).append("\n```\n\n")
        .append("Times are this machine's clock. ")
        .append(story.focus().map(index -> "The first line that stands out is line " + (index + 1) + ".")
            .orElse("No line stands out: look at the end, where things stopped."))
        .append("\n\n## Messages\n\n```\n");
    story.numbered().forEach(line -> text.append(line).append('\n'));
    text.append("```\n");
    story.gaps().forEach(gap -> text.append("\n(").append(gap).append(")\n"));
    text.append("\n## Sequence diagram\n\n```mermaid\n").append(SequenceDiagram.of(story.lines())).append("```\n");
    broker.ifPresent(view -> appendBroker(text, view));
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the timeline to " + file, e);
    }
  }

  private static void appendBroker(StringBuilder text, BrokerView broker) {
    text.append("\n## On the broker when the goal failed\n\n");
    if (broker.records().isEmpty()) {
      text.append("No record on the goal's topics since it began.\n");
    } else {
      text.append("| topic | partition | offset | stored at | key | headers | value |\n|---|---|---|---|---|---|---|\n");
      for (StoredRecord record : broker.records()) {
        text.append("| ").append(cell(record.place().topic()))
            .append(" | ").append(record.place().partition())
            .append(" | ").append(record.place().offset())
            .append(" | ").append(Story.TIME.format(record.timestamp()))
            .append(" | ").append(cell(String.valueOf(record.key())))
            .append(" | ").append(cell(String.join(", ", record.headers())))
            .append(" | ").append(cell(String.valueOf(record.value())))
            .append(" |\n");
      }
    }
    if (!broker.committed().isEmpty()) {
      text.append("\n| consumer group | topic | partition | committed offset | end |\n|---|---|---|---|---|\n");
      broker.committed().forEach((group, offsets) -> offsets.forEach((partition, offset) -> text
          .append("| ").append(cell(group))
          .append(" | ").append(cell(partition.topic()))
          .append(" | ").append(partition.partition())
          .append(" | ").append(offset)
          .append(" | ").append(Optional.ofNullable(broker.ends().get(partition)).map(String::valueOf).orElse("?"))
          .append(" |\n")));
    }
  }

  private static String cell(String text) {
    return Texts.shortened(text.replace("|", "\\|").replace('\n', ' '), LONGEST_CELL);
  }
}

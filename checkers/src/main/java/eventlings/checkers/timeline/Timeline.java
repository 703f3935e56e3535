package eventlings.checkers.timeline;

import eventlings.checkers.progress.BoardNote;
import eventlings.checkers.progress.FailureReading;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The message timeline of a test class: what its Kafka clients did and what its traced tables went through, told
 * for a goal when it fails. {@code Kafka} and {@code Postgres} follow their test class's timeline; a
 * {@link TimelineExtension}, which {@code @WithKafka} and {@code @WithPostgres} register, tells it.
 *
 * <p>Switched off by the JUnit configuration parameter (or system property) {@code eventlings.timeline=off}: the
 * clients then get no interceptors and tables no triggers.
 */
public final class Timeline {

  /** The configuration parameter that switches timelines off with the value {@code off}. */
  public static final String SWITCH = "eventlings.timeline";

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Timeline.class);

  private final boolean on;
  private volatile Instant goalStart = Instant.now();
  private volatile KafkaTrail kafka;
  private volatile TableTrace tables;

  private Timeline(boolean on) {
    this.on = on;
  }

  /** The timeline of the test class {@code context} belongs to, made with the class. */
  public static Timeline of(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    boolean on = !context.getConfigurationParameter(SWITCH).map("off"::equalsIgnoreCase).orElse(false);
    return classContext.getStore(NAMESPACE).computeIfAbsent(Timeline.class, key -> new Timeline(on), Timeline.class);
  }

  /** A trail for the class's Kafka clients on the cluster at {@code bootstrapServers}. */
  public KafkaTrail followKafka(String bootstrapServers, Runnable ensureBrokerRunning) {
    KafkaTrail trail = on ? KafkaTrail.open(bootstrapServers, ensureBrokerRunning) : KafkaTrail.off();
    kafka = trail;
    return trail;
  }

  /** A trace for the class's tables in {@code schema}. */
  public TableTrace followTables(DataSource dataSource, String schema) {
    TableTrace trace = on ? TableTrace.of(dataSource, schema) : TableTrace.off();
    tables = trace;
    return trace;
  }

  /** A goal ended: the next one's timeline starts now, and what happened before is forgotten. */
  void goalEnded() {
    goalStart = Instant.now();
    if (kafka != null) {
      kafka.forgetBefore(goalStart);
    }
  }

  /**
   * The note for the board of the goal {@code context} runs, which failed with {@code failure}, after saving the
   * whole timeline to a file; empty when nothing was recorded.
   */
  Optional<BoardNote> noteFor(ExtensionContext context, Throwable failure) {
    if (!on || (kafka == null && tables == null)) {
      return Optional.empty();
    }
    // A goal cut by its time limit arrives interrupted, and an interrupted thread cannot read the broker.
    boolean interrupted = Thread.interrupted();
    try {
      List<Line> lines = new ArrayList<>();
      List<String> gaps = new ArrayList<>();
      Optional<KafkaTrail.KafkaFacts> kafkaFacts = Optional.ofNullable(kafka).map(trail -> trail.since(goalStart));
      kafkaFacts.ifPresent(facts -> {
        lines.addAll(KafkaChapter.lines(facts, failure));
        gaps.addAll(KafkaChapter.gaps(facts));
      });
      if (tables != null) {
        lines.addAll(tables.linesSince(goalStart));
      }
      Story story = new Story(lines, gaps);
      if (story.isEmpty()) {
        return Optional.empty();
      }
      String method = context.getTestMethod().map(Method::getName).orElse("setup");
      Path file = TimelineFile.pathFor(context.getRequiredTestClass(), method);
      try {
        TimelineFile.write(file, context.getRequiredTestClass().getSimpleName() + "." + method, context.getDisplayName(),
            FailureReading.detailOf(failure), story, kafkaFacts.map(KafkaTrail.KafkaFacts::broker));
        return Optional.of(new BoardNote(story.board(), Optional.of(TimelineFile.shown(file))));
      } catch (UncheckedIOException e) {
        List<String> board = new ArrayList<>(story.board());
        board.add("(the whole timeline could not be saved: " + e.getCause().getMessage() + ")");
        return Optional.of(new BoardNote(board, Optional.empty()));
      }
    } catch (RuntimeException e) {
      // The goal's own failure matters more than its timeline: say why there is none, and let the failure through.
      return Optional.of(new BoardNote(List.of("(no timeline: " + Texts.thrown(e) + ")"), Optional.empty()));
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }
}

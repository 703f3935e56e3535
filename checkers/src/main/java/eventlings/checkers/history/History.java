package eventlings.checkers.history;

import eventlings.checkers.history.Anomaly.AppliedTwice;
import eventlings.checkers.history.Anomaly.Gap;
import eventlings.checkers.history.Anomaly.Kind;
import eventlings.checkers.history.Anomaly.Lost;
import eventlings.checkers.history.Anomaly.NeverSent;
import eventlings.checkers.history.Anomaly.OutOfOrder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What was sent and what was applied, checked for the anomalies of at-least-once messaging, as Jepsen's Kafka
 * checker does: messages lost (acknowledged, never applied), effects applied twice, messages applied out of order
 * for their key, messages applied over a gap in their key, and messages applied that nobody sent.
 *
 * <pre>{@code
 * List<Message> sent = acknowledged.stream()
 *     .map(record -> Message.of(record.key(), eventId(record), version(record))).toList();
 * List<Message> applied = jdbc.query("SELECT order_id, event_id, version FROM charges ORDER BY seq", ...);
 *
 * History.of(sent).against(applied).assertNothingLostNothingTwiceInOrderPerKey();
 * }</pre>
 *
 * A failed assertion names the first message at fault (the earliest in the order sent), counts each kind of
 * anomaly, and shows that message's key as sent and as applied, the smallest example of what went wrong:
 *
 * <pre>
 * Expected nothing lost, nothing twice, in order per key, but 10 sent and 10 applied show 3 anomalies.
 * First at fault: order-7 #2 was sent 3rd and never applied
 *   lost (sent, never applied): order-7 #2
 *   applied more than once: order-42 #3
 *   applied over a gap: order-7 #3
 * order-7 as sent:    #1 #2 #3
 * order-7 as applied: #1 #3
 * </pre>
 *
 * Sent messages may repeat (a relay that sends again after a crash): a message counts as sent once, at its first
 * sending. Applied messages are in the order their effects happened.
 */
public final class History {

  private static final int EXAMPLES_PER_KIND = 3;
  private static final int SEQUENCE_WINDOW = 12;

  private final List<Message> sent;
  private final List<Message> applied;

  private History(List<Message> sent, List<Message> applied) {
    this.sent = List.copyOf(sent);
    this.applied = List.copyOf(applied);
  }

  /** The messages the broker acknowledged, in the order they were sent. */
  public static History of(List<Message> sent) {
    return new History(sent, List.of());
  }

  /** This history with the messages whose effects were applied, in the order they were applied. */
  public History against(List<Message> applied) {
    return new History(sent, applied);
  }

  /** Every anomaly found, the first message at fault first (in the order sent; never-sent ones last). */
  public List<Anomaly> anomalies() {
    return new Analysis().anomalies();
  }

  /** The anomaly about the first message at fault, if any. */
  public Optional<Anomaly> firstAtFault() {
    return anomalies().stream().findFirst();
  }

  /** Fails unless every message sent was applied at least once. */
  public void assertNothingLost() {
    assertNone("nothing lost", EnumSet.of(Kind.LOST));
  }

  /** Fails if any message was applied more than once. */
  public void assertNothingTwice() {
    assertNone("nothing twice", EnumSet.of(Kind.APPLIED_TWICE));
  }

  /** Fails if any message was applied after a later message of its key (by sequence). */
  public void assertInOrderPerKey() {
    assertNone("in order per key", EnumSet.of(Kind.OUT_OF_ORDER));
  }

  /** Fails if any message was applied while an earlier message of its key was never applied. */
  public void assertNoGaps() {
    assertNone("no gaps", EnumSet.of(Kind.GAP));
  }

  /**
   * Fails on any anomaly: every message sent applied exactly once, each key's messages in order and without gaps,
   * and nothing applied that was not sent.
   */
  public void assertNothingLostNothingTwiceInOrderPerKey() {
    assertNone("nothing lost, nothing twice, in order per key", EnumSet.allOf(Kind.class));
  }

  private void assertNone(String expectation, Set<Kind> kinds) {
    List<Anomaly> found = anomalies().stream().filter(anomaly -> kinds.contains(anomaly.kind())).toList();
    if (!found.isEmpty()) {
      throw new AssertionError(report(expectation, found));
    }
  }

  private String report(String expectation, List<Anomaly> found) {
    StringBuilder text = new StringBuilder()
        .append("Expected ").append(expectation).append(", but ")
        .append(sent.size()).append(" sent and ").append(applied.size()).append(" applied show ")
        .append(found.size()).append(found.size() == 1 ? " anomaly." : " anomalies.")
        .append("\nFirst at fault: ").append(found.getFirst().describe());
    Map<Kind, List<Anomaly>> byKind = found.stream()
        .collect(Collectors.groupingBy(Anomaly::kind, () -> new EnumMap<>(Kind.class), Collectors.toList()));
    byKind.forEach((kind, anomalies) -> {
      text.append("\n  ").append(kind.heading()).append(": ").append(anomalies.stream().limit(EXAMPLES_PER_KIND)
          .map(anomaly -> anomaly.message().toString()).collect(Collectors.joining(", ")));
      if (anomalies.size() > EXAMPLES_PER_KIND) {
        text.append(" and ").append(anomalies.size() - EXAMPLES_PER_KIND).append(" more");
      }
    });
    Message atFault = found.getFirst().message();
    String key = atFault.key();
    text.append('\n').append(key).append(" as sent:    ").append(sequences(sent, key, atFault.sequence()))
        .append('\n').append(key).append(" as applied: ").append(sequences(applied, key, atFault.sequence()));
    return text.toString();
  }

  /** The sequences of {@code key}'s messages, a dozen around the first at or after {@code around}. */
  private static String sequences(List<Message> messages, String key, long around) {
    List<Long> ofKey = messages.stream().filter(message -> message.key().equals(key)).map(Message::sequence).toList();
    if (ofKey.isEmpty()) {
      return "none";
    }
    int centre = 0;
    while (centre < ofKey.size() - 1 && ofKey.get(centre) < around) {
      centre++;
    }
    int from = Math.max(0, Math.min(centre - SEQUENCE_WINDOW / 2, ofKey.size() - SEQUENCE_WINDOW));
    int to = Math.min(ofKey.size(), from + SEQUENCE_WINDOW);
    return (from > 0 ? "... " : "")
        + ofKey.subList(from, to).stream().map(sequence -> "#" + sequence).collect(Collectors.joining(" "))
        + (to < ofKey.size() ? " ..." : "");
  }

  /** One pass over the history; positions count from 1. */
  private final class Analysis {

    private final Map<String, Integer> sentAt = new HashMap<>();
    private final Map<String, List<Integer>> appliedAt = new LinkedHashMap<>();
    private final List<Anomaly> found = new ArrayList<>();

    List<Anomaly> anomalies() {
      for (int index = 0; index < sent.size(); index++) {
        sentAt.putIfAbsent(sent.get(index).id(), index + 1);
      }
      for (int index = 0; index < applied.size(); index++) {
        appliedAt.computeIfAbsent(applied.get(index).id(), id -> new ArrayList<>()).add(index + 1);
      }
      findLost();
      findAppliedTwice();
      findOrderAndGaps();
      found.sort(Comparator.comparingInt(this::rank).thenComparing(Anomaly::kind));
      return List.copyOf(found);
    }

    private void findLost() {
      Set<String> seen = new HashSet<>();
      for (Message message : sent) {
        if (seen.add(message.id()) && !appliedAt.containsKey(message.id())) {
          found.add(new Lost(message, sentAt.get(message.id())));
        }
      }
    }

    private void findAppliedTwice() {
      appliedAt.forEach((id, positions) -> {
        if (positions.size() > 1) {
          found.add(new AppliedTwice(applied.get(positions.getFirst() - 1), List.copyOf(positions)));
        }
      });
    }

    /** First applications only: a repeat is reported as applied twice, not also as out of order. */
    private void findOrderAndGaps() {
      Map<String, TreeMap<Long, Message>> sentByKey = new HashMap<>();
      for (Message message : sent) {
        sentByKey.computeIfAbsent(message.key(), key -> new TreeMap<>()).putIfAbsent(message.sequence(), message);
      }
      Map<String, Integer> highestByKey = new HashMap<>();
      Set<String> appliedSoFar = new HashSet<>();
      Set<String> skippedSoFar = new HashSet<>();
      for (int index = 0; index < applied.size(); index++) {
        Message message = applied.get(index);
        int position = index + 1;
        if (!appliedSoFar.add(message.id())) {
          continue;
        }
        if (!sentAt.containsKey(message.id())) {
          found.add(new NeverSent(message, position));
        }
        Integer highest = highestByKey.get(message.key());
        if (highest != null && applied.get(highest - 1).sequence() > message.sequence()) {
          found.add(new OutOfOrder(message, position, applied.get(highest - 1), highest));
        } else {
          highestByKey.put(message.key(), position);
        }
        List<Message> skipped = sentByKey.getOrDefault(message.key(), new TreeMap<>())
            .headMap(message.sequence()).values().stream()
            .filter(earlier -> !appliedAt.containsKey(earlier.id()) && skippedSoFar.add(earlier.id()))
            .toList();
        if (!skipped.isEmpty()) {
          found.add(new Gap(message, position, skipped));
        }
      }
    }

    /** Where an anomaly stands in the order sent; what was never sent comes after everything that was. */
    private int rank(Anomaly anomaly) {
      return switch (anomaly) {
        case Lost lost -> lost.sent();
        case AppliedTwice twice -> sentOrAfter(twice.message(), twice.applied().getFirst());
        case OutOfOrder late -> sentOrAfter(late.message(), late.applied());
        case Gap gap -> sentAt.get(gap.skipped().getFirst().id());
        case NeverSent stranger -> sent.size() + stranger.applied();
      };
    }

    private int sentOrAfter(Message message, int appliedPosition) {
      return sentAt.getOrDefault(message.id(), sent.size() + appliedPosition);
    }
  }
}

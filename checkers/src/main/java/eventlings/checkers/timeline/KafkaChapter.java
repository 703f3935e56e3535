package eventlings.checkers.timeline;

import eventlings.checkers.timeline.BrokerView.StoredRecord;
import eventlings.checkers.timeline.ClientMoment.Committed;
import eventlings.checkers.timeline.ClientMoment.Delivery;
import eventlings.checkers.timeline.ClientMoment.Received;
import eventlings.checkers.timeline.ClientMoment.SendFailed;
import eventlings.checkers.timeline.ClientMoment.Sent;
import eventlings.checkers.timeline.KafkaTrail.KafkaFacts;
import eventlings.checkers.timeline.Line.Arrow;
import eventlings.checkers.timeline.Line.Mark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.common.TopicPartition;

/**
 * The Kafka lines of a failed goal's timeline: what the kit's clients did, merged with what the broker holds, with
 * the surprises marked:
 *
 * <ul>
 *   <li>a send that failed;
 *   <li>a handler that threw: the last batch a consumer received before an exception the goal's failure carries was
 *       thrown under the method that polled it;
 *   <li>an offset committed past that batch before the handler threw: committed before the effect;
 *   <li>an offset committed past records the group never received;
 *   <li>records a group that reads the partition never received.
 * </ul>
 *
 * and the repeats, which at-least-once delivery allows but effects must survive: a record stored with the key and
 * value of an earlier one (unless the test itself sent both), and a record a group received again.
 */
final class KafkaChapter {

  /** The name the kit's own producer ({@code Kafka.send}) goes by: what a test sends on purpose is no surprise. */
  static final String TEST = "test";
  private static final String OTHER_PRODUCER = "other producer";
  private static final String POLL = "org.apache.kafka.clients.consumer.KafkaConsumer.poll";

  private final KafkaFacts facts;
  private final Map<Place, StoredRecord> stored = new HashMap<>();
  private final Map<Place, Long> copyOf = new HashMap<>();
  private final Map<String, Map<PartitionKey, Set<Long>>> receivedByGroup = new HashMap<>();
  private final Optional<HandlerFailure> handlerFailure;
  private final List<Line> lines = new ArrayList<>();

  private KafkaChapter(KafkaFacts facts, Throwable failure) {
    this.facts = facts;
    this.handlerFailure = handlerFailure(facts.moments(), failure);
    findCopies();
  }

  /** The lines, in the order their moments were recorded, the groups' positions last. */
  static List<Line> lines(KafkaFacts facts, Throwable failure) {
    KafkaChapter chapter = new KafkaChapter(facts, failure);
    chapter.tell();
    return chapter.lines;
  }

  /** What kept the chapter from being whole, such as a broker that could not be read. */
  static List<String> gaps(KafkaFacts facts) {
    List<String> gaps = new ArrayList<>();
    facts.broker().problem().ifPresent(gaps::add);
    if (facts.dropped() > 0) {
      gaps.add(facts.dropped() + " more records sent, received or committed were not kept (a goal keeps 20000)");
    }
    return gaps;
  }

  /** A topic partition by name, as both the clients and the broker view say it. */
  private record PartitionKey(String topic, int partition) {
    static PartitionKey of(Place place) {
      return new PartitionKey(place.topic(), place.partition());
    }

    @Override
    public String toString() {
      return topic + " p" + partition;
    }
  }

  /** The exception that ended a consumer's handling of {@code batch}; {@code inPoll} when poll itself threw it. */
  private record HandlerFailure(Received batch, Throwable thrown, boolean inPoll) {}

  private void findCopies() {
    Map<List<Object>, Long> first = new HashMap<>();
    for (StoredRecord record : facts.broker().records()) {
      stored.put(record.place(), record);
      List<Object> content = List.of(record.place().topic(), record.place().partition(),
          Objects.toString(record.key()), Objects.toString(record.value()), record.headers());
      Long earlier = first.putIfAbsent(content, record.place().offset());
      if (earlier != null) {
        copyOf.put(record.place(), earlier);
      }
    }
  }

  private void tell() {
    Set<Place> sentByClients = new HashSet<>();
    for (ClientMoment moment : inTellingOrder(facts.moments())) {
      switch (moment) {
        case Sent sent -> {
          sentByClients.add(sent.place());
          tellSent(sent);
        }
        case SendFailed failed -> lines.add(new Line(failed.at(), failed.actor(), "send to " + failed.topic() + " failed",
            Optional.of(new Arrow(failed.actor(), failed.topic(), "send failed", false)))
            .marked(Mark.SURPRISE, "-> " + failed.error()));
        case Received received -> tellReceived(received);
        case Committed committed -> tellCommitted(committed);
      }
    }
    facts.broker().records().stream()
        .filter(record -> !sentByClients.contains(record.place()))
        .forEach(this::tellStoredByOther);
    tellPositions();
  }

  /**
   * The moments in the order they are told: a consumer may see a record a moment before its producer sees the
   * broker's acknowledgement, and a record is never told received before it is told sent, so such a send is told
   * at the first reception of its record.
   */
  private static List<ClientMoment> inTellingOrder(List<ClientMoment> moments) {
    Map<Place, Instant> firstReceived = new HashMap<>();
    for (ClientMoment moment : moments) {
      if (moment instanceof Received received) {
        received.records().forEach(delivery -> firstReceived.merge(delivery.place(), received.at(),
            (earlier, later) -> earlier.isBefore(later) ? earlier : later));
      }
    }
    List<ClientMoment> told = new ArrayList<>();
    for (ClientMoment moment : moments) {
      Instant received = moment instanceof Sent sent ? firstReceived.get(sent.place()) : null;
      told.add(received != null && received.isBefore(moment.at())
          ? new Sent(moment.order(), received, moment.actor(), ((Sent) moment).place()) : moment);
    }
    // Sends first among moments of the same instant: the record must be out before it comes in.
    told.sort(Comparator.comparing(ClientMoment::at).thenComparing(moment -> !(moment instanceof Sent))
        .thenComparingLong(ClientMoment::order));
    return told;
  }

  private void tellSent(Sent sent) {
    StoredRecord record = stored.get(sent.place());
    String what = record == null ? "" : " " + Texts.keyAndValue(record.key(), record.value());
    Line line = new Line(sent.at(), sent.actor(), "sent " + sent.place() + what,
        Optional.of(new Arrow(sent.actor(), sent.place().topic(), where(sent.place()) + what, false)));
    lines.add(copyRemark(line, sent.place(), !sent.actor().equals(TEST)));
  }

  private void tellStoredByOther(StoredRecord record) {
    String what = " " + Texts.keyAndValue(record.key(), record.value());
    Line line = new Line(record.timestamp(), "broker", "stored " + record.place() + what,
        Optional.of(new Arrow(OTHER_PRODUCER, record.place().topic(), where(record.place()) + what, false)));
    lines.add(copyRemark(line, record.place(), true));
  }

  /** {@code p0 @5}: a place within its topic, as an arrow to or from the topic says it. */
  private static String where(Place place) {
    return "p" + place.partition() + " @" + place.offset();
  }

  private Line copyRemark(Line line, Place place, boolean counts) {
    Long original = copyOf.get(place);
    return original == null || !counts ? line : line.marked(Mark.REPEAT, "(same key and value as @" + original + ")");
  }

  private void tellReceived(Received received) {
    Map<PartitionKey, Set<Long>> ofGroup = receivedByGroup.computeIfAbsent(received.group(), group -> new HashMap<>());
    List<Delivery> records = received.records();
    for (int index = 0; index < records.size(); index++) {
      Delivery delivery = records.get(index);
      Place place = delivery.place();
      Line line = new Line(received.at(), received.actor(),
          "received " + place + " " + Texts.keyAndValue(delivery.key(), delivery.value()),
          Optional.of(new Arrow(place.topic(), received.actor(), where(place), false)));
      if (!ofGroup.computeIfAbsent(PartitionKey.of(place), key -> new TreeSet<>()).add(place.offset())) {
        line = line.marked(Mark.REPEAT, "(again)");
      }
      boolean lastOfFailedBatch = index == records.size() - 1
          && handlerFailure.map(failure -> failure.batch() == received).orElse(false);
      if (lastOfFailedBatch) {
        line = line.marked(Mark.SURPRISE, handlerRemark(handlerFailure.get()));
      }
      lines.add(line);
    }
  }

  private static String handlerRemark(HandlerFailure failure) {
    if (failure.inPoll()) {
      return "-> the next poll threw " + Texts.thrown(failure.thrown());
    }
    List<Delivery> batch = failure.batch().records();
    String whose = batch.size() == 1 ? "handler"
        : "handler of " + Texts.offsets(batch.stream().map(delivery -> delivery.place().offset()).toList());
    return "-> " + whose + " threw " + Texts.thrown(failure.thrown());
  }

  private void tellCommitted(Committed committed) {
    String offsets = committed.offsets().entrySet().stream()
        .map(entry -> "offset " + entry.getValue() + " on " + entry.getKey().topic() + " p" + entry.getKey().partition())
        .collect(Collectors.joining(", "));
    String label = committed.offsets().values().stream().map(String::valueOf)
        .collect(Collectors.joining(", ", "commit ", ""));
    String towards = committed.offsets().keySet().iterator().next().topic();
    Line line = new Line(committed.at(), committed.actor(), "committed " + offsets,
        Optional.of(new Arrow(committed.actor(), towards, label, true)));
    if (committedBeforeTheEffect(committed)) {
      line = line.marked(Mark.SURPRISE, "(before the effect!)");
    }
    Map<PartitionKey, Set<Long>> ofGroup = receivedByGroup.getOrDefault(committed.group(), Map.of());
    for (var entry : committed.offsets().entrySet()) {
      PartitionKey partition = new PartitionKey(entry.getKey().topic(), entry.getKey().partition());
      List<Long> skipped = skippedBelow(partition, entry.getValue(), ofGroup.getOrDefault(partition, Set.of()));
      if (!skipped.isEmpty()) {
        line = line.marked(Mark.SURPRISE, "(skips " + Texts.offsets(skipped) + ", not received)");
      }
    }
    lines.add(line);
  }

  /** The consumer committed past the whole batch its handler then threw on: some effect cannot have happened. */
  private boolean committedBeforeTheEffect(Committed committed) {
    if (handlerFailure.isEmpty() || handlerFailure.get().inPoll()) {
      return false;
    }
    Received batch = handlerFailure.get().batch();
    if (batch.client() != committed.client() || committed.order() < batch.order()) {
      return false;
    }
    return committed.offsets().entrySet().stream().anyMatch(entry -> batch.records().stream()
        .filter(delivery -> delivery.place().topicPartition().equals(entry.getKey()))
        .mapToLong(delivery -> delivery.place().offset())
        .max().stream().anyMatch(last -> entry.getValue() > last));
  }

  /** Stored records between the first the group received and {@code offset} that it never received. */
  private List<Long> skippedBelow(PartitionKey partition, long offset, Set<Long> received) {
    if (received.isEmpty()) {
      return List.of();
    }
    long first = received.stream().min(Long::compare).orElseThrow();
    return storedOffsets(partition).stream()
        .filter(stored -> stored >= first && stored < offset && !received.contains(stored))
        .toList();
  }

  private List<Long> storedOffsets(PartitionKey partition) {
    return stored.keySet().stream()
        .filter(place -> PartitionKey.of(place).equals(partition))
        .map(Place::offset)
        .sorted()
        .toList();
  }

  /** Where each group stands on each partition the goal used, read from the broker when the goal failed. */
  private void tellPositions() {
    Map<String, Map<PartitionKey, Long>> positions = new LinkedHashMap<>();
    facts.broker().committed().forEach((group, offsets) -> offsets.forEach((partition, offset) ->
        positions.computeIfAbsent(group, g -> new LinkedHashMap<>())
            .put(new PartitionKey(partition.topic(), partition.partition()), offset)));
    // A group that received records but never committed has no position on the broker: it is shown all the same.
    receivedByGroup.forEach((group, partitions) -> partitions.keySet().forEach(partition ->
        positions.computeIfAbsent(group, g -> new LinkedHashMap<>()).putIfAbsent(partition, null)));
    positions.forEach((group, ofGroup) -> ofGroup.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<PartitionKey, Long> entry) -> entry.getKey().topic())
            .thenComparing(entry -> entry.getKey().partition()))
        .forEach(entry -> tellPosition(group, entry.getKey(), Optional.ofNullable(entry.getValue()))));
  }

  private void tellPosition(String group, PartitionKey partition, Optional<Long> committed) {
    Set<Long> received = receivedByGroup.getOrDefault(group, Map.of()).getOrDefault(partition, Set.of());
    List<Long> storedHere = storedOffsets(partition);
    if (storedHere.isEmpty() && received.isEmpty()) {
      return; // a partition this goal did not use
    }
    Long end = facts.broker().ends().get(new TopicPartition(partition.topic(), partition.partition()));
    String text = "position on " + partition + ": "
        + committed.map(offset -> "committed offset " + offset).orElse("nothing committed")
        + (end == null ? "" : ", end " + end);
    List<Long> pending = storedHere.stream().filter(offset -> offset >= committed.orElse(0L)).toList();
    Line line = new Line(facts.broker().readAt(), group, text, Optional.empty());
    if (!pending.isEmpty() && received.isEmpty()) {
      line = line.marked(Mark.NONE, "(not committed: " + Texts.offsets(pending) + ")");
    } else if (!pending.isEmpty()) {
      List<Long> receivedOnly = pending.stream().filter(received::contains).toList();
      List<Long> never = pending.stream().filter(offset -> !received.contains(offset)).toList();
      if (!receivedOnly.isEmpty()) {
        line = line.marked(Mark.NONE, "(received, not committed: " + Texts.offsets(receivedOnly) + ")");
      }
      if (!never.isEmpty()) {
        line = line.marked(Mark.SURPRISE, "(never received: " + Texts.offsets(never) + ")");
      }
    }
    lines.add(line);
  }

  /**
   * The consumer whose handling an exception of the goal's failure ended: the latest last batch of a consumer whose
   * polling method is on that exception's stack.
   */
  private static Optional<HandlerFailure> handlerFailure(List<ClientMoment> moments, Throwable failure) {
    Map<Integer, Received> lastByClient = new HashMap<>();
    for (ClientMoment moment : moments) {
      if (moment instanceof Received received) {
        lastByClient.put(received.client(), received);
      }
    }
    List<Received> latestFirst = lastByClient.values().stream()
        .sorted(Comparator.comparingLong(Received::order).reversed()).toList();
    List<Throwable> thrown = Texts.involved(failure);
    for (Received batch : latestFirst) {
      if (batch.poller().isEmpty()) {
        continue;
      }
      for (Throwable throwable : thrown) {
        List<String> frames = Arrays.stream(throwable.getStackTrace())
            .map(frame -> frame.getClassName() + "." + frame.getMethodName()).toList();
        int poller = frames.indexOf(batch.poller().get());
        if (poller >= 0) {
          return Optional.of(new HandlerFailure(batch, throwable, frames.subList(0, poller).contains(POLL)));
        }
      }
    }
    return Optional.empty();
  }
}

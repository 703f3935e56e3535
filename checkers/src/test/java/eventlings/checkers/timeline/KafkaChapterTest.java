package eventlings.checkers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.timeline.BrokerView.StoredRecord;
import eventlings.checkers.timeline.ClientMoment.Committed;
import eventlings.checkers.timeline.ClientMoment.Delivery;
import eventlings.checkers.timeline.ClientMoment.Received;
import eventlings.checkers.timeline.ClientMoment.SendFailed;
import eventlings.checkers.timeline.ClientMoment.Sent;
import eventlings.checkers.timeline.KafkaTrail.KafkaFacts;
import eventlings.checkers.timeline.Line.Mark;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

/** The rules that mark a line of a timeline, on moments made up for each case. */
class KafkaChapterTest {

  private static final Instant START = Instant.parse("2026-12-02T12:00:00Z");
  private static final String TOPIC = "orders-3f9a";
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
  private static final String POLLER = "eventlings.lab06.Billing.run";

  private final List<ClientMoment> moments = new ArrayList<>();
  private final List<StoredRecord> stored = new ArrayList<>();
  private Map<TopicPartition, Long> ends = Map.of(P0, 0L);
  private Map<String, Map<TopicPartition, Long>> committed = Map.of();

  @Test
  void a_send_is_told_with_the_key_and_event_type_the_broker_stored() {
    store(0, "order-42", "{\"type\":\"OrderPlaced\",\"orderId\":\"order-42\"}");
    sent("relay", 0);

    assertThat(texts(tell(new AssertionError()))).containsExactly("relay: sent orders-3f9a p0 @0 key=order-42 OrderPlaced");
  }

  @Test
  void a_record_received_before_its_producer_saw_the_acknowledgement_is_told_sent_first() {
    store(0, "order-42", "{\"type\":\"OrderPlaced\"}");
    received("billing", 1, 0);
    sent("relay", 0);

    List<Line> lines = tell(new AssertionError());

    assertThat(texts(lines).subList(0, 2)).containsExactly(
        "relay: sent orders-3f9a p0 @0 key=order-42 OrderPlaced", "billing: received orders-3f9a p0 @0 key=order-0 v");
    assertThat(lines.get(0).at()).isEqualTo(lines.get(1).at());
  }

  @Test
  void a_record_stored_twice_by_the_code_is_a_repeat_but_not_when_the_test_sent_both() {
    store(0, "order-42", "{\"type\":\"OrderPlaced\"}");
    store(1, "order-42", "{\"type\":\"OrderPlaced\"}");
    sent("relay", 0);
    sent("relay", 1);
    assertThat(tell(new AssertionError()).getLast()).satisfies(line -> {
      assertThat(line.remark()).isEqualTo("(same key and value as @0)");
      assertThat(line.mark()).isEqualTo(Mark.REPEAT);
    });

    moments.clear();
    sent(KafkaChapter.TEST, 0);
    sent(KafkaChapter.TEST, 1);
    assertThat(tell(new AssertionError())).extracting(Line::mark).containsOnly(Mark.NONE);
  }

  @Test
  void records_no_client_of_the_kit_sent_are_told_as_stored_by_the_broker() {
    store(0, "order-7", "plain text");

    assertThat(texts(tell(new AssertionError()))).containsExactly("broker: stored orders-3f9a p0 @0 key=order-7 plain text");
  }

  @Test
  void a_failed_send_is_a_surprise() {
    moments.add(new SendFailed(1, START, "relay", TOPIC, "TimeoutException: Topic not present"));

    assertThat(tell(new AssertionError())).singleElement().satisfies(line -> {
      assertThat(line.mark()).isEqualTo(Mark.SURPRISE);
      assertThat(line.remark()).isEqualTo("-> TimeoutException: Topic not present");
    });
  }

  @Test
  void the_batch_an_exception_was_thrown_under_is_marked_and_a_commit_past_it_came_before_the_effect() {
    store(0, "order-1", "a");
    store(1, "order-2", "b");
    received("billing", 1, 0, 1);
    commit("billing", 1, 2);

    List<Line> lines = clientLines(tell(thrownUnder(POLLER, new IllegalStateException("card declined"))));

    assertThat(lines).extracting(Line::remark).containsExactly(
        "", "-> handler of @0-@1 threw IllegalStateException: card declined", "(before the effect!)");
    assertThat(lines).extracting(Line::mark).containsExactly(Mark.NONE, Mark.SURPRISE, Mark.SURPRISE);
  }

  @Test
  void a_commit_covering_part_of_the_failed_batch_is_not_blamed_and_an_exception_from_poll_is_said_so() {
    store(0, "order-1", "a");
    store(1, "order-2", "b");
    received("billing", 1, 0, 1);
    commit("billing", 1, 1);

    assertThat(clientLines(tell(thrownUnder(POLLER, new IllegalStateException("declined")))).get(2).mark())
        .isEqualTo(Mark.NONE);

    IllegalStateException fromPoll = thrownUnder(POLLER, new IllegalStateException("offset out of range"));
    StackTraceElement[] frames = fromPoll.getStackTrace();
    frames[0] = new StackTraceElement("org.apache.kafka.clients.consumer.KafkaConsumer", "poll", "KafkaConsumer.java", 1);
    fromPoll.setStackTrace(frames);
    assertThat(tell(fromPoll).get(1).remark()).isEqualTo("-> the next poll threw IllegalStateException: offset out of range");
  }

  @Test
  void an_exception_elsewhere_blames_no_batch() {
    store(0, "order-1", "a");
    received("billing", 1, 0);

    assertThat(clientLines(tell(thrownUnder("eventlings.lab06.Shipping.run", new IllegalStateException("boom")))))
        .extracting(Line::mark).containsOnly(Mark.NONE);
  }

  @Test
  void a_record_received_again_by_its_group_is_a_repeat() {
    store(0, "order-1", "a");
    received("billing", 1, 0);
    received("billing", 2, 0);

    assertThat(clientLines(tell(new AssertionError()))).extracting(Line::remark).containsExactly("", "(again)");
  }

  @Test
  void a_commit_past_records_the_group_never_received_skips_them() {
    for (int offset = 0; offset < 4; offset++) {
      store(offset, "order-" + offset, "v");
    }
    received("billing", 1, 0);
    commit("billing", 1, 4);

    assertThat(clientLines(tell(new AssertionError())).getLast()).satisfies(line -> {
      assertThat(line.text()).isEqualTo("committed offset 4 on orders-3f9a p0");
      assertThat(line.remark()).isEqualTo("(skips @1-@3, not received)");
      assertThat(line.mark()).isEqualTo(Mark.SURPRISE);
    });
  }

  @Test
  void the_groups_positions_say_what_was_never_received_and_what_was_not_committed() {
    for (int offset = 0; offset < 4; offset++) {
      store(offset, "order-" + offset, "v");
    }
    ends = Map.of(P0, 4L);
    committed = Map.of("billing", Map.of(P0, 1L), "audit", Map.of(P0, 2L));
    received("billing", 1, 0, 1);

    List<Line> positions = tell(new AssertionError()).stream().filter(line -> line.text().startsWith("position")).toList();

    assertThat(positions).extracting(line -> line.actor() + ": " + line.text() + "  " + line.remark()).containsExactlyInAnyOrder(
        "billing: position on orders-3f9a p0: committed offset 1, end 4  (received, not committed: @1) (never received: @2-@3)",
        "audit: position on orders-3f9a p0: committed offset 2, end 4  (not committed: @2-@3)");
    assertThat(positions).filteredOn(line -> line.actor().equals("billing")).extracting(Line::mark).containsExactly(Mark.SURPRISE);
  }

  private List<Line> tell(Throwable failure) {
    BrokerView broker = new BrokerView(START.plusSeconds(9), stored, ends, committed, Optional.empty());
    return KafkaChapter.lines(new KafkaFacts(List.copyOf(moments), broker, 0), failure);
  }

  /** What the consumers did, without the broker's side of the story. */
  private static List<Line> clientLines(List<Line> lines) {
    return lines.stream().filter(line -> line.text().startsWith("received") || line.text().startsWith("committed")).toList();
  }

  private static List<String> texts(List<Line> lines) {
    return lines.stream().map(line -> line.actor() + ": " + line.text()).toList();
  }

  private void store(long offset, String key, String value) {
    stored.add(new StoredRecord(new Place(TOPIC, 0, offset), START, key, value, List.of()));
  }

  private void sent(String actor, long offset) {
    moments.add(new Sent(moments.size() + 1, START.plusMillis(moments.size()), actor, new Place(TOPIC, 0, offset)));
  }

  private void received(String group, int client, long... offsets) {
    List<Delivery> records = new ArrayList<>();
    for (long offset : offsets) {
      records.add(new Delivery(new Place(TOPIC, 0, offset), "order-" + offset, "v"));
    }
    moments.add(new Received(moments.size() + 1, START.plusMillis(moments.size()), group, group, client, records,
        Optional.of(POLLER)));
  }

  private void commit(String group, int client, long offset) {
    moments.add(new Committed(moments.size() + 1, START.plusMillis(moments.size()), group, group, client, Map.of(P0, offset)));
  }

  private static <T extends Throwable> T thrownUnder(String method, T throwable) {
    int dot = method.lastIndexOf('.');
    throwable.setStackTrace(new StackTraceElement[] {
        new StackTraceElement("eventlings.lab06.Charges", "charge", "Charges.java", 12),
        new StackTraceElement(method.substring(0, dot), method.substring(dot + 1), "Billing.java", 30),
        new StackTraceElement("java.lang.Thread", "run", "Thread.java", 1)});
    return throwable;
  }
}

package eventlings.checkers.history;

import static eventlings.checkers.history.Message.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eventlings.checkers.history.Anomaly.AppliedTwice;
import eventlings.checkers.history.Anomaly.Gap;
import eventlings.checkers.history.Anomaly.Lost;
import eventlings.checkers.history.Anomaly.NeverSent;
import eventlings.checkers.history.Anomaly.OutOfOrder;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HistoryTest {

  private static final List<Message> SENT = List.of(of("order-1", 1), of("order-2", 1), of("order-1", 2), of("order-2", 2));

  @Test
  void a_history_applied_as_sent_has_no_anomaly() {
    History history = History.of(SENT).against(List.of(of("order-2", 1), of("order-1", 1), of("order-1", 2), of("order-2", 2)));

    assertThat(history.anomalies()).isEmpty();
    history.assertNothingLostNothingTwiceInOrderPerKey();
  }

  @Test
  void a_message_never_applied_is_lost() {
    History history = History.of(SENT).against(List.of(of("order-1", 1), of("order-2", 1), of("order-1", 2)));

    assertThat(history.anomalies()).containsExactly(new Lost(of("order-2", 2), 4));
    assertThatThrownBy(history::assertNothingLost).hasMessageContaining("First at fault: order-2 #2 was sent 4th and never applied");
  }

  @Test
  void a_message_applied_twice_is_named_with_both_positions() {
    History history = History.of(SENT).against(List.of(of("order-1", 1), of("order-2", 1), of("order-1", 1), of("order-1", 2), of("order-2", 2)));

    assertThat(history.anomalies()).containsExactly(new AppliedTwice(of("order-1", 1), List.of(1, 3)));
    history.assertNothingLost();
    history.assertInOrderPerKey();
    assertThatThrownBy(history::assertNothingTwice).hasMessage("""
        Expected nothing twice, but 4 sent and 5 applied show 1 anomaly.
        First at fault: order-1 #1 was applied 2 times: 1st, 3rd
          applied more than once: order-1 #1
        order-1 as sent:    #1 #2
        order-1 as applied: #1 #1 #2""");
  }

  @Test
  void a_message_applied_after_a_later_one_of_its_key_is_out_of_order_but_not_a_gap() {
    History history = History.of(SENT).against(List.of(of("order-1", 2), of("order-2", 1), of("order-1", 1), of("order-2", 2)));

    assertThat(history.anomalies()).containsExactly(new OutOfOrder(of("order-1", 1), 3, of("order-1", 2), 1));
    history.assertNoGaps();
    assertThatThrownBy(history::assertInOrderPerKey)
        .hasMessageContaining("First at fault: order-1 #1 was applied 3rd, after order-1 #2 (applied 1st)");
  }

  @Test
  void a_message_applied_over_one_never_applied_is_a_gap_and_the_report_shows_the_key() {
    History history = History.of(SENT).against(List.of(of("order-1", 1), of("order-2", 2), of("order-1", 2)));

    assertThat(history.anomalies()).containsExactly(
        new Lost(of("order-2", 1), 2),
        new Gap(of("order-2", 2), 2, List.of(of("order-2", 1))));
    assertThatThrownBy(history::assertNothingLostNothingTwiceInOrderPerKey).hasMessage("""
        Expected nothing lost, nothing twice, in order per key, but 4 sent and 3 applied show 2 anomalies.
        First at fault: order-2 #1 was sent 2nd and never applied
          lost (sent, never applied): order-2 #1
          applied over a gap: order-2 #2
        order-2 as sent:    #1 #2
        order-2 as applied: #2""");
  }

  @Test
  void a_message_nobody_sent_comes_after_every_sent_one() {
    History history = History.of(SENT).against(List.of(
        of("order-9", "stranger", 1), of("order-1", 1), of("order-2", 1), of("order-1", 2)));

    assertThat(history.anomalies()).containsExactly(
        new Lost(of("order-2", 2), 4),
        new NeverSent(of("order-9", "stranger", 1), 1));
    assertThat(of("order-9", "stranger", 1)).hasToString("order-9 #1 (id stranger)");
  }

  @Test
  void a_message_sent_twice_counts_once_and_applied_once_is_fine() {
    List<Message> resent = List.of(of("order-1", "e-1", 1), of("order-1", "e-1", 1), of("order-1", "e-2", 2));

    History.of(resent).against(List.of(of("order-1", "e-1", 1), of("order-1", "e-2", 2)))
        .assertNothingLostNothingTwiceInOrderPerKey();
  }

  @Test
  void the_first_at_fault_is_the_earliest_sent_whatever_went_wrong_with_it() {
    History history = History.of(SENT).against(List.of(of("order-2", 2), of("order-1", 1), of("order-1", 1), of("order-2", 1)));

    assertThat(history.firstAtFault()).contains(new AppliedTwice(of("order-1", 1), List.of(2, 3)));
    assertThat(history.anomalies()).extracting(Anomaly::kind).containsExactly(
        Anomaly.Kind.APPLIED_TWICE, Anomaly.Kind.OUT_OF_ORDER, Anomaly.Kind.LOST);
  }

  @Test
  void a_long_key_is_shown_around_the_message_at_fault_and_many_examples_are_counted() {
    List<Message> sent = IntStream.rangeClosed(1, 40).mapToObj(sequence -> of("order-1", sequence)).toList();
    List<Message> applied = sent.stream().filter(message -> message.sequence() < 30).toList();

    assertThatThrownBy(() -> History.of(sent).against(applied).assertNothingLost())
        .hasMessageContaining("lost (sent, never applied): order-1 #30, order-1 #31, order-1 #32 and 8 more")
        .hasMessageContaining("order-1 as sent:    ... #24 #25 #26 #27 #28 #29 #30 #31 #32 #33 #34 #35 ...")
        .hasMessageContaining("order-1 as applied: ... #18 #19 #20 #21 #22 #23 #24 #25 #26 #27 #28 #29\n".strip());
  }
}

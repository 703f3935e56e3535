package eventlings.checkers.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class VerbsTest {

  @ParameterizedTest
  @ValueSource(strings = {"Created", "Placed", "Shipped", "Sent", "Paid", "Built", "Withdrawn", "Sold", "Held",
      "Refunded", "Cancelled", "Reserved", "Rebuilt", "Bought", "Written", "Done", "Lost", "Found", "Made"})
  void past_participles_are_recognised(String word) {
    assertThat(Verbs.isPastParticiple(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Create", "Place", "Ship", "Send", "Pay", "Build", "Feed", "Need", "Order", "Speed", "Withdraw"})
  void other_words_are_not_past_participles(String word) {
    assertThat(Verbs.isPastParticiple(word)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"Create,Created", "Pay,Paid", "Ship,Shipped", "Send,Sent", "Withdraw,Withdrawn", "Apply,Applied",
      "Add,Added", "Confirm,Confirmed", "Buy,Bought"})
  void past_participles_are_formed(String verb, String past) {
    assertThat(Verbs.pastParticiple(verb)).isEqualTo(past);
    assertThat(Verbs.baseForm(past)).isEqualTo(verb);
  }

  @ParameterizedTest
  @CsvSource({"PleaseCreateUser,CreateUser,UserCreated", "RequestRefundPayment,RefundPayment,PaymentRefunded",
      "DoShipOrder,ShipOrder,OrderShipped", "PleasePayInvoice,PayInvoice,InvoicePaid"})
  void pleas_split_into_a_command_and_a_fact(String plea, String command, String event) {
    assertThat(Verbs.renamingOf(plea)).isEqualTo(new Verbs.Renaming(command, event));
  }
}

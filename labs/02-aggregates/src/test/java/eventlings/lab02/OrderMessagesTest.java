package eventlings.lab02;

import com.tngtech.archunit.core.domain.JavaClasses;
import eventlings.checkers.Step;
import eventlings.checkers.architecture.EventRules;
import eventlings.checkers.architecture.LabClasses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderMessagesTest {

  @Test
  @Step(1)
  @DisplayName("Order events are named as past facts and order commands as requests")
  void order_events_are_named_as_past_facts_and_order_commands_as_requests() {
    JavaClasses lab = LabClasses.of("eventlings.lab02");

    EventRules.events_are_named_as_past_facts().check(lab);
    EventRules.commands_are_named_as_imperative_requests().check(lab);
  }
}

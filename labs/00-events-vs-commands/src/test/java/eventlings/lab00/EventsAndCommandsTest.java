package eventlings.lab00;

import com.tngtech.archunit.core.domain.JavaClasses;
import eventlings.checkers.Step;
import eventlings.checkers.architecture.EventRules;
import eventlings.checkers.architecture.LabClasses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

// The goals of lab 00 judge names and shapes, never a type by name: rename freely, they follow.
class EventsAndCommandsTest {

  private static final JavaClasses LAB = LabClasses.of("eventlings.lab00");

  @Test
  @Step(1)
  @DisplayName("No event or command pleads with another service")
  void no_event_or_command_pleads_with_another_service() {
    EventRules.events_and_commands_are_not_named_as_pleas().check(LAB);
  }

  @Test
  @Step(2)
  @DisplayName("Events are named as facts in the past tense")
  void events_are_named_as_facts_in_the_past_tense() {
    EventRules.events_are_named_as_past_facts().check(LAB);
  }

  @Test
  @Step(3)
  @DisplayName("Commands are named as requests, verb first")
  void commands_are_named_as_requests_verb_first() {
    EventRules.commands_are_named_as_imperative_requests().check(LAB);
  }

  @Test
  @Step(4)
  @DisplayName("Events cannot change after they happened")
  void events_cannot_change_after_they_happened() {
    EventRules.events_are_immutable().check(LAB);
  }

  @Test
  @Step(5)
  @DisplayName("Events never refer to the commands that caused them")
  void events_never_refer_to_the_commands_that_caused_them() {
    EventRules.events_never_reference_commands().check(LAB);
  }

  @Test
  @Step(6)
  @DisplayName("Event and command families are sealed")
  void event_and_command_families_are_sealed() {
    EventRules.families_are_sealed().check(LAB);
  }
}

package eventlings.checkers.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventRulesTest {

  private static final String FIXTURES = "eventlings.checkers.architecture.fixtures.";

  @Test
  @DisplayName("Well named, sealed, immutable families pass every rule")
  void well_named_families_pass_every_rule() {
    JavaClasses good = fixtures("good");
    for (ArchRule rule : EventRules.all()) {
      assertThatCode(() -> rule.check(good)).as(rule.getDescription()).doesNotThrowAnyException();
    }
  }

  @Test
  @DisplayName("A plea in the event family is named a request, with the renames as a suggestion apart")
  void a_plea_is_rejected_with_both_renames_as_a_suggestion() {
    assertThatThrownBy(() -> EventRules.events_are_named_as_past_facts().check(fixtures("plea")))
        .hasMessageContaining("PleaseCreateUser reads as a request, not as something that happened."
            + " [suggestion: name the command CreateUser and the fact UserCreated]");
    assertThatThrownBy(() -> EventRules.events_and_commands_are_not_named_as_pleas().check(fixtures("plea")))
        .hasMessageContaining("PleaseChangeEmail reads as a request")
        .hasMessageContaining("[suggestion: name the command ChangeEmail and the fact EmailChanged]");
  }

  @Test
  @DisplayName("An imperative event and a past-tense command are both rejected, the better name apart")
  void wrong_tense_is_rejected() {
    assertThatThrownBy(() -> EventRules.events_are_named_as_past_facts().check(fixtures("tense")))
        .hasMessageContaining("ChangeName is in UserEvent but does not end in a past-tense verb")
        .hasMessageContaining("[suggestion: e.g. NameChanged]");
    assertThatThrownBy(() -> EventRules.commands_are_named_as_imperative_requests().check(fixtures("tense")))
        .hasMessageContaining("EmailChanged is named as a fact")
        .hasMessageContaining("[suggestion: e.g. ChangeEmail]");
  }

  @Test
  @DisplayName("A suggestion never names a type that exists already")
  void a_suggestion_never_names_an_existing_type() {
    assertThatThrownBy(() -> EventRules.events_are_named_as_past_facts().check(fixtures("existing")))
        .hasMessageContaining("ConfirmOrder is in OrderEvent but does not end in a past-tense verb: an event names"
            + " a fact that already happened.\n")
        .hasMessageNotContaining("e.g. OrderConfirmed")
        .hasMessageContaining("[suggestion: e.g. OrderShipped]");
  }

  @Test
  @DisplayName("A command that does not start with a verb is rejected")
  void a_command_that_is_not_verb_first_is_rejected() {
    assertThatThrownBy(() -> EventRules.commands_are_named_as_imperative_requests().check(fixtures("nouns")))
        .hasMessageContaining("OrderCancellation does not start with a verb")
        .hasMessageContaining("OrderShip does not start with a verb")
        .hasMessageNotContaining("ExpediteOrder");
  }

  @Test
  @DisplayName("Event and Command suffixes are rejected as repeating the family")
  void suffixes_are_rejected() {
    assertThatThrownBy(() -> EventRules.events_are_named_as_past_facts().check(fixtures("suffix")))
        .hasMessageContaining("OrderPlacedEvent repeats what its family OrderEvent already says. [suggestion: name it OrderPlaced]");
    assertThatThrownBy(() -> EventRules.commands_are_named_as_imperative_requests().check(fixtures("suffix")))
        .hasMessageContaining("name it PlaceOrder");
  }

  @Test
  @DisplayName("An event that keeps a collection as handed in, or a view of it, is rejected; one that copies it passes")
  void an_event_holding_a_collection_it_did_not_copy_is_rejected() {
    // As LabClasses imports a lab: its own classes only, the JDK's left unresolved.
    JavaClasses asInALab = com.tngtech.archunit.ArchConfiguration.withThreadLocalScope(configuration -> {
      configuration.setResolveMissingDependenciesFromClassPath(false);
      return new ClassFileImporter().importPackages(FIXTURES + "collections");
    });
    assertThatThrownBy(() -> EventRules.events_are_immutable().check(asInALab))
        .hasMessageContaining("ItemsAdded.skus is a collection kept as it was handed in")
        .hasMessageContaining("ItemsPacked.skus is a collection kept as it was handed in")
        .hasMessageNotContaining("ItemsRemoved")
        .hasMessageNotContaining("ItemsReserved");
  }

  @Test
  @DisplayName("A mutable event with a setter is rejected")
  void a_mutable_event_is_rejected() {
    assertThatThrownBy(() -> EventRules.events_are_immutable().check(fixtures("mutable")))
        .hasMessageContaining("OrderPlaced.orderId is not final")
        .hasMessageContaining("OrderPlaced.setOrderId() lets anyone rewrite history.");
  }

  @Test
  @DisplayName("An event that refers to a command is rejected")
  void an_event_referring_to_a_command_is_rejected() {
    assertThatThrownBy(() -> EventRules.events_never_reference_commands().check(fixtures("referencing")))
        .hasMessageContaining("OrderPlaced refers to the command PlaceOrder");
  }

  @Test
  @DisplayName("A family that is not sealed is rejected")
  void an_unsealed_family_is_rejected() {
    assertThatThrownBy(() -> EventRules.families_are_sealed().check(fixtures("unsealed")))
        .hasMessageContaining("OrderEvent is not sealed");
  }

  private static JavaClasses fixtures(String name) {
    return new ClassFileImporter().importPackages(FIXTURES + name);
  }
}

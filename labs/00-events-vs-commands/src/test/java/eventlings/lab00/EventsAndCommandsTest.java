package eventlings.lab00;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import eventlings.checkers.Step;
import eventlings.checkers.architecture.EventRules;
import eventlings.checkers.architecture.LabClasses;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

// The goals of lab 00 judge names and shapes. They name only the types no step asks you to rename (the four
// families, the ids, OrderLine, OrderPlaced and OrderCancelled), and find the others by what they carry: rename
// freely, they follow.
class EventsAndCommandsTest {

  private static final JavaClasses LAB = LabClasses.of("eventlings.lab00");

  @Test
  @Step(1)
  @DisplayName("No event or command pleads with another service")
  void no_event_or_command_pleads_with_another_service() {
    EventRules.events_and_commands_are_not_named_as_pleas().check(LAB);
  }

  @Test
  @Step(1)
  @DisplayName("A new customer is asked for as a command and recorded as an event")
  void a_new_customer_is_asked_for_as_a_command_and_recorded_as_an_event() {
    List<Class<?>> requests = membersCarrying(UserCommand.class, UserId.class, String.class, String.class, Instant.class);
    assertThat(requests)
        .withFailMessage("UserCommand has no request that carries a new customer's id, name and email: the order"
            + " service has no way to ask the user service, the one that may refuse (the email may be taken)")
        .isNotEmpty();
    List<Class<?>> facts = membersCarrying(UserEvent.class, UserId.class, String.class, String.class, Instant.class);
    assertThat(facts)
        .withFailMessage("UserEvent has no fact that carries the new user's id, name and email: once the user"
            + " service has created the user, it records nothing a reader could rebuild that user from")
        .isNotEmpty();
    checkOn(EventRules.commands_are_named_as_imperative_requests(), requests);
    checkOn(EventRules.events_are_named_as_past_facts(), facts);
  }

  @Test
  @Step(2)
  @DisplayName("Events are named as facts in the past tense")
  void events_are_named_as_facts_in_the_past_tense() {
    EventRules.events_are_named_as_past_facts().check(LAB);
  }

  @Test
  @Step(2)
  @DisplayName("The parcel that left is still recorded as an event of the order")
  void the_parcel_that_left_is_still_recorded_as_an_event_of_the_order() {
    List<Class<?>> shipments = membersCarrying(OrderEvent.class, OrderId.class, Instant.class);
    assertThat(shipments)
        .withFailMessage("OrderEvent has no fact that carries only an order id and a time, the parcel that left:"
            + " the warehouse did ship it, and no reader of the order's events can learn that any more")
        .isNotEmpty();
    checkOn(EventRules.events_are_named_as_past_facts(), shipments);
  }

  @Test
  @Step(3)
  @DisplayName("Commands are named as requests, verb first")
  void commands_are_named_as_requests_verb_first() {
    EventRules.commands_are_named_as_imperative_requests().check(LAB);
  }

  @Test
  @Step(3)
  @DisplayName("Confirming an order is still a request the order service may refuse")
  void confirming_an_order_is_still_a_request_the_order_service_may_refuse() {
    List<Class<?>> confirmations = membersCarrying(OrderCommand.class, OrderId.class, Instant.class);
    assertThat(confirmations)
        .withFailMessage("OrderCommand has no request that carries only an order id and a time, the confirmation:"
            + " no one can ask the order service to confirm an order any more, so it can never say no")
        .isNotEmpty();
    checkOn(EventRules.commands_are_named_as_imperative_requests(), confirmations);
  }

  @Test
  @Step(4)
  @DisplayName("Events cannot change after they happened")
  void events_cannot_change_after_they_happened() {
    EventRules.events_are_immutable().check(LAB);
  }

  @Test
  @Step(4)
  @DisplayName("A placed order keeps what it was placed with, lines included")
  void a_placed_order_keeps_what_it_was_placed_with_lines_included() {
    OrderLine book = new OrderLine("BOOK-1", 1);
    OrderLine pen = new OrderLine("PEN-2", 3);
    List<OrderLine> basket = new ArrayList<>(List.of(book));
    OrderId order = new OrderId("order-1");
    UserId alice = new UserId("alice");
    Instant placedAt = Instant.parse("2025-03-03T09:00:00Z");
    OrderEvent.OrderPlaced placed = new OrderEvent.OrderPlaced(order, alice, basket, 1999, placedAt);

    assertThat(placed.orderId()).as("the order id of the placed order").isEqualTo(order);
    assertThat(placed.userId()).as("the user of the placed order").isEqualTo(alice);
    assertThat(placed.totalCents()).as("the total of the placed order").isEqualTo(1999);
    assertThat(placed.at()).as("when the order was placed").isEqualTo(placedAt);
    basket.add(pen);
    assertThat(placed.lines()).as("the lines of the placed order, after the basket it was made from got a pen")
        .containsExactly(book);
    try {
      placed.lines().add(pen);
    } catch (UnsupportedOperationException refused) {
      // Refusing is one good answer; handing each reader a copy of its own is another.
    }
    assertThat(placed.lines()).as("the lines of the placed order, after a reader added a pen to what it read")
        .containsExactly(book);
  }

  @Test
  @Step(5)
  @DisplayName("Events never refer to the commands that caused them")
  void events_never_refer_to_the_commands_that_caused_them() {
    EventRules.events_never_reference_commands().check(LAB);
  }

  @Test
  @Step(5)
  @DisplayName("A cancellation tells its readers which order was cancelled and why")
  void a_cancellation_tells_its_readers_which_order_was_cancelled_and_why() {
    List<Class<?>> carried = fieldTypes(OrderEvent.OrderCancelled.class);
    List<String> shown = carried.stream().map(Class::getSimpleName).toList();
    assertThat(carried)
        .withFailMessage("OrderCancelled carries %s, but no OrderId: the warehouse cannot tell which order to stop",
            shown)
        .contains(OrderId.class);
    assertThat(carried)
        .withFailMessage("OrderCancelled carries %s, but no reason (a String): why the customer cancelled is lost"
            + " with the command", shown)
        .contains(String.class);
  }

  @Test
  @Step(6)
  @DisplayName("Event and command families are sealed")
  void event_and_command_families_are_sealed() {
    EventRules.families_are_sealed().check(LAB);
  }

  /** The types of a family, nested in it or not, whose fields are exactly of these types, in any order. */
  private static List<Class<?>> membersCarrying(Class<?> family, Class<?>... types) {
    List<Class<?>> wanted = sortedByName(Arrays.asList(types));
    return LAB.stream()
        .filter(type -> !type.isInterface() && type.isAssignableTo(family))
        .map(JavaClass::reflect)
        .filter(type -> sortedByName(fieldTypes(type)).equals(wanted))
        .toList();
  }

  private static List<Class<?>> fieldTypes(Class<?> type) {
    return Arrays.stream(type.getDeclaredFields())
        .filter(field -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic())
        .<Class<?>>map(Field::getType)
        .toList();
  }

  private static List<Class<?>> sortedByName(List<Class<?>> types) {
    return types.stream().sorted((left, right) -> left.getName().compareTo(right.getName())).toList();
  }

  /** Checks a rule of the kit on these types alone, so a goal judges only what its step changed. */
  private static void checkOn(ArchRule rule, List<Class<?>> types) {
    rule.check(LAB.that(new DescribedPredicate<JavaClass>("are " + types) {
      @Override
      public boolean test(JavaClass type) {
        return types.stream().anyMatch(type::isEquivalentTo);
      }
    }));
  }
}

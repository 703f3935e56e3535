package eventlings.checkers.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ArchUnit rules that teach the difference between events and commands. Each failure says what is wrong,
 * why it matters, and the rename to make.
 *
 * <p>An event is a concrete type in a family whose name ends in {@code Event} ({@code UserEvent}); a command
 * is a concrete type in a family whose name ends in {@code Command} ({@code UserCommand}). Check a rule
 * against the lab's classes: {@code EventRules.events_are_named_as_past_facts().check(LabClasses.of("eventlings.lab00"))}.
 */
public final class EventRules {

  private EventRules() {}

  public static final DescribedPredicate<JavaClass> EVENTS = familyMember("Event", "events");
  public static final DescribedPredicate<JavaClass> COMMANDS = familyMember("Command", "commands");

  /** Every event ends in a past-tense verb: {@code UserCreated}, {@code PaymentRefunded}, {@code ParcelSent}. */
  public static ArchRule events_are_named_as_past_facts() {
    return classes().that(EVENTS)
        .should(new ArchCondition<>("be named as past facts") {
          @Override
          public void check(JavaClass event, ConditionEvents events) {
            pastFactProblem(event).ifPresent(problem -> events.add(SimpleConditionEvent.violated(event, problem)));
          }
        })
        .because("an event records something that has already happened, and its name is that fact");
  }

  /** No event or command starts with Please, Request, Do...: the "event as command" anti-pattern. */
  public static ArchRule events_and_commands_are_not_named_as_pleas() {
    return classes().that(EVENTS.or(COMMANDS))
        .should(new ArchCondition<>("not be named as requests to another service") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            Verbs.requestPrefix(type.getSimpleName()).ifPresent(prefix -> {
              Verbs.Renaming renaming = Verbs.renamingOf(type.getSimpleName());
              events.add(SimpleConditionEvent.violated(type, type.getSimpleName() + " reads as a request (\"" + prefix
                  + "...\"): a sender that asks a named receiver to act is coupled to it. Name the command "
                  + renaming.command() + " and the fact " + renaming.event()));
            });
          }
        })
        .allowEmptyShould(true)
        .because("an event that begs someone to act couples the sender to the receiver: that is a command in disguise");
  }

  /** Every command starts with a verb in the imperative: {@code PlaceOrder}, {@code RefundPayment}. */
  public static ArchRule commands_are_named_as_imperative_requests() {
    return classes().that(COMMANDS)
        .should(new ArchCondition<>("be named as imperative requests") {
          @Override
          public void check(JavaClass command, ConditionEvents events) {
            imperativeProblem(command).ifPresent(problem -> events.add(SimpleConditionEvent.violated(command, problem)));
          }
        })
        .because("a command asks for something that may still be refused, so it is named as the request: verb first");
  }

  /** Events are records or have only final fields, and no setters: a fact does not change. */
  public static ArchRule events_are_immutable() {
    return classes().that(EVENTS)
        .should(new ArchCondition<>("be immutable") {
          @Override
          public void check(JavaClass event, ConditionEvents events) {
            for (JavaField field : event.getFields()) {
              if (!field.getModifiers().contains(JavaModifier.FINAL) && !field.getModifiers().contains(JavaModifier.STATIC)) {
                events.add(SimpleConditionEvent.violated(event, event.getSimpleName() + "." + field.getName()
                    + " is not final: a fact cannot change after it happened; make " + event.getSimpleName() + " a record"));
              }
            }
            for (JavaMethod method : event.getMethods()) {
              if (method.getName().startsWith("set") && method.getName().length() > 3
                  && method.getModifiers().contains(JavaModifier.PUBLIC)) {
                events.add(SimpleConditionEvent.violated(event, event.getSimpleName() + "." + method.getName()
                    + "() lets anyone rewrite history: remove the setter and make " + event.getSimpleName() + " a record"));
              }
            }
          }
        })
        .because("consumers, projections and replays all read the same event, and must all see what happened");
  }

  /** An event never mentions a command: facts do not depend on the requests that caused them. */
  public static ArchRule events_never_reference_commands() {
    return classes().that(EVENTS)
        .should(new ArchCondition<>("not reference commands") {
          @Override
          public void check(JavaClass event, ConditionEvents events) {
            event.getDirectDependenciesFromSelf().stream()
                .filter(dependency -> COMMANDS.test(dependency.getTargetClass())
                    || isFamily(dependency.getTargetClass(), "Command"))
                .map(dependency -> dependency.getTargetClass().getSimpleName())
                .distinct()
                .forEach(command -> events.add(SimpleConditionEvent.violated(event, event.getSimpleName()
                    + " refers to the command " + command + ": copy the values the fact needs into the event,"
                    + " so readers of the event never need the request that caused it")));
          }
        })
        .because("an event outlives the command that caused it and is read by services that never see commands");
  }

  /** Event and command families are sealed interfaces, so a switch over them is checked for completeness. */
  public static ArchRule families_are_sealed() {
    return classes().that(new DescribedPredicate<>("are event or command families") {
          @Override
          public boolean test(JavaClass type) {
            return isFamily(type, "Event") || isFamily(type, "Command");
          }
        })
        .should(new ArchCondition<>("be sealed") {
          @Override
          public void check(JavaClass family, ConditionEvents events) {
            if (!family.reflect().isSealed()) {
              events.add(SimpleConditionEvent.violated(family, family.getSimpleName()
                  + " is not sealed: declare it 'sealed interface' so every switch over it is checked for a missing case"));
            }
          }
        })
        .because("the compiler can then tell you which case a decide or evolve forgot");
  }

  /** All the naming rules of lab 00, for labs that want them in one goal. */
  public static List<ArchRule> all() {
    return List.of(events_are_named_as_past_facts(), events_and_commands_are_not_named_as_pleas(),
        commands_are_named_as_imperative_requests(), events_are_immutable(), events_never_reference_commands(),
        families_are_sealed());
  }

  static Optional<String> pastFactProblem(JavaClass event) {
    String name = event.getSimpleName();
    List<String> words = Verbs.words(name);
    String family = familyOf(event, "Event").map(JavaClass::getSimpleName).orElse("an event family");
    if (Verbs.requestPrefix(name).isPresent()) {
      Verbs.Renaming renaming = Verbs.renamingOf(name);
      return Optional.of(name + " reads as a request: name the command " + renaming.command()
          + " and the fact " + renaming.event());
    }
    if (words.size() > 1 && words.getLast().equals("Event")) {
      String withoutSuffix = name.substring(0, name.length() - "Event".length());
      return Verbs.isPastParticiple(Verbs.words(withoutSuffix).getLast())
          ? Optional.of(name + " repeats what its family " + family + " already says: name it " + withoutSuffix)
          : Optional.of(name + " is neither a fact nor free of the Event suffix: name what happened, in the past tense");
    }
    // The fact may be followed by a phrase: ItemAddedToCart, MoneyWithdrawnFromAccount.
    if (words.stream().skip(1).noneMatch(Verbs::isPastParticiple)) {
      String suggestion = words.size() > 1 && !Verbs.isPastParticiple(words.getFirst())
          ? ", e.g. " + Verbs.renamingOf(name).event()
          : "";
      return Optional.of(name + " is in " + family + " but does not end in a past-tense verb: an event names a fact"
          + " that already happened" + suggestion);
    }
    return Optional.empty();
  }

  static Optional<String> imperativeProblem(JavaClass command) {
    String name = command.getSimpleName();
    List<String> words = Verbs.words(name);
    if (Verbs.requestPrefix(name).isPresent()) {
      return Optional.of(name + " does not need to plead: a command is already a request, so say it plainly: "
          + Verbs.renamingOf(name).command());
    }
    if (words.size() > 1 && words.getLast().equals("Command")) {
      return Optional.of(name + " repeats what its family already says: name it "
          + name.substring(0, name.length() - "Command".length()));
    }
    if (Verbs.isPastParticiple(words.getLast()) || Verbs.isPastParticiple(words.getFirst())) {
      return Optional.of(name + " is named as a fact, but a command may still be refused: name it verb first as the"
          + " request (e.g. " + requestFor(words) + ") and keep " + name + " for the event that records the outcome");
    }
    return Optional.empty();
  }

  private static String requestFor(List<String> words) {
    String past = Verbs.isPastParticiple(words.getLast()) ? words.getLast() : words.getFirst();
    String rest = String.join("", words.stream().filter(word -> !word.equals(past)).toList());
    return Verbs.baseForm(past) + rest;
  }

  private static DescribedPredicate<JavaClass> familyMember(String suffix, String description) {
    return new DescribedPredicate<>("are " + description) {
      @Override
      public boolean test(JavaClass type) {
        return !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT)
            && familyOf(type, suffix).isPresent();
      }
    };
  }

  private static Optional<JavaClass> familyOf(JavaClass type, String suffix) {
    return Stream.concat(type.getAllRawInterfaces().stream(), type.getAllRawSuperclasses().stream())
        .filter(parent -> isFamily(parent, suffix))
        .findFirst();
  }

  private static boolean isFamily(JavaClass type, String suffix) {
    String name = type.getSimpleName();
    return (type.isInterface() || type.getModifiers().contains(JavaModifier.ABSTRACT))
        && name.endsWith(suffix) && name.length() > suffix.length()
        && !type.getPackageName().startsWith("java")
        && Character.isUpperCase(name.charAt(0))
        && !name.toLowerCase(Locale.ROOT).equals(suffix.toLowerCase(Locale.ROOT));
  }
}

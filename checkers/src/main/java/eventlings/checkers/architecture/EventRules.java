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
import eventlings.checkers.progress.FailureReading;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * ArchUnit rules that teach the difference between events and commands. Each failure says what is wrong and why
 * it matters; a rename to make follows in brackets, {@code [suggestion: ...]}, useful in a real project and left
 * out by the workshop's board, where working out the name is the exercise. A suggestion never names a type the
 * code has already.
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
                  + "...\"): a sender that asks a named receiver to act is coupled to it."
                  + suggestion(type, "name the command " + renaming.command() + " and the fact " + renaming.event(),
                      renaming.command(), renaming.event())));
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
                    + " is not final: a fact cannot change after it happened." + suggestion(event,
                        "make " + event.getSimpleName() + " a record")));
              } else if (isCollection(field) && !copiesCollections(event)) {
                events.add(SimpleConditionEvent.violated(event, event.getSimpleName() + "." + field.getName()
                    + " is a collection kept as it was handed in: whoever holds that list can still add to the"
                    + " fact after it happened." + suggestion(event, "copy it in the constructor, e.g. "
                        + field.getName() + " = List.copyOf(" + field.getName() + ")")));
              }
            }
            for (JavaMethod method : event.getMethods()) {
              if (method.getName().startsWith("set") && method.getName().length() > 3
                  && method.getModifiers().contains(JavaModifier.PUBLIC)) {
                events.add(SimpleConditionEvent.violated(event, event.getSimpleName() + "." + method.getName()
                    + "() lets anyone rewrite history." + suggestion(event, "remove the setter and make "
                        + event.getSimpleName() + " a record")));
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
                    + " refers to the command " + command + ": readers of the event would need the request that"
                    + " caused it." + suggestion(event, "copy the values the fact needs into the event"))));
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
                  + " is not sealed, so no switch over it can be checked for a missing case."
                  + suggestion(family, "declare it 'sealed interface'")));
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
      return Optional.of(name + " reads as a request, not as something that happened."
          + suggestion(event, "name the command " + renaming.command() + " and the fact " + renaming.event(),
              renaming.command(), renaming.event()));
    }
    if (words.size() > 1 && words.getLast().equals("Event")) {
      String withoutSuffix = name.substring(0, name.length() - "Event".length());
      return Verbs.isPastParticiple(Verbs.words(withoutSuffix).getLast())
          ? Optional.of(name + " repeats what its family " + family + " already says." + suggestion(event,
              "name it " + withoutSuffix, withoutSuffix))
          : Optional.of(name + " is neither a fact nor free of the Event suffix: an event names what happened,"
              + " in the past tense");
    }
    // The fact may be followed by a phrase: ItemAddedToCart, MoneyWithdrawnFromAccount.
    if (words.stream().skip(1).noneMatch(Verbs::isPastParticiple)) {
      String rename = Verbs.renamingOf(name).event();
      String hint = words.size() > 1 && !Verbs.isPastParticiple(words.getFirst())
          ? suggestion(event, "e.g. " + rename, rename)
          : "";
      return Optional.of(name + " is in " + family + " but does not end in a past-tense verb: an event names a fact"
          + " that already happened." + hint);
    }
    return Optional.empty();
  }

  static Optional<String> imperativeProblem(JavaClass command) {
    String name = command.getSimpleName();
    List<String> words = Verbs.words(name);
    if (Verbs.requestPrefix(name).isPresent()) {
      String plain = Verbs.renamingOf(name).command();
      return Optional.of(name + " pleads, but a command is already a request." + suggestion(command,
          "say it plainly: " + plain, plain));
    }
    if (words.size() > 1 && words.getLast().equals("Command")) {
      String plain = name.substring(0, name.length() - "Command".length());
      return Optional.of(name + " repeats what its family already says." + suggestion(command, "name it " + plain, plain));
    }
    if (Verbs.isPastParticiple(words.getLast()) || Verbs.isPastParticiple(words.getFirst())) {
      String request = requestFor(words);
      return Optional.of(name + " is named as a fact, but a command may still be refused: it is the request, and "
          + name + " would be the event that records the outcome." + suggestion(command, "e.g. " + request, request));
    }
    if (!Verbs.couldBeVerb(words.getFirst())) {
      return Optional.of(name + " does not start with a verb: a command asks someone to act, so its name is the act,"
          + " in the imperative, verb first");
    }
    return Optional.empty();
  }

  /**
   * A rename to suggest, in the brackets the board leaves out; nothing when a name it proposes exists already,
   * since following it would break the build.
   */
  private static String suggestion(JavaClass type, String text, String... proposedNames) {
    java.util.Set<String> existing = type.getPackage().getClassesInPackageTree().stream()
        .map(JavaClass::getSimpleName)
        .collect(java.util.stream.Collectors.toSet());
    for (String proposed : proposedNames) {
      if (existing.contains(proposed)) {
        return "";
      }
    }
    return " " + FailureReading.SUGGESTION + " " + text + "]";
  }

  /** The JDK's collection types, by name: the lab's classes are imported without the JDK's, which stay unresolved. */
  private static final java.util.Set<String> COLLECTIONS = java.util.Set.of("java.util.Collection", "java.util.List",
      "java.util.Set", "java.util.SortedSet", "java.util.NavigableSet", "java.util.Queue", "java.util.Deque",
      "java.util.Map", "java.util.SortedMap", "java.util.NavigableMap", "java.util.ArrayList", "java.util.LinkedList",
      "java.util.HashSet", "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.HashMap", "java.util.LinkedHashMap",
      "java.util.TreeMap", "java.util.SequencedCollection", "java.util.SequencedMap", "java.util.SequencedSet");

  private static boolean isCollection(JavaField field) {
    return COLLECTIONS.contains(field.getRawType().getName());
  }

  /**
   * True when a constructor copies what it is given into a collection nobody else holds: {@code List.copyOf} and its
   * kin, {@code List.of(array)}, or {@code stream().toList()}. {@code Collections.unmodifiableList} is no copy: only a view of the list the
   * caller still holds and may change.
   */
  private static boolean copiesCollections(JavaClass event) {
    return event.getConstructors().stream()
        .flatMap(constructor -> constructor.getMethodCallsFromSelf().stream())
        .anyMatch(call -> {
          String owner = call.getTargetOwner().getName();
          String method = call.getName();
          return COLLECTIONS.contains(owner) && (method.equals("copyOf") || method.equals("of"))
              || owner.equals("java.util.stream.Stream") && method.equals("toList")
              || owner.equals("java.util.stream.Collectors") && method.startsWith("toUnmodifiable");
        });
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

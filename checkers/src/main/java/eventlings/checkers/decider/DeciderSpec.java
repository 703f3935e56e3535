package eventlings.checkers.decider;

import eventlings.checkers.progress.FailureReading;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Goals about a {@link Decider} that read as sentences: given these events, when this command, then these
 * events, or this rejection.
 *
 * <pre>{@code
 * DeciderSpec<OrderCommand, OrderEvent, OrderState> order =
 *     DeciderSpec.of(Decider.of(Order::initialState, Order::decide, Order::evolve));
 *
 * order.given(orderPlaced, mugAdded)
 *     .when(new ConfirmOrder(orderId, tuesday))
 *     .then(new OrderConfirmed(orderId, 900, tuesday));
 *
 * order.given(orderPlaced, orderConfirmed)
 *     .when(new AddItem(orderId, "tea", 1, 200))
 *     .thenRejectedWith(OrderAlreadyConfirmed.class);
 *
 * order.given(orderPlaced, mugAdded)
 *     .thenState(new Open(orderId, List.of(mug)));
 * }</pre>
 *
 * <p>The given events are folded with {@code evolve}, from the initial state, and the command is decided on
 * the state they leave. Every check also makes sure that {@code decide} left that state as it found it: only
 * the events it returns may change state. A failure is an {@link AssertionError} that names what differs
 * first, then shows the given events, the command, what the goal expects and what actually happened.
 *
 * @param <C> the commands of the decider
 * @param <E> the events of the decider
 * @param <S> the states of the decider
 */
public final class DeciderSpec<C, E, S> {

  private final Decider<C, E, S> decider;

  private DeciderSpec(Decider<C, E, S> decider) {
    this.decider = decider;
  }

  /** The goals of one decider start here. */
  public static <C, E, S> DeciderSpec<C, E, S> of(Decider<C, E, S> decider) {
    return new DeciderSpec<>(Objects.requireNonNull(decider, "decider"));
  }

  /** What already happened to the stream, oldest first. No events: a stream that does not exist yet. */
  @SafeVarargs
  public final Given given(E... history) {
    return given(List.of(history));
  }

  /** What already happened to the stream, oldest first. */
  public Given given(List<E> history) {
    return new Given(List.copyOf(history));
  }

  /** A history; follow it with {@link #when} and a command, or check its state with {@link #thenState}. */
  public final class Given {

    private final List<E> history;

    private Given(List<E> history) {
      this.history = history;
    }

    /** The command to decide on the state the given events leave. */
    public When when(C command) {
      return new When(this, command);
    }

    /** Checks the state that evolving the given events from the initial state leaves. */
    public void thenState(S expected) {
      S actual = fold();
      if (!Objects.equals(actual, expected)) {
        throw new AssertionError(new Story("the given events fold into " + contrast(actual, expected))
            .rows("given", history).row("expected", expected).row("actual", actual).toString());
      }
    }

    private S fold() {
      S state = decider.initialState();
      for (int index = 0; index < history.size(); index++) {
        E event = history.get(index);
        try {
          state = decider.evolve(state, event);
        } catch (RuntimeException thrown) {
          // A starter's TODO needs no lecture; a rule that refuses history does.
          String why = FailureReading.isTodo(thrown) ? "" : ". A given event has already happened: evolve applies it";
          throw new AssertionError(new Story("evolve threw on given event " + (index + 1) + ", " + name(event)
              + ": " + describe(thrown) + why).rows("given", history).toString(), thrown);
        }
      }
      return state;
    }
  }

  /** A history and a command; finish with {@link #then}, {@link #thenRejectedWith} or {@link #thenNothingHappens}. */
  public final class When {

    private final Given given;
    private final C command;

    private When(Given given, C command) {
      this.given = given;
      this.command = command;
    }

    /** Checks that decide records exactly these events, in this order. */
    @SafeVarargs
    public final void then(E... expected) {
      List<E> wanted = List.of(expected);
      switch (decide()) {
        case Recorded<E>(List<E> events) when events.equals(wanted) -> { }
        case Recorded<E>(List<E> events) ->
            throw failure("decide recorded " + contrast(events, wanted), wanted, events, null);
        case Rejected<E>(RuntimeException thrown) -> throw failure(
            "decide threw " + describe(thrown) + ", but the goal expects " + names(wanted), wanted, thrown, thrown);
      }
    }

    /** Checks that decide refuses the command by throwing this type, or a subtype; returns it for further checks. */
    public <X extends RuntimeException> X thenRejectedWith(Class<X> rejection) {
      String wanted = "a rejection with " + rejection.getSimpleName();
      String expects = ", but the goal expects it to reject the command with " + rejection.getSimpleName();
      return switch (decide()) {
        case Rejected<E>(RuntimeException thrown) when rejection.isInstance(thrown) -> rejection.cast(thrown);
        case Rejected<E>(RuntimeException thrown) ->
            throw failure("decide threw " + describe(thrown) + expects, wanted, thrown, thrown);
        case Recorded<E>(List<E> events) ->
            throw failure("decide recorded " + names(events) + expects, wanted, events, null);
      };
    }

    /** Checks that decide accepts the command and records no event: nothing new happened. */
    public void thenNothingHappens() {
      switch (decide()) {
        case Recorded<E>(List<E> events) when events.isEmpty() -> { }
        case Recorded<E>(List<E> events) -> throw failure(
            "decide recorded " + names(events) + ", but the goal expects nothing to happen", List.of(), events, null);
        case Rejected<E>(RuntimeException thrown) -> throw failure(
            "decide threw " + describe(thrown) + ", but the goal expects nothing to happen", List.of(), thrown, thrown);
      }
    }

    private Outcome<E> decide() {
      S state = given.fold();
      Outcome<E> outcome;
      try {
        List<E> events = decider.decide(command, state);
        if (events == null) {
          throw new AssertionError(new Story("decide returned null, which is no list of events: a decision to do nothing is an empty list, not a missing one")
              .rows("given", given.history).row("when", command).toString());
        }
        outcome = new Recorded<>(List.copyOf(events));
      } catch (RuntimeException thrown) {
        outcome = new Rejected<>(thrown);
      }
      S untouched = given.fold();
      if (!Objects.equals(state, untouched)) {
        throw new AssertionError(new Story("decide changed the state it decided on. Only evolve changes state,"
            + " by applying the events that decide returns")
            .rows("given", given.history).row("when", command).row("before", untouched).row("after", state).toString());
      }
      return outcome;
    }

    private AssertionError failure(String headline, Object expected, Object actual, Throwable cause) {
      Story story = new Story(headline).rows("given", given.history).row("when", command)
          .any("expected", expected).any("actual", actual);
      return new AssertionError(story.toString(), cause);
    }
  }

  /** What decide did with a command. */
  private sealed interface Outcome<E> {}

  private record Recorded<E>(List<E> events) implements Outcome<E> {}

  private record Rejected<E>(RuntimeException thrown) implements Outcome<E> {}

  /** A headline saying what differs, then one labelled row per value: given, when, expected, actual. */
  private static final class Story {

    private final StringBuilder text;

    Story(String headline) {
      text = new StringBuilder(headline);
    }

    Story row(String label, Object value) {
      String shown = value instanceof Throwable thrown ? describe(thrown) : String.valueOf(value);
      text.append('\n').append("  ").append(String.format("%-9s", label)).append(' ').append(shown);
      return this;
    }

    Story any(String label, Object value) {
      return value instanceof List<?> values ? rows(label, values) : row(label, value);
    }

    Story rows(String label, List<?> values) {
      if (values.isEmpty()) {
        return row(label, "no events");
      }
      row(label, values.getFirst());
      values.stream().skip(1).forEach(value -> row("", value));
      return this;
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }

  /**
   * "ItemAdded, but the goal expects OrderConfirmed", or, when only values differ, the first value that does:
   * "OrderPlaced with at=2031-01-01T00:00:00Z, but the goal expects at=2025-03-03T09:00:00Z".
   */
  private static String contrast(Object actual, Object expected) {
    if (actual instanceof List<?> actualEvents && expected instanceof List<?> expectedEvents) {
      if (!names(actualEvents).equals(names(expectedEvents))) {
        return names(actualEvents) + ", but the goal expects " + names(expectedEvents);
      }
      for (int index = 0; index < actualEvents.size(); index++) {
        if (!Objects.equals(actualEvents.get(index), expectedEvents.get(index))) {
          return contrast(actualEvents.get(index), expectedEvents.get(index));
        }
      }
    }
    return firstDifference(actual, expected)
        .map(component -> name(actual) + " with " + component.name() + "=" + component.actual()
            + ", but the goal expects " + component.name() + "=" + component.expected())
        .orElseGet(() -> name(actual) + ", but the goal expects " + name(expected));
  }

  private record Component(String name, Object actual, Object expected) {}

  private static Optional<Component> firstDifference(Object actual, Object expected) {
    if (!(actual instanceof Record) || actual.getClass() != expected.getClass()) {
      return Optional.empty();
    }
    for (var component : actual.getClass().getRecordComponents()) {
      try {
        component.getAccessor().setAccessible(true);
        Object actualValue = component.getAccessor().invoke(actual);
        Object expectedValue = component.getAccessor().invoke(expected);
        if (!Objects.equals(actualValue, expectedValue)) {
          return Optional.of(new Component(component.getName(), actualValue, expectedValue));
        }
      } catch (ReflectiveOperationException | RuntimeException unreadable) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static String names(List<?> events) {
    return events.isEmpty()
        ? "nothing"
        : events.stream().map(DeciderSpec::name).collect(Collectors.joining(", "));
  }

  private static String name(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }

  private static String describe(Throwable thrown) {
    return thrown.getClass().getSimpleName() + (thrown.getMessage() == null ? "" : ": " + thrown.getMessage());
  }
}

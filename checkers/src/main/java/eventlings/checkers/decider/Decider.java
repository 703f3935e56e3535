package eventlings.checkers.decider;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The write model of one kind of stream, as three functions: where a stream starts, what a command leads to,
 * and how an event moves the state on.
 *
 * <p>Goals build one from a lab's static functions and hand it to {@link DeciderSpec}:
 *
 * <pre>{@code
 * Decider<OrderCommand, OrderEvent, OrderState> order = Decider.of(Order::initialState, Order::decide, Order::evolve);
 * }</pre>
 *
 * @param <C> the commands it decides on
 * @param <E> the events it records
 * @param <S> the state it keeps, one type per stage of the stream's life
 */
public interface Decider<C, E, S> {

  /** The state of a stream before its first event. */
  S initialState();

  /** The events a command leads to in this state: none, one or several. Throws to reject the command. */
  List<E> decide(C command, S state);

  /** The state after one more event. It applies what happened and judges nothing. */
  S evolve(S state, E event);

  /** A decider made of three functions, e.g. method references to a lab's {@code Order} class. */
  static <C, E, S> Decider<C, E, S> of(
      Supplier<S> initialState, BiFunction<C, S, List<E>> decide, BiFunction<S, E, S> evolve) {
    return new Decider<>() {
      @Override
      public S initialState() {
        return initialState.get();
      }

      @Override
      public List<E> decide(C command, S state) {
        return decide.apply(command, state);
      }

      @Override
      public S evolve(S state, E event) {
        return evolve.apply(state, event);
      }
    };
  }
}

package eventlings.checkers.history;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One thing a {@link History} found wrong, naming the message at fault. Positions are counted from 1, in the order
 * messages were sent or applied.
 */
public sealed interface Anomaly {

  /** The message this anomaly is about. */
  Message message();

  /** What kind of anomaly this is; each assertion of {@link History} looks for some kinds. */
  Kind kind();

  /** One sentence naming the message and what happened to it. */
  String describe();

  /** The kinds of anomaly, in the order a report lists them. */
  enum Kind {
    LOST("lost (sent, never applied)"),
    APPLIED_TWICE("applied more than once"),
    OUT_OF_ORDER("out of order for their key"),
    GAP("applied over a gap"),
    NEVER_SENT("applied but never sent");

    private final String heading;

    Kind(String heading) {
      this.heading = heading;
    }

    /** How a report heads this kind, e.g. {@code lost (sent, never applied)}. */
    public String heading() {
      return heading;
    }
  }

  /** The broker acknowledged {@code message}, but it was never applied. */
  record Lost(Message message, int sent) implements Anomaly {
    @Override
    public Kind kind() {
      return Kind.LOST;
    }

    @Override
    public String describe() {
      return message + " was sent " + Ordinals.of(sent) + " and never applied";
    }
  }

  /** {@code message} was applied at each of the positions {@code applied}: its effect happened more than once. */
  record AppliedTwice(Message message, List<Integer> applied) implements Anomaly {
    @Override
    public Kind kind() {
      return Kind.APPLIED_TWICE;
    }

    @Override
    public String describe() {
      return message + " was applied " + applied.size() + " times: "
          + applied.stream().map(Ordinals::of).collect(Collectors.joining(", "));
    }
  }

  /** {@code message} was applied at {@code applied}, after {@code overtaker}, a later message of its key. */
  record OutOfOrder(Message message, int applied, Message overtaker, int overtakerApplied) implements Anomaly {
    @Override
    public Kind kind() {
      return Kind.OUT_OF_ORDER;
    }

    @Override
    public String describe() {
      return message + " was applied " + Ordinals.of(applied) + ", after " + overtaker + " (applied "
          + Ordinals.of(overtakerApplied) + ")";
    }
  }

  /** {@code message} was applied at {@code applied} although earlier messages of its key, {@code skipped}, never were. */
  record Gap(Message message, int applied, List<Message> skipped) implements Anomaly {
    @Override
    public Kind kind() {
      return Kind.GAP;
    }

    @Override
    public String describe() {
      return message + " was applied " + Ordinals.of(applied) + " while "
          + skipped.stream().map(Message::toString).collect(Collectors.joining(", "))
          + (skipped.size() == 1 ? " never was" : " never were");
    }
  }

  /** {@code message} was applied at {@code applied}, but no message with its id was sent. */
  record NeverSent(Message message, int applied) implements Anomaly {
    @Override
    public Kind kind() {
      return Kind.NEVER_SENT;
    }

    @Override
    public String describe() {
      return message + " was applied " + Ordinals.of(applied) + " but never sent";
    }
  }
}

// A payment as a decider: the same shape as the order of lab 02, with other rules.
package eventlings.payments;

import eventlings.payments.PaymentCommand.AuthorisePayment;
import eventlings.payments.PaymentCommand.CapturePayment;
import eventlings.payments.PaymentEvent.PaymentAuthorised;
import eventlings.payments.PaymentEvent.PaymentCaptured;
import eventlings.payments.PaymentEvent.PaymentSettled;
import eventlings.payments.PaymentRejected.AlreadyAuthorised;
import eventlings.payments.PaymentRejected.AlreadySettled;
import eventlings.payments.PaymentRejected.CaptureExceedsAuthorisation;
import eventlings.payments.PaymentRejected.NotAuthorised;
import eventlings.payments.PaymentState.Authorised;
import eventlings.payments.PaymentState.NoPayment;
import eventlings.payments.PaymentState.Settled;
import java.util.List;

public final class Payment {

  private Payment() {}

  public static PaymentState initialState() {
    return new NoPayment();
  }

  // region decide
  public static List<PaymentEvent> decide(PaymentCommand command, PaymentState state) {
    return switch (command) {
      case AuthorisePayment authorise -> authorise(authorise, state);
      case CapturePayment capture -> capture(capture, state);
    };
  }

  private static List<PaymentEvent> capture(CapturePayment capture, PaymentState state) {
    return switch (state) {
      case NoPayment none -> throw new NotAuthorised(capture.paymentId());
      case Authorised authorised when capture.amountCents() > authorised.leftCents() ->
          throw new CaptureExceedsAuthorisation(capture.paymentId(), authorised.leftCents());
      // One decision, two facts: the last capture also settles the payment.
      case Authorised authorised when capture.amountCents() == authorised.leftCents() -> List.of(
          new PaymentCaptured(capture.paymentId(), capture.amountCents(), capture.now()),
          new PaymentSettled(capture.paymentId(), capture.now()));
      case Authorised authorised ->
          List.of(new PaymentCaptured(capture.paymentId(), capture.amountCents(), capture.now()));
      case Settled settled -> throw new AlreadySettled(capture.paymentId());
    };
  }
  // endregion decide

  private static List<PaymentEvent> authorise(AuthorisePayment authorise, PaymentState state) {
    return switch (state) {
      case NoPayment none ->
          List.of(new PaymentAuthorised(authorise.paymentId(), authorise.amountCents(), authorise.now()));
      case Authorised authorised -> throw new AlreadyAuthorised(authorise.paymentId());
      case Settled settled -> throw new AlreadyAuthorised(authorise.paymentId());
    };
  }

  // region evolve
  public static PaymentState evolve(PaymentState state, PaymentEvent event) {
    return switch (event) {
      case PaymentAuthorised authorised -> new Authorised(authorised.amountCents(), 0);
      case PaymentCaptured captured -> ((Authorised) state).withCaptured(captured.amountCents());
      case PaymentSettled settled -> new Settled();
    };
  }
  // endregion evolve

  // region judging-evolve
  // The anti-pattern: a rule in evolve. Until 2024 the card provider let a shop capture 10% over the authorised
  // amount, for tips; those captures are in the store, and with this check not one of those payments loads.
  static PaymentState evolveThatJudges(PaymentState state, PaymentEvent event) {
    if (event instanceof PaymentCaptured captured && captured.amountCents() > ((Authorised) state).leftCents()) {
      throw new CaptureExceedsAuthorisation(captured.paymentId(), ((Authorised) state).leftCents());
    }
    return evolve(state, event);
  }
  // endregion judging-evolve
}

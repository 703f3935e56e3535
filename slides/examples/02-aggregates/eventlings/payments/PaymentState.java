// The stages of a payment, one type each, keeping only what the next decision needs.
package eventlings.payments;

public sealed interface PaymentState {

  record NoPayment() implements PaymentState {}

  record Authorised(long authorisedCents, long capturedCents) implements PaymentState {

    public long leftCents() {
      return authorisedCents - capturedCents;
    }

    public Authorised withCaptured(long cents) {
      return new Authorised(authorisedCents, capturedCents + cents);
    }
  }

  record Settled() implements PaymentState {}
}

// What happened to a payment.
package eventlings.payments;

import java.time.Instant;

public sealed interface PaymentEvent {

  record PaymentAuthorised(PaymentId paymentId, long amountCents, Instant at) implements PaymentEvent {}

  record PaymentCaptured(PaymentId paymentId, long amountCents, Instant at) implements PaymentEvent {}

  // The whole authorised amount is captured: the payment is done.
  record PaymentSettled(PaymentId paymentId, Instant at) implements PaymentEvent {}
}

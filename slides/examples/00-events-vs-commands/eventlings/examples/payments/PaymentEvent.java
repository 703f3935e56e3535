package eventlings.examples.payments;

import java.time.Instant;

// region payment-events
// What the payment service recorded: past tense, and the values a reader needs, never the command.
public sealed interface PaymentEvent {
  record PaymentCaptured(String paymentId, long cents, Instant at) implements PaymentEvent {}
  record PaymentRefunded(String paymentId, long cents, String reason, Instant at) implements PaymentEvent {}
  record RefundRefused(String paymentId, String why, Instant at) implements PaymentEvent {}
}
// endregion payment-events

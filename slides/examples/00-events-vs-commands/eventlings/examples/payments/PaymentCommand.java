package eventlings.examples.payments;

import java.time.Instant;

// region payment-commands
// Requests to the payment service, which may refuse each one: verb first.
public sealed interface PaymentCommand {
  record CapturePayment(String paymentId, long cents, Instant now) implements PaymentCommand {}
  record RefundPayment(String paymentId, long cents, String reason, Instant now) implements PaymentCommand {}
}
// endregion payment-commands

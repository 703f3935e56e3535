// What a payment is asked to do. The card is authorised for an amount; the shop captures it, at once or in parts.
package eventlings.payments;

import java.time.Instant;

public sealed interface PaymentCommand {

  record AuthorisePayment(PaymentId paymentId, long amountCents, Instant now) implements PaymentCommand {}

  record CapturePayment(PaymentId paymentId, long amountCents, Instant now) implements PaymentCommand {}
}

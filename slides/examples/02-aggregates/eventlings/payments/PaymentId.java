// A payment, the aggregate the deck of lab 02 teaches with before the lab: its id.
package eventlings.payments;

public record PaymentId(String value) {}

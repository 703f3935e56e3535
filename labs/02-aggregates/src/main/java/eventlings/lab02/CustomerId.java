// Nothing to build here: the id of the customer who placed an order.
package eventlings.lab02;

public record CustomerId(String value) {}

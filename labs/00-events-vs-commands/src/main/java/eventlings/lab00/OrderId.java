// Nothing to build here: the id of an order, used by the events and commands of every step.
package eventlings.lab00;

public record OrderId(String value) {}

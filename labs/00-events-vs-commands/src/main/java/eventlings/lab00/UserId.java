// Nothing to build here: the id of a user, used by the events and commands of every step.
package eventlings.lab00;

public record UserId(String value) {}

// Nothing to build here: the id of a user, carried by every event of their history.
package eventlings.lab01;

public record UserId(String value) {}

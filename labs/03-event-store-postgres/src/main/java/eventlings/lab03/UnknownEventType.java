// Nothing to build here: what EventTypes.deserialize throws, from step 2, for a type name it does not know.
package eventlings.lab03;

public final class UnknownEventType extends RuntimeException {

  private final String type;

  public UnknownEventType(String type) {
    super("No event type is registered under the name \"" + type + "\": register its record in EventTypes,"
        + " or find out who wrote such events to this store.");
    this.type = type;
  }

  public String type() {
    return type;
  }
}

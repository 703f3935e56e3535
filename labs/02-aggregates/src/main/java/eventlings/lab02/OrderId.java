// Nothing to build here: the id of an order, and the name of its stream in the event store.
package eventlings.lab02;

public record OrderId(String value) {

  // One stream per order, so the store can check the version of each order on its own.
  public String stream() {
    return "order-" + value;
  }
}

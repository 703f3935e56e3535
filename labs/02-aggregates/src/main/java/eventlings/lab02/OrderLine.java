// Nothing to build here: one line of an order, in an open order's state (built by evolve in step 2) and in the
// OrderConfirmed that records what was confirmed.
package eventlings.lab02;

// Prices in cents: money adds up exactly, with no rounding to argue about.
public record OrderLine(String sku, int quantity, long unitPriceCents) {

  public long totalCents() {
    return quantity * unitPriceCents;
  }
}

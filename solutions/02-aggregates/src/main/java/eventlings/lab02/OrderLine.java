package eventlings.lab02;

// Prices in cents: money adds up exactly, with no rounding to argue about.
public record OrderLine(String sku, int quantity, long unitPriceCents) {

  public long totalCents() {
    return quantity * unitPriceCents;
  }
}

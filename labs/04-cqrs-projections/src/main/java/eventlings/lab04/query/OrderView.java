// Nothing to build here: an order as the order page shows it, what OrderQueries answers from the view tables in step 5.
package eventlings.lab04.query;

import java.util.List;

// Denormalised on purpose: the customer's name is copied in and the total worked out before anyone asks.
public record OrderView(String orderId, String customerName, List<Line> lines, long totalCents, Status status) {

  public record Line(String sku, int quantity, long unitPriceCents) {}

  public enum Status { PLACED, CONFIRMED, CANCELLED }
}

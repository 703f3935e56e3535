// Nothing to build here: one line of an order, a product and how many of it, carried by OrderPlaced.
package eventlings.lab00;

public record OrderLine(String sku, int quantity) {}

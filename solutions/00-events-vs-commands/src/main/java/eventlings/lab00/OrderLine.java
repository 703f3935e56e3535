package eventlings.lab00;

public record OrderLine(String sku, int quantity) {}

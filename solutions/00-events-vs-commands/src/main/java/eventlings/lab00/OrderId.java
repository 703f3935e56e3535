package eventlings.lab00;

public record OrderId(String value) {}

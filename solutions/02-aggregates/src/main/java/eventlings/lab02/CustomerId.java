package eventlings.lab02;

public record CustomerId(String value) {}

package eventlings.lab00;

public record UserId(String value) {}

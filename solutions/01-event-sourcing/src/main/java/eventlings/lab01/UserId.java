package eventlings.lab01;

public record UserId(String value) {}

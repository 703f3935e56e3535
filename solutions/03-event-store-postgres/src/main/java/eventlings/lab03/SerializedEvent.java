package eventlings.lab03;

// An event as a row of the events table holds it: the name of its type, which version of that type's shape
// the data has, and the data as JSON.
public record SerializedEvent(String type, int typeVersion, String data) {}

package eventlings.lab03;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import eventlings.lab03.OrderEvent.ItemAdded;
import eventlings.lab03.OrderEvent.OrderConfirmed;
import eventlings.lab03.OrderEvent.OrderPlaced;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

public final class EventTypes {

  private record EventType(String name, int version, Class<? extends OrderEvent> record) {}

  // The names are stored with every event, so they stay when a record is renamed or moved to another package.
  private static final List<EventType> REGISTERED = List.of(
      new EventType("OrderPlaced", 2, OrderPlaced.class),
      new EventType("ItemAdded", 1, ItemAdded.class),
      new EventType("OrderConfirmed", 1, OrderConfirmed.class));

  private static final Map<Class<?>, EventType> BY_RECORD =
      REGISTERED.stream().collect(Collectors.toMap(EventType::record, Function.identity()));
  private static final Map<String, EventType> BY_NAME =
      REGISTERED.stream().collect(Collectors.toMap(EventType::name, Function.identity()));

  private final ObjectMapper json = new ObjectMapper();

  public SerializedEvent serialize(OrderEvent event) {
    EventType type = BY_RECORD.get(event.getClass());
    try {
      return new SerializedEvent(type.name(), type.version(), json.writeValueAsString(event));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write " + type.name() + " as JSON: " + e.getMessage(), e);
    }
  }

  public OrderEvent deserialize(SerializedEvent stored) {
    EventType type = BY_NAME.get(stored.type());
    if (type == null) {
      throw new UnknownEventType(stored.type());
    }
    try {
      return json.readValue(stored.data(), type.record());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read " + stored.type() + " from its JSON: " + e.getMessage(), e);
    }
  }
}

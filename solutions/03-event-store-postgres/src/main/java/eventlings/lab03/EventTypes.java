package eventlings.lab03;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

  // region upcast
  public OrderEvent deserialize(SerializedEvent stored) {
    EventType type = BY_NAME.get(stored.type());
    if (type == null) {
      throw new UnknownEventType(stored.type());
    }
    try {
      ObjectNode data = (ObjectNode) json.readTree(stored.data());
      return json.treeToValue(upcast(stored.type(), stored.typeVersion(), data), type.record());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read " + stored.type() + " from its JSON: " + e.getMessage(), e);
    }
  }

  // Old events stay in the table as they were written; they are brought to today's shape on the way out.
  private static ObjectNode upcast(String type, int version, ObjectNode data) {
    if (type.equals("OrderPlaced") && version == 1) {
      // Before the shop sold abroad, every order was paid in euros.
      data.put("currency", "EUR");
    }
    return data;
  }
  // endregion upcast
}

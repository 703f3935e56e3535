package eventlings.lab03;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eventlings.checkers.Step;
import eventlings.lab03.OrderEvent.ItemAdded;
import eventlings.lab03.OrderEvent.OrderConfirmed;
import eventlings.lab03.OrderEvent.OrderPlaced;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventTypesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final EventTypes types = new EventTypes();

  @Test
  @Step(2)
  @DisplayName("Each event is stored under its registered name, as JSON, and reads back equal")
  void each_event_is_stored_under_its_registered_name_as_json_and_reads_back_equal() throws Exception {
    assertStoredAs(new OrderPlaced("42", "customer-7", "SEK"), "OrderPlaced", 2);
    assertStoredAs(new ItemAdded("42", "teapot", 2, 2490), "ItemAdded", 1);
    assertStoredAs(new OrderConfirmed("42", "Ring twice"), "OrderConfirmed", 1);
  }

  @Test
  @Step(2)
  @DisplayName("An unknown event type fails with an error naming it")
  void an_unknown_event_type_fails_with_an_error_naming_it() {
    SerializedEvent known = new SerializedEvent("OrderConfirmed", 1, "{\"orderId\": \"42\", \"deliveryNote\": \"\"}");
    // Written by a newer version of the shop, which ships orders: this one has never heard of it.
    SerializedEvent unknown = new SerializedEvent("OrderShipped", 1, "{\"orderId\": \"42\"}");

    assertThat(types.deserialize(known)).isEqualTo(new OrderConfirmed("42", ""));
    assertThatExceptionOfType(UnknownEventType.class)
        .isThrownBy(() -> types.deserialize(unknown))
        .withMessageContaining("OrderShipped");
  }

  private void assertStoredAs(OrderEvent event, String name, int typeVersion) throws Exception {
    SerializedEvent stored = types.serialize(event);

    assertThat(stored.type()).as("the name %s is stored under", event.getClass().getSimpleName()).isEqualTo(name);
    assertThat(stored.typeVersion()).as("the version of %s's shape", name).isEqualTo(typeVersion);
    JsonNode data = JSON.readTree(stored.data());
    assertThat(data.path("orderId").asText()).as("the field orderId in the JSON of %s: %s", name, stored.data())
        .isEqualTo("42");
    assertThat(types.deserialize(stored)).as("%s read back", name).isEqualTo(event);
  }
}

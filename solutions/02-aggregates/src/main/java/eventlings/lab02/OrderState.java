package eventlings.lab02;

import java.util.ArrayList;
import java.util.List;

// One type per stage of an order's life. Each keeps only what the decisions of that stage need: not even the
// order's id, which every command brings and the stream already is.
public sealed interface OrderState {

  // Before the first event there is no order: a stage of its own, not a null.
  record NoOrder() implements OrderState {}

  record Open(List<OrderLine> lines) implements OrderState {

    public Open {
      lines = List.copyOf(lines);
    }

    public Open withLine(OrderLine line) {
      List<OrderLine> more = new ArrayList<>(lines);
      more.add(line);
      return new Open(more);
    }

    public long totalCents() {
      return lines.stream().mapToLong(OrderLine::totalCents).sum();
    }
  }

  record Confirmed() implements OrderState {}
}

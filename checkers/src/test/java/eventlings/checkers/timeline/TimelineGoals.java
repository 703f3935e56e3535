package eventlings.checkers.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.Step;
import eventlings.checkers.kafka.Kafka;
import eventlings.checkers.kafka.WithKafka;
import eventlings.checkers.timeline.LaunchedGoals.OnlyWhenLaunched;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/** Goals that pass and fail in the ways a timeline must tell apart. {@link TimelineTest} runs them. */
@WithKafka
@OnlyWhenLaunched
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimelineGoals {

  private final Kafka kafka;
  private final String orders;

  TimelineGoals(Kafka kafka) {
    this.kafka = kafka;
    this.orders = kafka.freshTopic("orders");
  }

  @Test
  @Step(1)
  @Order(1)
  void a_goal_that_passes() {
    kafka.send(orders, "order-1", "{\"type\":\"OrderPlaced\"}");
  }

  @Test
  @Step(1)
  @Order(2)
  void a_goal_that_fails() {
    kafka.send(orders, "order-2", "{\"type\":\"OrderCancelled\"}");
    assertThat(2).isEqualTo(3);
  }

  @Test
  @Step(1)
  @Order(3)
  @Timeout(value = 500, unit = TimeUnit.MILLISECONDS)
  void a_goal_that_times_out() throws InterruptedException {
    kafka.send(orders, "order-5", "{\"type\":\"OrderShipped\"}");
    new CountDownLatch(1).await(); // a wait for something that never comes
  }

  @Test
  @Step(1)
  @Order(4)
  void a_goal_not_written_yet() {
    kafka.send(orders, "order-3", "{\"type\":\"OrderPlaced\"}");
    throw new UnsupportedOperationException("TODO(step 1): cancel the order");
  }

  @Test
  @Step(1)
  @Order(5)
  void a_goal_that_cannot_run_here() {
    kafka.send(orders, "order-4", "{\"type\":\"OrderPlaced\"}");
    Assumptions.assumeTrue(false, "needs the embedded broker");
  }
}

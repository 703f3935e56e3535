package eventlings.checkers.faults;

import eventlings.checkers.kafka.Kafka;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.GroupState;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A consumer-group rebalance while a handler runs: when the wrapped consumer's poll first returns records, a second
 * member joins the group, and the records reach the handler only once the group has rebalanced without the first
 * member, as happens to a member busy in its handler for longer than its {@code max.poll.interval.ms}. The handler
 * then works on records that are no longer its own: its offset commit fails (a {@code CommitFailedException}), and
 * the second member, which now owns the partitions, receives the same records again.
 *
 * <pre>{@code
 * Properties settings = kafka.consumerProperties("billing");
 * settings.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, "1000"); // the group waits this long for a busy member
 * Rebalance rebalance = Rebalance.whileHandlingFirstBatch(kafka, new KafkaConsumer<>(settings),
 *     () -> second.set(BackgroundWork.start("billing 2", new Billing(new KafkaConsumer<>(settings), db)::run)));
 * try (BackgroundWork first = BackgroundWork.start("billing 1", new Billing(rebalance.consumer(), db)::run)) {
 *   kafka.send(topic, "order-42", orderPlaced);
 *   first.until(() -> rebalance.happened() && charges.count() == 1);
 * }
 * }</pre>
 *
 * {@code secondMemberJoins} starts the second member: usually another instance of the code under test, polling on its
 * own thread, with the same group id. The group waits for the busy first member as long as its
 * {@code max.poll.interval.ms}, so give it a second or two; the helper waits up to 10 s. Works with any broker, for
 * groups of the classic protocol (Kafka's default).
 */
public final class Rebalance {

  private static final Duration WAIT = Duration.ofSeconds(10);

  private final Kafka kafka;
  private final Runnable secondMemberJoins;
  private final AtomicBoolean joined = new AtomicBoolean();
  private final Consumer<?, ?> wrapped;
  private volatile boolean happened;

  private <K, V> Rebalance(Kafka kafka, Consumer<K, V> member, Runnable secondMemberJoins) {
    this.kafka = kafka;
    this.secondMemberJoins = secondMemberJoins;
    this.wrapped = KafkaClientProxy.wrap(Consumer.class, member, call -> {
      Object result = call.proceed();
      if (result instanceof ConsumerRecords<?, ?> records && !records.isEmpty() && joined.compareAndSet(false, true)) {
        rebalanceWithout(member.groupMetadata().groupId(), member.groupMetadata().memberId());
      }
      return result;
    });
  }

  /** {@code member}, whose first batch of records reaches its handler after the group rebalanced without it. */
  public static <K, V> Rebalance whileHandlingFirstBatch(Kafka kafka, Consumer<K, V> member, Runnable secondMemberJoins) {
    return new Rebalance(kafka, member, secondMemberJoins);
  }

  /** The consumer to give the code under test. */
  @SuppressWarnings("unchecked")
  public <K, V> Consumer<K, V> consumer() {
    return (Consumer<K, V>) wrapped;
  }

  /** True once the group rebalanced while the first member held its first batch. */
  public boolean happened() {
    return happened;
  }

  private void rebalanceWithout(String groupId, String memberId) {
    secondMemberJoins.run();
    try {
      Awaitility.await("group " + groupId + " to rebalance without its busy member").atMost(WAIT)
          .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(50))
          .until(() -> kafka.describeGroup(groupId), group -> rebalancedWithout(group, memberId));
      happened = true;
    } catch (ConditionTimeoutException e) {
      throw new AssertionError("group " + groupId + " did not rebalance without its busy member within " + WAIT.toSeconds()
          + " s: is its max.poll.interval.ms a second or two, and does the second member use the same group id and poll?");
    }
  }

  private static boolean rebalancedWithout(ConsumerGroupDescription group, String memberId) {
    return group.groupState() == GroupState.STABLE && !group.members().isEmpty()
        && group.members().stream().map(MemberDescription::consumerId).noneMatch(memberId::equals);
  }
}

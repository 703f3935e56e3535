package eventlings.checkers.faults;

import eventlings.checkers.kafka.Kafka;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Delivers a batch again that a consumer group already consumed and committed, by moving the group's committed
 * offsets back, as an operator replaying a topic or a commit lost in a crash would. The group's next consumer
 * receives those records a second time:
 *
 * <pre>{@code
 * billing.close();                                    // the group's consumers are stopped
 * Redelivery.rewind(kafka, "billing", topic, 3);       // the last 3 records of each partition come again
 * try (BackgroundWork again = BackgroundWork.start("billing", ...)) { ... }
 * }</pre>
 *
 * Kafka only moves the offsets of a group without members: the helper waits up to 5 s for the group's consumers to
 * have left. Works with any broker.
 */
public final class Redelivery {

  private static final Duration WAIT = Duration.ofSeconds(5);

  private Redelivery() {}

  /**
   * Moves {@code groupId}'s committed offsets on every partition of {@code topic} back by {@code records} (not
   * before the partition's start).
   *
   * @return the group's offsets now, per partition: where its next consumer starts reading
   */
  public static Map<TopicPartition, Long> rewind(Kafka kafka, String groupId, String topic, long records) {
    Map<TopicPartition, Long> committed = kafka.committedOffsets(groupId);
    Map<TopicPartition, Long> rewound = new LinkedHashMap<>();
    committed.forEach((partition, offset) -> {
      if (partition.topic().equals(topic)) {
        rewound.put(partition, Math.max(0, offset - records));
      }
    });
    if (rewound.isEmpty()) {
      throw new IllegalStateException("group " + groupId + " has committed nothing on " + topic
          + ": nothing to deliver again");
    }
    awaitNoMembers(kafka, groupId);
    kafka.moveCommittedOffsets(groupId, rewound);
    return rewound;
  }

  /** Moves {@code groupId}'s committed offsets on {@code topic} back to the start: the group reads it all again. */
  public static Map<TopicPartition, Long> rewindToStart(Kafka kafka, String groupId, String topic) {
    return rewind(kafka, groupId, topic, Long.MAX_VALUE);
  }

  private static void awaitNoMembers(Kafka kafka, String groupId) {
    try {
      Awaitility.await("group " + groupId + " to have no members").atMost(WAIT).pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(50))
          .until(() -> kafka.describeGroup(groupId), group -> group.members().isEmpty()
              && List.of(GroupState.EMPTY, GroupState.DEAD).contains(group.groupState()));
    } catch (ConditionTimeoutException e) {
      ConsumerGroupDescription group = kafka.describeGroup(groupId);
      throw new AssertionError("group " + groupId + " still has " + group.members().size() + " member(s) after "
          + WAIT.toSeconds() + " s: close its consumers before delivering its records again");
    }
  }
}

package eventlings.checkers.timeline;

import eventlings.checkers.timeline.BrokerView.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads back what the broker holds for a failed goal: the records of its topics from the goal's start, the end of
 * each partition, and every consumer group's committed offsets there. Without a consumer group and without the
 * timeline's interceptors, so reading disturbs nothing it reads. Only ever called when a goal failed.
 */
final class BrokerReading {

  private static final Duration WAIT = Duration.ofSeconds(3);
  private static final Duration POLL = Duration.ofMillis(100);
  private static final int MOST_RECORDS_PER_PARTITION = 1_000;
  private static final int MOST_GROUPS = 200;

  private BrokerReading() {}

  /**
   * @param topics the topics to read, with when the kit created them: a topic created since {@code start} is read
   *     whole, any other from the first record stamped at or after {@code start}
   */
  static BrokerView read(String bootstrapServers, Map<String, Optional<Instant>> topics, Instant start) {
    Instant readAt = Instant.now();
    KafkaConsumer<byte[], byte[]> consumer = null;
    try {
      consumer = new KafkaConsumer<>(readerSettings(bootstrapServers));
      List<TopicPartition> partitions = partitionsOf(consumer, topics.keySet());
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, WAIT);
      Map<TopicPartition, Long> from = startingOffsets(consumer, partitions, topics, start, ends);
      List<StoredRecord> records = readRecords(consumer, from, ends);
      return new BrokerView(readAt, records, ends, committedOffsets(bootstrapServers, partitions), Optional.empty());
    } catch (KafkaException | ExecutionException | TimeoutException e) {
      return BrokerView.unreadable(readAt, "the broker could not be read back: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return BrokerView.unreadable(readAt, "interrupted while reading the broker back");
    } finally {
      if (consumer != null) {
        consumer.close(CloseOptions.timeout(Duration.ZERO));
      }
    }
  }

  private static Properties readerSettings(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, String.valueOf(WAIT.toMillis()));
    props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, String.valueOf(WAIT.toMillis()));
    return props;
  }

  private static List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> consumer, Iterable<String> topics) {
    List<TopicPartition> partitions = new ArrayList<>();
    for (String topic : topics) {
      // A topic deleted meanwhile has no partitions: nothing to read.
      for (PartitionInfo info : consumer.partitionsFor(topic, WAIT)) {
        partitions.add(new TopicPartition(topic, info.partition()));
      }
    }
    partitions.sort(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition));
    return partitions;
  }

  private static Map<TopicPartition, Long> startingOffsets(KafkaConsumer<byte[], byte[]> consumer,
      List<TopicPartition> partitions, Map<String, Optional<Instant>> topics, Instant start,
      Map<TopicPartition, Long> ends) {
    Map<TopicPartition, Long> whole = new HashMap<>();
    Map<TopicPartition, Long> byTime = new HashMap<>();
    for (TopicPartition partition : partitions) {
      boolean createdInGoal = topics.get(partition.topic()).map(created -> !created.isBefore(start)).orElse(false);
      if (createdInGoal) {
        whole.put(partition, 0L);
      } else {
        byTime.put(partition, start.toEpochMilli());
      }
    }
    Map<TopicPartition, Long> from = new LinkedHashMap<>();
    if (!whole.isEmpty()) {
      from.putAll(consumer.beginningOffsets(whole.keySet(), WAIT));
    }
    if (!byTime.isEmpty()) {
      Map<TopicPartition, OffsetAndTimestamp> found = consumer.offsetsForTimes(byTime, WAIT);
      byTime.keySet().forEach(partition -> from.put(partition,
          found.get(partition) == null ? ends.get(partition) : found.get(partition).offset()));
    }
    return from;
  }

  private static List<StoredRecord> readRecords(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> from,
      Map<TopicPartition, Long> ends) {
    Map<TopicPartition, Long> until = new HashMap<>();
    from.forEach((partition, offset) -> {
      long end = ends.getOrDefault(partition, offset);
      if (end > offset) {
        until.put(partition, Math.min(end, offset + MOST_RECORDS_PER_PARTITION));
      }
    });
    List<StoredRecord> records = new ArrayList<>();
    if (until.isEmpty()) {
      return records;
    }
    consumer.assign(until.keySet());
    until.keySet().forEach(partition -> consumer.seek(partition, from.get(partition)));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!until.isEmpty() && System.nanoTime() < deadline) {
      for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
        TopicPartition partition = new TopicPartition(record.topic(), record.partition());
        Long last = until.get(partition);
        if (last != null && record.offset() < last) {
          records.add(stored(record));
        }
      }
      // Transaction markers take offsets but are no records: the position, not the records, says when a partition is done.
      until.entrySet().removeIf(entry -> consumer.position(entry.getKey(), WAIT) >= entry.getValue());
    }
    return records;
  }

  private static StoredRecord stored(ConsumerRecord<byte[], byte[]> record) {
    List<String> headers = new ArrayList<>();
    for (Header header : record.headers()) {
      headers.add(header.key() + "=" + text(header.value()));
    }
    return new StoredRecord(new Place(record.topic(), record.partition(), record.offset()),
        Instant.ofEpochMilli(record.timestamp()), text(record.key()), text(record.value()), List.copyOf(headers));
  }

  private static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }

  /** Each consumer group's committed offsets on {@code partitions}; groups with none there are left out. */
  private static Map<String, Map<TopicPartition, Long>> committedOffsets(String bootstrapServers,
      List<TopicPartition> partitions) throws ExecutionException, TimeoutException, InterruptedException {
    Map<String, Map<TopicPartition, Long>> committed = new LinkedHashMap<>();
    if (partitions.isEmpty()) {
      return committed;
    }
    Admin admin = Admin.create(Map.of(
        AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis(),
        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis()));
    try {
      Map<String, ListConsumerGroupOffsetsSpec> specs = new LinkedHashMap<>();
      admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(WAIT.toMillis(), TimeUnit.MILLISECONDS).stream()
          .map(GroupListing::groupId)
          .sorted()
          .limit(MOST_GROUPS)
          .forEach(group -> specs.put(group, new ListConsumerGroupOffsetsSpec().topicPartitions(partitions)));
      if (specs.isEmpty()) {
        return committed;
      }
      var offsets = admin.listConsumerGroupOffsets(specs);
      for (String group : specs.keySet()) {
        Map<TopicPartition, Long> ofGroup = new LinkedHashMap<>();
        try {
          Map<TopicPartition, OffsetAndMetadata> found = offsets.partitionsToOffsetAndMetadata(group)
              .get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
          found.forEach((partition, offset) -> {
            if (offset != null) {
              ofGroup.put(partition, offset.offset());
            }
          });
        } catch (ExecutionException e) {
          // A group that went away meanwhile has no offsets to show.
        }
        if (!ofGroup.isEmpty()) {
          committed.put(group, ofGroup);
        }
      }
    } finally {
      admin.close(Duration.ZERO);
    }
    return committed;
  }
}

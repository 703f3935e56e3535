package eventlings.checkers.kafka;

import eventlings.checkers.async.BackgroundWork;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Reads a topic from its beginning on a background thread and keeps every record, so a test can wait for what the
 * code under test published. Get one from {@link Kafka#collect(String)}:
 *
 * <pre>{@code
 * RecordCollector published = kafka.collect(topic);
 * relay.publishPending();
 * assertThat(published.awaitValues(2)).containsExactly("{...}", "{...}");
 * }</pre>
 *
 * It reads without a consumer group (it assigns itself every partition), so it never disturbs the groups under test.
 */
public final class RecordCollector implements AutoCloseable {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final Duration POLL = Duration.ofMillis(50);

  private final String topic;
  private final KafkaConsumer<String, String> consumer;
  private final List<ConsumerRecord<String, String>> records = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean closed;
  private volatile RuntimeException failure;

  private RecordCollector(String topic, KafkaConsumer<String, String> consumer) {
    this.topic = topic;
    this.consumer = consumer;
    this.thread = Thread.ofPlatform().daemon().name("eventlings-collector-" + topic).unstarted(this::consume);
  }

  static RecordCollector start(String topic, String bootstrapServers) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    // Looking a topic up must not create it: the code under test decides its partitions.
    props.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
    RecordCollector collector = new RecordCollector(topic, new KafkaConsumer<>(props));
    collector.thread.start();
    return collector;
  }

  private void consume() {
    try {
      List<TopicPartition> partitions = awaitPartitions();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      while (!closed) {
        consumer.poll(POLL).forEach(records::add);
      }
    } catch (WakeupException e) {
      // close() woke the consumer up: done.
    } catch (RuntimeException e) {
      if (!closed) {
        failure = e;
      }
    } finally {
      consumer.close(CloseOptions.timeout(Duration.ZERO));
    }
  }

  /** The topic's partitions; a topic a moment old may not be known to every broker yet, so ask until it is. */
  private List<TopicPartition> awaitPartitions() {
    List<PartitionInfo> infos = Awaitility.await("topic " + topic + " to exist")
        .atMost(WAIT)
        .pollInSameThread() // a KafkaConsumer must only be used by the thread that polls it
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(20))
        .until(() -> consumer.partitionsFor(topic, WAIT), found -> closed || !found.isEmpty());
    return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
  }

  /** The topic this collector reads. */
  public String topic() {
    return topic;
  }

  /** Every record received so far, in the order received. */
  public List<ConsumerRecord<String, String>> records() {
    return List.copyOf(records);
  }

  /** The values of every record received so far, in the order received. */
  public List<String> values() {
    return records().stream().map(ConsumerRecord::value).toList();
  }

  /**
   * Waits up to 5 s until at least {@code count} records have arrived, and returns all the records received.
   * Fails at once if {@link BackgroundWork} running the code under test has failed.
   */
  public List<ConsumerRecord<String, String>> awaitRecords(int count) {
    return awaitRecords(count, WAIT);
  }

  /** As {@link #awaitRecords(int)}, waiting up to {@code atMost}. */
  public List<ConsumerRecord<String, String>> awaitRecords(int count, Duration atMost) {
    try {
      Awaitility.await()
          .atMost(atMost)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(20))
          .until(() -> {
            BackgroundWork.checkNoneFailed();
            checkNotFailed();
            return records.size() >= count;
          });
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(String.format(Locale.ROOT, "Expected %d record%s on topic %s within %.1f s, but %s",
          count, count == 1 ? "" : "s", topic, atMost.toMillis() / 1000.0, arrivedSoFar()));
    }
    return records();
  }

  /** As {@link #awaitRecords(int)}, returning the records' values. */
  public List<String> awaitValues(int count) {
    return awaitRecords(count).stream().map(ConsumerRecord::value).toList();
  }

  private String arrivedSoFar() {
    List<ConsumerRecord<String, String>> arrived = records();
    if (arrived.isEmpty()) {
      return "none arrived";
    }
    return arrived.size() + " arrived: " + arrived.stream()
        .map(record -> record.key() + "=" + record.value())
        .collect(Collectors.joining(", ", "[", "]"));
  }

  private void checkNotFailed() {
    if (failure != null) {
      throw new IllegalStateException("reading topic " + topic + " failed: " + failure.getMessage(), failure);
    }
  }

  /** Stops reading. */
  @Override
  public void close() {
    closed = true;
    consumer.wakeup();
    try {
      thread.join(WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

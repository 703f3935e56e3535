package eventlings.checkers.kafka;

import eventlings.checkers.servers.KafkaServer;
import eventlings.checkers.timeline.KafkaTrail;
import eventlings.checkers.timeline.Timeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Assumptions;

/**
 * The Kafka cluster of a test class: topics of its own, client settings for tests, and a way to take the broker
 * down. Received as a parameter in any test class annotated with {@link WithKafka}:
 *
 * <pre>{@code
 * @WithKafka
 * class OrderRelayTest {
 *   @Test
 *   void relays_an_order(Kafka kafka) {
 *     String topic = kafka.freshTopic("orders");
 *     ...
 *   }
 * }
 * }</pre>
 *
 * Keys and values are strings everywhere here: events travel as JSON text in the labs.
 */
public final class Kafka {

  private static final Duration WAIT = Duration.ofSeconds(5);

  private final KafkaServer server;
  private final KafkaTrail trail;
  private final List<String> topics = new ArrayList<>();
  private final List<AutoCloseable> resources = new ArrayList<>();
  private Admin admin;
  private Producer<String, String> producer;

  Kafka(KafkaServer server, Timeline timeline) {
    this.server = server;
    this.trail = timeline.followKafka(server.bootstrapServers(), this::ensureBrokerRunning);
  }

  /** The {@code bootstrap.servers} value: {@code host:port} of the broker(s). */
  public String bootstrapServers() {
    return server.bootstrapServers();
  }

  /** Creates a topic with one partition and a name no other test uses, e.g. {@code topic-3f9a2c1e}. */
  public String freshTopic() {
    return freshTopic("topic");
  }

  /** Creates a topic with one partition and a unique name starting with {@code prefix}, e.g. {@code orders-3f9a2c1e}. */
  public String freshTopic(String prefix) {
    return freshTopic(prefix, 1);
  }

  /** Creates a topic with {@code partitions} partitions and a unique name starting with {@code prefix}. */
  public String freshTopic(String prefix, int partitions) {
    String name = prefix + "-" + uniqueSuffix();
    createTopic(name, partitions);
    return name;
  }

  /** Creates the topic {@code name} with {@code partitions} partitions; it is deleted after the test class. */
  public void createTopic(String name, int partitions) {
    await(admin().createTopics(List.of(new NewTopic(name, partitions, (short) 1))).all(), "creating topic " + name);
    topics.add(name);
    trail.topicCreated(name);
  }

  /**
   * Producer settings for tests: string keys and values, idempotent, {@code acks=all}, and short bounds so a
   * producer that cannot reach the broker fails within seconds instead of blocking for a minute. What a producer
   * made with them sends appears on the timeline of a failing goal.
   */
  public Properties producerProperties() {
    return trail.producerSettings(plainProducerProperties());
  }

  /**
   * Producer settings for tests, as {@link #producerProperties()}, with the client id {@code clientId}: the name the
   * producer goes by on a failing goal's timeline, such as {@code relay}.
   */
  public Properties producerProperties(String clientId) {
    Properties props = producerProperties();
    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    return props;
  }

  private Properties plainProducerProperties() {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "3000");
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "8000");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    return props;
  }

  /**
   * Consumer settings for tests: string keys and values, a group id no other test uses, and reading from the
   * beginning of the topic when the group has no committed offset yet. What a consumer made with them receives and
   * commits appears on the timeline of a failing goal, under its group id.
   */
  public Properties consumerProperties() {
    return consumerProperties("group-" + uniqueSuffix());
  }

  /** Consumer settings for tests, as {@link #consumerProperties()}, in the consumer group {@code groupId}. */
  public Properties consumerProperties(String groupId) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    return trail.consumerSettings(props);
  }

  /** Sends one record and waits until the broker has stored it. */
  public RecordMetadata send(String topic, String key, String value) {
    return send(new ProducerRecord<>(topic, key, value));
  }

  /** Sends one record (with its headers, partition, timestamp) and waits until the broker has stored it. */
  public RecordMetadata send(ProducerRecord<String, String> record) {
    return await(producer().send(record), "sending to " + record.topic());
  }

  /**
   * Delivers the same record twice, as a producer retrying after a lost acknowledgement or a relay replaying after
   * a crash does: same key, value and headers, two offsets. Consumers must cope with it.
   *
   * @return where the two copies were stored
   */
  public List<RecordMetadata> deliverTwice(ProducerRecord<String, String> record) {
    return List.of(send(record), send(record));
  }

  /**
   * Starts reading {@code topic} from its beginning in the background; the collector stops after the test class,
   * or when closed.
   */
  public RecordCollector collect(String topic) {
    RecordCollector collector = RecordCollector.start(topic, bootstrapServers());
    resources.add(collector);
    return collector;
  }

  /**
   * The offsets consumer group {@code groupId} has committed, as the next offset to read per partition; empty for a
   * group that has committed nothing.
   */
  public Map<TopicPartition, Long> committedOffsets(String groupId) {
    Map<TopicPartition, OffsetAndMetadata> committed = await(
        admin().listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata(), "reading the offsets of group " + groupId);
    Map<TopicPartition, Long> offsets = new TreeMap<>(Comparator.comparing(TopicPartition::toString));
    committed.forEach((partition, offset) -> {
      if (offset != null) {
        offsets.put(partition, offset.offset());
      }
    });
    return offsets;
  }

  /**
   * Sets consumer group {@code groupId}'s committed offsets, the next offset to read per partition. Kafka refuses
   * while the group has members: stop its consumers first.
   */
  public void moveCommittedOffsets(String groupId, Map<TopicPartition, Long> offsets) {
    Map<TopicPartition, OffsetAndMetadata> moved = new HashMap<>();
    offsets.forEach((partition, offset) -> moved.put(partition, new OffsetAndMetadata(offset)));
    await(admin().alterConsumerGroupOffsets(groupId, moved).all(), "moving the offsets of group " + groupId);
  }

  /** Consumer group {@code groupId} as the broker sees it now: its state and members. */
  public ConsumerGroupDescription describeGroup(String groupId) {
    return await(admin().describeConsumerGroups(List.of(groupId)).describedGroups().get(groupId),
        "describing group " + groupId);
  }

  /** An admin client for what the other methods do not cover. */
  public synchronized Admin admin() {
    if (admin == null) {
      admin = Admin.create(Map.of(
          AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
          AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis(),
          AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) WAIT.toMillis()));
    }
    return admin;
  }

  /**
   * Stops the broker, keeping its port and data. Clients see the connection drop and retry; call
   * {@link #startBroker()} to bring it back (it is also started again after the test, should a test forget).
   * Only the embedded broker can be stopped: on other servers the test is skipped.
   */
  public void stopBroker() {
    assumeRestartable();
    server.stop();
  }

  /** Starts the broker stopped by {@link #stopBroker()} on the same port with the same data. */
  public void startBroker() {
    assumeRestartable();
    server.start();
  }

  /** After each test: a test that stopped the broker and failed before starting it must not break the next one. */
  void ensureBrokerRunning() {
    server.ensureRunning();
  }

  private void assumeRestartable() {
    Assumptions.assumeTrue(server.canRestart(),
        "Skipped: only the embedded broker can be stopped and started by a test, and this one is the "
            + server.description());
  }

  private synchronized Producer<String, String> producer() {
    if (producer == null) {
      producer = new KafkaProducer<>(trail.testProducerSettings(plainProducerProperties()));
    }
    return producer;
  }

  /** Called after the test class: stops its collectors and clients and deletes its topics. */
  synchronized void close() {
    trail.close();
    resources.forEach(Kafka::closeQuietly);
    if (producer != null) {
      producer.close(Duration.ZERO);
    }
    if (admin != null) {
      if (!topics.isEmpty()) {
        // Tidy for shared clusters; the embedded broker's data goes with the JVM anyway, so do not wait long.
        try {
          admin.deleteTopics(topics).all().get(2, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
          // A topic left behind harms nobody: every test uses fresh names.
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      admin.close(Duration.ZERO);
    }
  }

  private static void closeQuietly(AutoCloseable resource) {
    try {
      resource.close();
    } catch (Exception e) {
      // The test class is over; what it left running is stopped as well as can be.
    }
  }

  static String uniqueSuffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  private static <T> T await(Future<T> future, String what) {
    try {
      return future.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
    } catch (TimeoutException e) {
      throw new IllegalStateException(what + " did not finish within " + WAIT.toSeconds() + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + what, e);
    }
  }
}

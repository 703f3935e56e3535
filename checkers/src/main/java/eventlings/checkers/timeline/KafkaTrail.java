package eventlings.checkers.timeline;

import eventlings.checkers.timeline.ClientMoment.Committed;
import eventlings.checkers.timeline.ClientMoment.Delivery;
import eventlings.checkers.timeline.ClientMoment.Received;
import eventlings.checkers.timeline.ClientMoment.SendFailed;
import eventlings.checkers.timeline.ClientMoment.Sent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The Kafka side of a test class's timeline: the topics it created and what its clients did, recorded by the
 * interceptors that {@link #producerSettings} and {@link #consumerSettings} install. Recording costs a queue
 * insertion per record; the broker is only read when a goal fails. {@code Kafka} keeps one per test class.
 */
public final class KafkaTrail {

  /** Client setting naming the trail a client's interceptor records to. */
  static final String TRAIL = "eventlings.timeline.trail";
  /** Client setting naming the client on the timeline, when its client id would not say it well. */
  static final String ACTOR = "eventlings.timeline.actor";

  private static final Map<String, KafkaTrail> OPEN = new ConcurrentHashMap<>();
  /** Beyond this many records sent, received or committed in one goal (a load test), later ones are counted, not kept. */
  private static final int MOST_RECORDS = 20_000;
  private static final StackWalker STACK = StackWalker.getInstance();
  /** The kit's fault wrappers call {@code poll} for the code they wrap. */
  private static final String FAULTS = "eventlings.checkers.faults.";

  private final String id = UUID.randomUUID().toString();
  private final boolean on;
  private final String bootstrapServers;
  private final Runnable ensureBrokerRunning;
  private final Queue<ClientMoment> moments = new ConcurrentLinkedQueue<>();
  private final AtomicInteger kept = new AtomicInteger();
  private final AtomicInteger dropped = new AtomicInteger();
  private final AtomicLong order = new AtomicLong();
  private final AtomicInteger clients = new AtomicInteger();
  /** Every topic of the trail, with when the kit created it; topics only seen in use have no creation time. */
  private final Map<String, Optional<Instant>> topics = new ConcurrentHashMap<>();

  private KafkaTrail(boolean on, String bootstrapServers, Runnable ensureBrokerRunning) {
    this.on = on;
    this.bootstrapServers = bootstrapServers;
    this.ensureBrokerRunning = ensureBrokerRunning;
  }

  static KafkaTrail open(String bootstrapServers, Runnable ensureBrokerRunning) {
    KafkaTrail trail = new KafkaTrail(true, bootstrapServers, ensureBrokerRunning);
    OPEN.put(trail.id, trail);
    return trail;
  }

  /** A trail that records nothing, for test classes run with the timeline switched off. */
  static KafkaTrail off() {
    return new KafkaTrail(false, "", () -> {});
  }

  /** Adds the timeline's producer interceptor to {@code settings}. */
  public Properties producerSettings(Properties settings) {
    return install(settings, ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, TimelineProducerInterceptor.class,
        Optional.empty());
  }

  /**
   * Adds the timeline's producer interceptor to the settings of the kit's own producer: what it sends, the test sent
   * on purpose, so a record it sends twice is no surprise.
   */
  public Properties testProducerSettings(Properties settings) {
    return install(settings, ProducerConfig.INTERCEPTOR_CLASSES_CONFIG, TimelineProducerInterceptor.class,
        Optional.of(KafkaChapter.TEST));
  }

  /** Adds the timeline's consumer interceptor to {@code settings}. */
  public Properties consumerSettings(Properties settings) {
    return install(settings, ConsumerConfig.INTERCEPTOR_CLASSES_CONFIG, TimelineConsumerInterceptor.class,
        Optional.empty());
  }

  private Properties install(Properties settings, String key, Class<?> interceptor, Optional<String> actor) {
    if (!on) {
      return settings;
    }
    // By name, as Kafka reads it from a file: the settings stay plain strings a test may print or copy.
    settings.put(key, interceptor.getName());
    settings.put(TRAIL, id);
    actor.ifPresent(name -> settings.put(ACTOR, name));
    return settings;
  }

  /** The kit created {@code topic}: its whole content belongs to the goals that come after. */
  public void topicCreated(String topic) {
    topics.put(topic, Optional.of(Instant.now()));
  }

  /** The test class is over: its clients record nothing more. */
  public void close() {
    OPEN.remove(id);
  }

  /** Forgets what happened before {@code start}: a goal's timeline begins there. */
  void forgetBefore(Instant start) {
    moments.removeIf(moment -> {
      boolean old = moment.at().isBefore(start);
      if (old) {
        kept.addAndGet(-weight(moment));
      }
      return old;
    });
    dropped.set(0);
  }

  /** Everything recorded since {@code start}, and the broker read back: called when a goal fails. */
  KafkaFacts since(Instant start) {
    List<ClientMoment> recorded = moments.stream().filter(moment -> !moment.at().isBefore(start)).toList();
    // A goal that stopped the broker and failed before starting it again: the broker would be started after it anyway.
    ensureBrokerRunning.run();
    BrokerView broker = BrokerReading.read(bootstrapServers, Map.copyOf(topics), start);
    return new KafkaFacts(recorded, broker, dropped.get());
  }

  /** What a failed goal's timeline draws from Kafka; {@code dropped} records went beyond what a goal keeps. */
  record KafkaFacts(List<ClientMoment> moments, BrokerView broker, int dropped) {}

  private void record(ClientMoment moment) {
    int weight = weight(moment);
    if (kept.addAndGet(weight) > MOST_RECORDS) {
      kept.addAndGet(-weight);
      dropped.addAndGet(weight);
      return;
    }
    moments.add(moment);
  }

  /** What a moment holds on to: a batch its records, anything else one. */
  private static int weight(ClientMoment moment) {
    return moment instanceof Received received ? received.records().size() : 1;
  }

  private long next() {
    return order.incrementAndGet();
  }

  /** The client an interceptor serves, found from the settings it was configured with. */
  static Client client(Map<String, ?> configs, boolean consumer) {
    KafkaTrail trail = OPEN.get(String.valueOf(configs.get(TRAIL)));
    if (trail == null) {
      return Client.UNTRACKED;
    }
    String clientId = String.valueOf(configs.get(CommonClientConfigs.CLIENT_ID_CONFIG));
    Object groupId = configs.get(ConsumerConfig.GROUP_ID_CONFIG);
    String group = groupId == null ? "" : String.valueOf(groupId);
    return new Client(trail, trail.clients.incrementAndGet(), actor(configs, clientId, group, consumer), group);
  }

  /**
   * The name a client goes by on the timeline: the kit's own name for it, else a client id someone chose, else the
   * consumer's group; Kafka's generated ids ({@code producer-3}, {@code consumer-billing-4}) say little.
   */
  private static String actor(Map<String, ?> configs, String clientId, String group, boolean consumer) {
    if (configs.get(ACTOR) != null) {
      return String.valueOf(configs.get(ACTOR));
    }
    boolean generated = consumer ? clientId.startsWith("consumer-" + group + "-") : clientId.matches("producer-\\d+");
    return generated && consumer && !group.isEmpty() ? group : clientId;
  }

  /** One producer or consumer recording to a trail; {@link #UNTRACKED} for settings of a closed trail. */
  static final class Client {

    static final Client UNTRACKED = new Client(null, 0, "", "");

    private final KafkaTrail trail;
    private final int number;
    private final String actor;
    private final String group;

    private Client(KafkaTrail trail, int number, String actor, String group) {
      this.trail = trail;
      this.number = number;
      this.actor = actor;
      this.group = group;
    }

    private boolean tracked() {
      return trail != null && OPEN.containsKey(trail.id);
    }

    void topicUsed(String topic) {
      if (tracked()) {
        trail.topics.putIfAbsent(topic, Optional.empty());
      }
    }

    void acknowledged(RecordMetadata metadata, Exception exception) {
      if (!tracked() || metadata == null) {
        return;
      }
      if (exception == null) {
        trail.record(new Sent(trail.next(), Instant.now(), actor,
            new Place(metadata.topic(), metadata.partition(), metadata.offset())));
      } else {
        trail.record(new SendFailed(trail.next(), Instant.now(), actor, metadata.topic(),
            exception.getClass().getSimpleName() + ": " + exception.getMessage()));
      }
    }

    void received(ConsumerRecords<?, ?> records) {
      if (!tracked() || records.isEmpty()) {
        return;
      }
      List<Delivery> deliveries = new ArrayList<>(records.count());
      for (ConsumerRecord<?, ?> record : records) {
        trail.topics.putIfAbsent(record.topic(), Optional.empty());
        Place place = new Place(record.topic(), record.partition(), record.offset());
        deliveries.add(new Delivery(place, record.key(), record.value()));
      }
      trail.record(new Received(trail.next(), Instant.now(), actor, group, number, List.copyOf(deliveries), poller()));
    }

    void committed(Map<TopicPartition, OffsetAndMetadata> offsets) {
      if (!tracked() || offsets.isEmpty()) {
        return;
      }
      Map<TopicPartition, Long> next = new LinkedHashMap<>();
      offsets.forEach((partition, offset) -> next.put(partition, offset.offset()));
      trail.record(new Committed(trail.next(), Instant.now(), actor, group, number, next));
    }

    /**
     * The method that called {@code poll}, such as {@code eventlings.lab06.BillingConsumer.run}: a handler's
     * exception thrown under it names the batch it was handling.
     */
    private static Optional<String> poller() {
      return STACK.walk(frames -> frames
          .map(frame -> frame.getClassName() + "." + frame.getMethodName())
          .dropWhile(KafkaTrail::isMachinery)
          .findFirst());
    }
  }

  /** Frames between an interceptor and the code that polled: Kafka's, the JDK's, the timeline's, the fault wrappers'. */
  static boolean isMachinery(String frame) {
    return frame.startsWith("org.apache.kafka.") || frame.startsWith("java.") || frame.startsWith("jdk.")
        || frame.startsWith("sun.") || frame.startsWith("com.sun.")
        || frame.startsWith(KafkaTrail.class.getName()) || frame.startsWith(TimelineConsumerInterceptor.class.getName())
        || frame.startsWith(FAULTS);
  }
}

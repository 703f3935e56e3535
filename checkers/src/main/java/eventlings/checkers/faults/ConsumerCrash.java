package eventlings.checkers.faults;

import eventlings.checkers.async.BackgroundWork;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/**
 * A consumer that dies between its effect and its offset commit: whatever its handler did stays done, but the group's
 * offset stays where it was, so the restarted consumer receives the same records again and must not apply them twice.
 *
 * <pre>{@code
 * ConsumerCrash crash = ConsumerCrash.beforeFirstCommit(kafka.consumerProperties("billing"), postgres.dataSource());
 * BackgroundWork billing = BackgroundWork.start("billing", new Billing(crash.consumer(), crash.dataSource())::run);
 * kafka.send(topic, "order-42", orderPlaced);
 * crash.awaitCrash(billing);                              // charged, but the offset was never committed
 *
 * try (BackgroundWork restarted = BackgroundWork.start("billing", new Billing(consumer, postgres.dataSource())::run)) {
 *   restarted.until(() -> deliveredTwice(...));           // ... and the charge must still be there once
 * }
 * }</pre>
 *
 * The process dies at its first offset commit ({@code commitSync} or {@code commitAsync}) after a poll handed it
 * records, before the commit is made; with {@code enable.auto.commit} it dies at the first poll after that, where the
 * automatic commit would have happened. It then leaves its group at once, as if its session had timed out, so the
 * restarted consumer is not kept waiting. From then on every call on the consumer but {@code close} throws {@link ProcessCrashed}, and
 * every call on the crash's connections (when given a data source) fails with an {@link java.sql.SQLException},
 * rolling back what was not committed. Works with any broker.
 */
public final class ConsumerCrash {

  private static final Set<String> COMMITS = Set.of("commitSync", "commitAsync");
  private static final Duration LEAVING = Duration.ofSeconds(2);

  private final Dying dying;
  private final KafkaConsumer<?, ?> consumer;
  private final boolean autoCommit;
  private volatile boolean handedOutRecords;

  private ConsumerCrash(Properties settings, Optional<DataSource> database) {
    this.dying = new Dying("the consumer crashed before committing its offsets", database);
    this.autoCommit = Boolean.parseBoolean(settings.getProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "true"));
    Properties manual = new Properties();
    manual.putAll(settings);
    // The automatic commit is where this process dies: it must never happen behind its back, not even on close.
    manual.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    this.consumer = new KafkaConsumer<>(manual);
  }

  /** A consumer made with {@code settings} that dies right before its first offset commit after handling records. */
  public static ConsumerCrash beforeFirstCommit(Properties settings) {
    return new ConsumerCrash(settings, Optional.empty());
  }

  /** As {@link #beforeFirstCommit(Properties)}, with connections to {@code database} that die with the consumer. */
  public static ConsumerCrash beforeFirstCommit(Properties settings, DataSource database) {
    return new ConsumerCrash(settings, Optional.of(database));
  }

  /** The consumer to give the code under test; keys and values as its settings' deserializers make them. */
  @SuppressWarnings("unchecked")
  public <K, V> Consumer<K, V> consumer() {
    return (Consumer<K, V>) KafkaClientProxy.wrap(Consumer.class, consumer, call -> {
      if (dying.happened()) {
        if (call.name().equals("close")) {
          return null; // it closed when it died
        }
        if (KafkaClientProxy.STILL_ALLOWED.contains(call.name())) {
          return call.proceed();
        }
        throw dying.failure();
      }
      boolean commitAfterEffects = handedOutRecords
          && (COMMITS.contains(call.name()) || (autoCommit && call.name().equals("poll")));
      if (commitAfterEffects) {
        die();
        throw dying.failure();
      }
      Object result = call.proceed();
      if (result instanceof ConsumerRecords<?, ?> records && !records.isEmpty()) {
        handedOutRecords = true;
      }
      return result;
    });
  }

  /** The data source to give the code under test: its connections die with the consumer. */
  public DataSource dataSource() {
    return dying.dataSource();
  }

  /** True once the consumer reached its first commit and died there. */
  public boolean crashed() {
    return dying.happened();
  }

  /**
   * Waits up to 5 s for the crash, then ends {@code loop}, the background work running the consumer: its failure by
   * the crash is expected; any other failure is thrown.
   */
  public void awaitCrash(BackgroundWork loop) {
    dying.await(loop);
  }

  /** Called on the consumer's own thread, the only one allowed to close it. */
  private void die() {
    dying.now();
    consumer.close(CloseOptions.timeout(LEAVING));
  }
}

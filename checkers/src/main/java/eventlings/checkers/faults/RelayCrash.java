package eventlings.checkers.faults;

import eventlings.checkers.async.BackgroundWork;

import java.util.Optional;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * A relay that dies between the broker's acknowledgement of its first send and its own database commit: the
 * record is on the topic, but the transaction that would have marked it sent rolls back. The restarted relay finds
 * the row still pending and sends it again, so consumers get it twice.
 *
 * <p>Give the relay under test the crash's data source and wrap its producer:
 *
 * <pre>{@code
 * RelayCrash crash = RelayCrash.afterFirstAcknowledgement(postgres.dataSource());
 * Producer<String, String> producer = crash.producer(new KafkaProducer<>(kafka.producerProperties("relay")));
 * assertThatThrownBy(() -> new OutboxRelay(crash.dataSource(), producer).publishPending())
 *     .hasRootCauseInstanceOf(SQLException.class);      // its commit failed: the process was dead
 *
 * new OutboxRelay(postgres.dataSource(), realProducer).publishPending(); // the restarted relay
 * }</pre>
 *
 * From the acknowledgement on, every call on the crash's connections fails with an {@link java.sql.SQLException},
 * every call on the wrapped producer but {@code close} with {@link ProcessCrashed}. The acknowledgement itself still
 * completes the send's future and callback, before they are seen: the broker did store the record. Works with any
 * broker.
 */
public final class RelayCrash {

  private final Dying dying;

  private RelayCrash(DataSource database) {
    this.dying = new Dying("the relay crashed after the broker acknowledged its send", Optional.of(database));
  }

  /** A relay over {@code database} that dies when the broker acknowledges its first send. */
  public static RelayCrash afterFirstAcknowledgement(DataSource database) {
    return new RelayCrash(database);
  }

  /** The data source to give the relay under test: its connections die with the relay. */
  public DataSource dataSource() {
    return dying.dataSource();
  }

  /** {@code producer}, which kills the relay when the broker acknowledges its first send. */
  public <K, V> Producer<K, V> producer(Producer<K, V> producer) {
    return KafkaClientProxy.wrap(Producer.class, producer, call -> {
      if (dying.happened() && !KafkaClientProxy.STILL_ALLOWED.contains(call.name())) {
        throw dying.failure();
      }
      if (!call.name().equals("send")) {
        return call.proceed();
      }
      Callback callback = call.arguments().length > 1 ? (Callback) call.arguments()[1] : null;
      Callback dyingOnAcknowledgement = (metadata, exception) -> {
        if (exception == null) {
          dying.now();
        }
        if (callback != null) {
          callback.onCompletion(metadata, exception);
        }
      };
      return sending(call).send(record(call), dyingOnAcknowledgement);
    });
  }

  @SuppressWarnings("unchecked")
  private static Producer<Object, Object> sending(KafkaClientProxy.Call call) {
    return (Producer<Object, Object>) call.target();
  }

  @SuppressWarnings("unchecked")
  private static ProducerRecord<Object, Object> record(KafkaClientProxy.Call call) {
    return (ProducerRecord<Object, Object>) call.arguments()[0];
  }

  /** True once the broker acknowledged the relay's first send. */
  public boolean crashed() {
    return dying.happened();
  }

  /**
   * For a relay running as background work: waits up to 5 s for the crash, then ends {@code relay}, whose failure
   * by the crash is expected; any other failure is thrown.
   */
  public void awaitCrash(BackgroundWork relay) {
    dying.await(relay);
  }
}

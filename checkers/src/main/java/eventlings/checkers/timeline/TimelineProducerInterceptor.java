package eventlings.checkers.timeline;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Records each acknowledged (or failed) send of a producer made with the kit's settings on the test class's
 * timeline. Kafka creates it from the {@code interceptor.classes} setting; it never changes a record.
 */
public final class TimelineProducerInterceptor implements ProducerInterceptor<Object, Object> {

  private KafkaTrail.Client client = KafkaTrail.Client.UNTRACKED;

  @Override
  public void configure(Map<String, ?> configs) {
    client = KafkaTrail.client(configs, false);
  }

  @Override
  public ProducerRecord<Object, Object> onSend(ProducerRecord<Object, Object> record) {
    client.topicUsed(record.topic());
    return record;
  }

  @Override
  public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    client.acknowledged(metadata, exception);
  }

  @Override
  public void close() {
    // Nothing held: the trail outlives its clients.
  }
}

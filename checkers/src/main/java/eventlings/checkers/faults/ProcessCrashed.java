package eventlings.checkers.faults;

import org.apache.kafka.common.KafkaException;

/**
 * What a Kafka client of a crashed process throws from then on: the process is dead, and nothing it does reaches the
 * broker. A Kafka exception, as a lost connection would be, so code that handles client failures meets it there.
 */
public final class ProcessCrashed extends KafkaException {

  ProcessCrashed(String message) {
    super(message);
  }
}

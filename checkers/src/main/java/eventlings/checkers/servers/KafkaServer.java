package eventlings.checkers.servers;

/** A Kafka cluster: embedded, in a container, or external. */
public interface KafkaServer extends Server {

  /** The {@code bootstrap.servers} value clients connect with. */
  String bootstrapServers();
}

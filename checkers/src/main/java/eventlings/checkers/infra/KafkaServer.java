package eventlings.checkers.infra;

/** A Kafka cluster: embedded, in a container, or external. */
interface KafkaServer extends Server {

  /** The {@code bootstrap.servers} value clients connect with. */
  String bootstrapServers();
}

/**
 * A real Kafka broker for goals: annotate a test class with {@link eventlings.checkers.kafka.WithKafka @WithKafka}
 * and take a {@link eventlings.checkers.kafka.Kafka} parameter, which gives fresh topics, client settings for tests,
 * a {@link eventlings.checkers.kafka.RecordCollector} to wait for what was published, and broker outages.
 */
package eventlings.checkers.kafka;

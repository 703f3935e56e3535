package eventlings.checkers.kafka;

import eventlings.checkers.servers.Servers;
import eventlings.checkers.timeline.Timeline;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a {@link Kafka} on the JVM's shared broker, and after each test starts the broker again if
 * the test stopped it. Use it through {@link WithKafka}.
 */
public final class KafkaExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    kafkaOf(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    kafkaOf(context).ensureBrokerRunning();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Kafka.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return kafkaOf(context);
  }

  /** The test class's Kafka, created with the class and closed after it (the store closes what it holds). */
  private static Kafka kafkaOf(ExtensionContext context) {
    return context.getStore(NAMESPACE)
        .computeIfAbsent(Kafka.class, key -> new ForTestClass(new Kafka(Servers.kafka(), Timeline.of(context))),
            ForTestClass.class)
        .kafka();
  }

  private record ForTestClass(Kafka kafka) implements AutoCloseable {
    @Override
    public void close() {
      kafka.close();
    }
  }
}

package eventlings.checkers.postgres;

import eventlings.checkers.servers.Servers;
import eventlings.checkers.timeline.Timeline;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives each test class a {@link Postgres} with a fresh schema on the JVM's shared server, and after each test
 * starts the server again if the test stopped it. Use it through {@link WithPostgres}.
 */
public final class PostgresExtension implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PostgresExtension.class);

  @Override
  public void beforeAll(ExtensionContext context) {
    postgresOf(context);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    postgresOf(context).ensureServerRunning();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Postgres.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return postgresOf(context);
  }

  /** The test class's Postgres, created with the class and closed after it (the store closes what it holds). */
  private static Postgres postgresOf(ExtensionContext context) {
    return context.getStore(NAMESPACE)
        .computeIfAbsent(Postgres.class,
            key -> new ForTestClass(
                Postgres.forTestClass(Servers.postgres(), context.getRequiredTestClass(), Timeline.of(context))),
            ForTestClass.class)
        .postgres();
  }

  private record ForTestClass(Postgres postgres) implements AutoCloseable {
    @Override
    public void close() {
      postgres.close();
    }
  }
}

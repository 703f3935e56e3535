/**
 * Real Kafka and PostgreSQL for goals, and the tools to test event-driven code against them.
 *
 * <p>Annotate a test class with {@link eventlings.checkers.infra.WithKafka @WithKafka} or
 * {@link eventlings.checkers.infra.WithPostgres @WithPostgres} and take a {@link eventlings.checkers.infra.Kafka}
 * or {@link eventlings.checkers.infra.Postgres} parameter. The servers come, in this order, from
 * <ol>
 *   <li>environment variables ({@code EVENTLINGS_KAFKA_BOOTSTRAP}, {@code EVENTLINGS_JDBC_URL},
 *       {@code EVENTLINGS_JDBC_USER}, {@code EVENTLINGS_JDBC_PASSWORD}): docker compose or a company cluster;</li>
 *   <li>Testcontainers, when the machine shows a sign of Docker;</li>
 *   <li>an embedded KRaft broker and an embedded PostgreSQL inside the test JVM.</li>
 * </ol>
 * Each server starts once per JVM and is shared by every test class; each class gets its own topics and its own
 * schema. Waiting helpers ({@link eventlings.checkers.infra.RecordCollector},
 * {@link eventlings.checkers.infra.BackgroundWork}) and fault injection ({@link eventlings.checkers.infra.TcpProxy},
 * broker and database restarts) live here too.
 */
package eventlings.checkers.infra;

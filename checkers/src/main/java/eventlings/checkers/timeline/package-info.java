/**
 * The message timeline of a failing goal: what its Kafka clients sent, received and committed (recorded by the
 * interceptors the kit's client settings install), what the broker held when it failed, and the rows of the tables
 * it traced, told on the board around the first surprise and saved whole, with a sequence diagram, to
 * {@code target/eventlings/timelines/}. {@code @WithKafka} and {@code @WithPostgres} turn it on; lab authors only
 * call {@link eventlings.checkers.postgres.Postgres#trace Postgres.trace} for the tables that matter.
 */
package eventlings.checkers.timeline;

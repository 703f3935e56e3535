/**
 * A real PostgreSQL for goals: annotate a test class with {@link eventlings.checkers.postgres.WithPostgres
 * @WithPostgres} and take a {@link eventlings.checkers.postgres.Postgres} parameter, a schema of the class's own.
 * {@link eventlings.checkers.postgres.SqlErrors} reads errors by their SQLState.
 */
package eventlings.checkers.postgres;

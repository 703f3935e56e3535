/**
 * Failures on purpose, so goals can prove what code does when things break: a
 * {@link eventlings.checkers.faults.TcpProxy} that cuts connections, and a
 * {@link eventlings.checkers.faults.ProcessCrash} that dies right after a commit; for Kafka, a
 * {@link eventlings.checkers.faults.RelayCrash} between the broker's acknowledgement and the database commit, a
 * {@link eventlings.checkers.faults.ConsumerCrash} between the effect and the offset commit, a
 * {@link eventlings.checkers.faults.Redelivery} of what a group already consumed, a
 * {@link eventlings.checkers.faults.Rebalance} while a handler runs, a {@link eventlings.checkers.faults.SlowConsumer},
 * and a {@link eventlings.checkers.faults.BrokerOutage} of a given length.
 */
package eventlings.checkers.faults;

/**
 * Failures on purpose, so goals can prove what code does when things break: a
 * {@link eventlings.checkers.faults.TcpProxy} that cuts connections, and a
 * {@link eventlings.checkers.faults.ProcessCrash} that dies right after a commit.
 */
package eventlings.checkers.faults;

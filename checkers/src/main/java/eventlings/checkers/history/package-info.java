/**
 * "Nothing lost, nothing twice, in order per key", checked: a {@link eventlings.checkers.history.History} takes the
 * {@link eventlings.checkers.history.Message}s sent and those applied and names the first message at fault.
 */
package eventlings.checkers.history;

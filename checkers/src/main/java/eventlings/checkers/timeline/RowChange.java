package eventlings.checkers.timeline;

import java.time.Instant;
import java.util.List;

/**
 * A committed change to a traced table, as its trigger saw it: the row's columns in table order, with their values
 * before and after as text (empty lists for an insert's before and a delete's after).
 */
record RowChange(long order, Instant at, String table, String operation, String id, List<String> columns,
    List<String> before, List<String> after, long transaction) {}

package eventlings.lab03;

import java.time.Instant;

// position counts every event of the store in the order it was appended; version counts the events of one stream
// from 1; recordedAt is when the appending server's clock says it stored the event.
public record RecordedEvent(long position, String stream, long version, Instant recordedAt, OrderEvent event) {}

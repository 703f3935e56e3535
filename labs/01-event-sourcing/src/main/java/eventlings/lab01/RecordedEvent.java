// Nothing to build here: an event as the store keeps it, handed to replay subscribers in step 5.
package eventlings.lab01;

// position counts every event of the store from 1, in append order; version counts the events of one stream from 1.
public record RecordedEvent(long position, String stream, long version, UserEvent event) {}

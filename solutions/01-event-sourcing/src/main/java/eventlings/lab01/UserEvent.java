package eventlings.lab01;

import java.time.Instant;

public sealed interface UserEvent {

  UserId userId();

  // When it was recorded, by the clock of whoever recorded it: nothing in here reads a clock. Writers' clocks
  // disagree, so the times of a stream need not rise; the order of the stream is the order of recording.
  Instant at();

  record UserCreated(UserId userId, String name, String email, Instant at) implements UserEvent {}

  record NameChanged(UserId userId, String name, Instant at) implements UserEvent {}

  record EmailChanged(UserId userId, String email, Instant at) implements UserEvent {}
}

package eventlings.lab00;

import java.time.Instant;

// region user-events
public sealed interface UserEvent {
  record UserCreated(UserId userId, String name, String email, Instant at) implements UserEvent {}
  record EmailChanged(UserId userId, String email, Instant at) implements UserEvent {}
}
// endregion user-events

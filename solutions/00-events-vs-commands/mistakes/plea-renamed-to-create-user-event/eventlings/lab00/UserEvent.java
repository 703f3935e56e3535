package eventlings.lab00;

import java.time.Instant;

public sealed interface UserEvent {
  record CreateUserEvent(UserId userId, String name, String email, Instant at) implements UserEvent {}
  record EmailChanged(UserId userId, String email, Instant at) implements UserEvent {}
}

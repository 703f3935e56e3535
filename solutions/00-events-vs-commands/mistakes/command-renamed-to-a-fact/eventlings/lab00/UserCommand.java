package eventlings.lab00;

import java.time.Instant;

public sealed interface UserCommand {
  record UserCreationRequested(UserId userId, String name, String email, Instant now) implements UserCommand {}
  record ChangeEmail(UserId userId, String email, Instant now) implements UserCommand {}
}

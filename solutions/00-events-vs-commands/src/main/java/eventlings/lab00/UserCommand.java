package eventlings.lab00;

import java.time.Instant;

// region user-commands
public sealed interface UserCommand {
  record CreateUser(UserId userId, String name, String email, Instant now) implements UserCommand {}
  record ChangeEmail(UserId userId, String email, Instant now) implements UserCommand {}
}
// endregion user-commands

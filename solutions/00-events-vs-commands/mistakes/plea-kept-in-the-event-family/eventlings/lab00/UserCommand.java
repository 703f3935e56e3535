package eventlings.lab00;

import java.time.Instant;

public sealed interface UserCommand {
  record ChangeEmail(UserId userId, String email, Instant now) implements UserCommand {}
}

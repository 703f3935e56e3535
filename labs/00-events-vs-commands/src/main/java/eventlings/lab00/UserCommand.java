// The requests the user service accepts, or refuses. Step 1 may add one here.
package eventlings.lab00;

import java.time.Instant;

public sealed interface UserCommand {

  // TODO(step 1): a request is hiding in UserEvent, and requests belong here.
  record ChangeEmail(UserId userId, String email, Instant now) implements UserCommand {}
}

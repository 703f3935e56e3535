// The facts the user service records about its users. Steps 1 and 2 rename what is here, and may move
// a type to UserCommand: read each name aloud and ask whether it already happened.
package eventlings.lab00;

import java.time.Instant;

public sealed interface UserEvent {

  // The order service sends this to the user service when a new customer checks out.
  // TODO(step 1): who is asking whom to do what? Split it into the request and the fact it leads to.
  record PleaseCreateUser(UserId userId, String name, String email, Instant at) implements UserEvent {}

  // TODO(step 2): read the name word by word. Which word tells a reader nothing the family has not told them?
  record EmailChangedEvent(UserId userId, String email, Instant at) implements UserEvent {}
}

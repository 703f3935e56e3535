// A user, as their events tell it. Step 1: evolve one event at a time and rebuild a whole history.
// Step 2: the same user at an earlier version, or as the store knew them at an earlier time.
package eventlings.lab01;

import java.time.Instant;
import java.util.List;

public sealed interface User {

  // Before the first event there is no user yet: that is a state of its own, not a null.
  record Initial() implements User {}

  record Existing(UserId id, String name, String email) implements User {

    Existing withName(String newName) {
      return new Existing(id, newName, email);
    }

    Existing withEmail(String newEmail) {
      return new Existing(id, name, newEmail);
    }
  }

  static User initial() {
    return new Initial();
  }

  static User evolve(User state, UserEvent event) {
    // TODO(step 1): one case per kind of event, each returning the next state. No rules, no checks.
    throw new UnsupportedOperationException("TODO(step 1): evolve the state by one event");
  }

  static User rebuild(List<UserEvent> history) {
    // TODO(step 1): start from the initial state and evolve it by every event, in order.
    throw new UnsupportedOperationException("TODO(step 1): fold the history into a user");
  }

  static User atVersion(List<UserEvent> history, long version) {
    // TODO(step 2): the user as they were after the first `version` events.
    throw new UnsupportedOperationException("TODO(step 2): rebuild the user at a version");
  }

  static User asOf(List<UserEvent> history, Instant time) {
    // TODO(step 2): the user as the store knew them at `time`, counting what was recorded at that very instant.
    // The history is in the order it was recorded; the writers' clocks did not always agree.
    throw new UnsupportedOperationException("TODO(step 2): rebuild the user as of a time");
  }
}

package eventlings.lab01;

import eventlings.lab01.UserEvent.EmailChanged;
import eventlings.lab01.UserEvent.NameChanged;
import eventlings.lab01.UserEvent.UserCreated;
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

  // region evolve
  static User evolve(User state, UserEvent event) {
    // Only a created user can change; a stream that says otherwise is corrupt, and the cast says so loudly.
    return switch (event) {
      case UserCreated created -> new Existing(created.userId(), created.name(), created.email());
      case NameChanged changed -> ((Existing) state).withName(changed.name());
      case EmailChanged changed -> ((Existing) state).withEmail(changed.email());
    };
  }
  // endregion evolve

  // region rebuild
  static User rebuild(List<UserEvent> history) {
    User state = initial();
    for (UserEvent event : history) {
      state = evolve(state, event);
    }
    return state;
  }
  // endregion rebuild

  // region time-travel
  static User atVersion(List<UserEvent> history, long version) {
    return rebuild(history.stream().limit(version).toList());
  }

  static User asOf(List<UserEvent> history, Instant time) {
    // The stream's order is the order of recording, whatever the writers' clocks said: once an event was recorded
    // after `time`, so was every event behind it. Folding a prefix gives a version the stream really had.
    return rebuild(history.stream().takeWhile(event -> !event.at().isAfter(time)).toList());
  }
  // endregion time-travel
}

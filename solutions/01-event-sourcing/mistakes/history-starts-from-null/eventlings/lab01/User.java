package eventlings.lab01;

import eventlings.lab01.UserEvent.EmailChanged;
import eventlings.lab01.UserEvent.NameChanged;
import eventlings.lab01.UserEvent.UserCreated;
import java.time.Instant;
import java.util.List;

public sealed interface User {

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
    return switch (event) {
      case UserCreated created -> new Existing(created.userId(), created.name(), created.email());
      case NameChanged changed -> ((Existing) state).withName(changed.name());
      case EmailChanged changed -> ((Existing) state).withEmail(changed.email());
    };
  }

  static User rebuild(List<UserEvent> history) {
    User state = null;
    for (UserEvent event : history) {
      state = evolve(state, event);
    }
    return state;
  }

  static User atVersion(List<UserEvent> history, long version) {
    return rebuild(history.stream().limit(version).toList());
  }

  static User asOf(List<UserEvent> history, Instant time) {
    return rebuild(history.stream().filter(event -> !event.at().isAfter(time)).toList());
  }
}

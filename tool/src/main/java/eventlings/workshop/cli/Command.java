package eventlings.workshop.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the learner asked for on the command line, before anything runs. Parsing never fails with an
 * exception: a command line that makes no sense becomes {@link Invalid}, which says what is available.
 */
public sealed interface Command {

  /** {@code ./workshop}: the board of every lab, then the next goal. */
  record Status() implements Command {}

  /** {@code ./workshop check [lab]}: run one lab's goals and show its board. */
  record Check(Optional<String> lab) implements Command {}

  /** {@code ./workshop watch [lab]}: check again on every save. */
  record Watch(Optional<String> lab) implements Command {}

  /** {@code ./workshop hint [lab]}: one hint deeper for the first unmet goal. */
  record Hint(Optional<String> lab) implements Command {}

  /** {@code ./workshop diff [lab]}: the learner's code against the solution. */
  record Diff(Optional<String> lab) implements Command {}

  /**
   * {@code ./workshop reset lab [--yes]}: back to the starter code of one lab.
   *
   * @param confirmed true with {@code --yes}: do not ask before discarding work
   */
  record Reset(String lab, boolean confirmed) implements Command {}

  /** {@code ./workshop next}: is the current lab done, and what the next one is about. */
  record Next() implements Command {}

  /**
   * {@code ./workshop doctor [--offline-prep]}: is this machine ready.
   *
   * @param offlinePrep also fetch everything needed to work without a network
   */
  record Doctor(boolean offlinePrep) implements Command {}

  /** {@code ./workshop help}. */
  record Help() implements Command {}

  /** @param problem one sentence saying what was wrong and what is available */
  record Invalid(String problem) implements Command {}

  String COMMANDS = "check, watch, hint, diff, reset, next, doctor, help";

  static Command parse(String... args) {
    if (args.length == 0) {
      return new Status();
    }
    String name = args[0];
    List<String> rest = List.of(args).subList(1, args.length);
    return switch (name) {
      case "check", "watch", "hint", "diff" ->
          rest.size() > 1 ? tooMany(name) : onOneLab(name, rest.stream().findFirst());
      case "reset" -> reset(rest);
      case "next" -> rest.isEmpty() ? new Next() : new Invalid("next takes no lab: it looks at the lab you are working on.");
      case "doctor" -> doctor(rest);
      case "help", "--help", "-h" -> new Help();
      default -> new Invalid("There is no command '" + name + "': use one of " + COMMANDS
          + ", or no command at all for the board.");
    };
  }

  private static Command onOneLab(String name, Optional<String> lab) {
    return switch (name) {
      case "check" -> new Check(lab);
      case "watch" -> new Watch(lab);
      case "hint" -> new Hint(lab);
      default -> new Diff(lab);
    };
  }

  private static Command reset(List<String> rest) {
    List<String> labs = new ArrayList<>(rest);
    boolean confirmed = labs.remove("--yes") | labs.remove("-y");
    if (labs.size() != 1 || labs.getFirst().startsWith("-")) {
      return new Invalid("reset needs exactly one lab, e.g. ./workshop reset 01: it discards your code in that lab"
          + " and nowhere else.");
    }
    return new Reset(labs.getFirst(), confirmed);
  }

  private static Command doctor(List<String> rest) {
    if (rest.isEmpty()) {
      return new Doctor(false);
    }
    if (rest.equals(List.of("--offline-prep"))) {
      return new Doctor(true);
    }
    return new Invalid("doctor takes only --offline-prep, which fetches everything needed to work without a network.");
  }

  private static Command tooMany(String command) {
    return new Invalid(command + " takes at most one lab, e.g. ./workshop " + command + " 01.");
  }
}

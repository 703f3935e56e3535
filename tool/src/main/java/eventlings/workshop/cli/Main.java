package eventlings.workshop.cli;

import eventlings.workshop.Repository;
import java.util.Optional;

/**
 * The {@code ./workshop} command: reads the command line, runs the command, and turns anything that goes wrong
 * into one sentence. The {@code workshop} script starts it with a JDK 21+ and the class path Maven built.
 */
public final class Main {

  static final String USAGE = """
      ./workshop               the board of every lab, and the next goal
      ./workshop check [lab]   run a lab's goals and show its board (default: the lab you are on)
      ./workshop watch [lab]   check again on every save; q and Enter to stop
      ./workshop hint [lab]    a hint for the goal you are on, one rung of its ladder more each time
      ./workshop diff [lab]    your code against the solution
      ./workshop reset lab     put a lab back to its starter as shipped (asks first; --yes does not)
      ./workshop next          is this lab done, and what comes next
      ./workshop doctor        is this machine ready (--offline-prep: fetch everything for offline work)
      A lab is its number (1 or 01) or its folder name (01-event-sourcing).
      """;

  private Main() {}

  public static void main(String[] args) {
    int status = run(Repository.fromSystemProperty(), Console.system(), args);
    // Goals may leave threads behind (a timed-out goal, a broker): the command is over all the same.
    System.exit(status);
  }

  /** Runs one command; returns the exit status: 0 done, 1 could not do it, 2 the command line made no sense. */
  static int run(Repository repository, Console console, String... args) {
    Command command = Command.parse(args);
    boolean checksAgain = command instanceof Command.Watch || command instanceof Command.Status
        || command instanceof Command.Next;
    boolean checks = checksAgain || command instanceof Command.Check || command instanceof Command.Hint;
    try (Progress progress = new Progress(repository, checks, checksAgain)) {
      return switch (command) {
        case Command.Status status -> StatusCommand.run(repository, progress, console);
        case Command.Check check -> CheckCommand.run(LabChoice.of(repository, check.lab()), progress, console);
        case Command.Watch watch -> WatchCommand.run(LabChoice.of(repository, watch.lab()), progress, console);
        case Command.Hint hint -> HintCommand.run(LabChoice.of(repository, hint.lab()), progress, console);
        case Command.Diff diff -> DiffCommand.run(LabChoice.of(repository, diff.lab()), console);
        case Command.Reset reset -> ResetCommand.run(LabChoice.named(repository, reset.lab()), reset.confirmed(), console);
        case Command.Next next -> NextCommand.run(repository, progress, console);
        case Command.Doctor doctor -> DoctorCommand.run(repository, doctor.offlinePrep(), console);
        case Command.Help help -> usage(console, 0);
        case Command.Invalid invalid -> {
          console.println(invalid.problem());
          yield 2;
        }
      };
    } catch (RuntimeException | Error failure) {
      // Out of memory, a library's broken set-up, anything: one sentence, and the command still ends.
      console.println(sentence(failure));
      return 1;
    }
  }

  /** What went wrong, in one sentence and without a stack trace. */
  static String sentence(Throwable failure) {
    if (failure instanceof Problem) {
      return failure.getMessage();
    }
    String message = Optional.ofNullable(failure.getMessage()).map(text -> text.lines().findFirst().orElse(""))
        .filter(text -> !text.isBlank())
        .orElse(failure.getClass().getSimpleName());
    return "The workshop stopped: " + message + ". ./workshop doctor checks your setup.";
  }

  private static int usage(Console console, int status) {
    console.print(USAGE);
    return status;
  }
}

package eventlings.workshop.engine;

import eventlings.checkers.progress.GoalRecorder;
import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.LabResults;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * A JVM that runs one lab's goals once and ends, started by {@link ChildJvms}: whatever the learner's code leaves
 * running (a loop that ignores its timeout, a poller never stopped, a thread pool never shut down) ends with it,
 * and the next check starts clean.
 *
 * <p>Started ahead of a check with {@value #WARM_UP}, it warms up first (JUnit, AssertJ and the kit loaded and run
 * once). It says {@code ready}, then reads one request
 * from its input: {@link Request}'s fields, tab-separated. It answers on its output, one line each:
 * {@code planned<TAB>...} for every goal before any runs,
 * {@code started<TAB>...} as a goal begins and {@code goal<TAB>...} as its result is known (each {@link LabResults#line}),
 * {@code done} at the end, or {@code failed<TAB>reason}. What the goals print goes to the request's log file, never
 * into that conversation.
 */
public final class ChildMain {

  /** The argument of a JVM started ahead of its check, with time to warm up. */
  public static final String WARM_UP = "--warm-up";

  private ChildMain() {}

  /**
   * The request a parent sends: where the compiled lab and goals are, and where the lab lives.
   *
   * @param labClasses the learner's compiled code
   * @param goalClasses the compiled goals
   * @param goalResources the goals' resources, which may not exist
   * @param lab the lab's folder name
   * @param labDir the lab's folder
   * @param variant {@code lab}, {@code solution}, or a mistake's or checkpoint's name
   * @param log where the goals' own output goes
   */
  public record Request(Path labClasses, Path goalClasses, Path goalResources, String lab, Path labDir, String variant,
      Path log) {

    String line() {
      return String.join("\t", List.of(labClasses.toString(), goalClasses.toString(), goalResources.toString(), lab,
          labDir.toString(), variant, log.toString()));
    }

    static Request parse(String line) {
      String[] fields = line.split("\t", -1);
      return new Request(Path.of(fields[0]), Path.of(fields[1]), Path.of(fields[2]), fields[3], Path.of(fields[4]),
          fields[5], Path.of(fields[6]));
    }
  }

  public static void main(String[] args) throws IOException {
    PrintStream conversation = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    System.setOut(nowhere);
    System.setErr(nowhere);
    if (List.of(args).contains(WARM_UP)) {
      WarmUp.run();
    }
    conversation.println("ready");
    String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    if (line == null) {
      System.exit(0); // The parent ended without needing this JVM.
    }
    try {
      Request request = Request.parse(line);
      System.setProperty("eventlings.lab", request.lab());
      System.setProperty("eventlings.lab.dir", request.labDir().toString());
      System.setProperty("eventlings.variant", request.variant());
      Files.createDirectories(request.log().getParent());
      PrintStream log = new PrintStream(Files.newOutputStream(request.log(), StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING), true, StandardCharsets.UTF_8);
      System.setOut(log);
      System.setErr(log);
      GoalRun.run(request.labClasses(), request.goalClasses(), request.goalResources(), new Reporting(conversation));
      conversation.println("done");
    } catch (RuntimeException | Error e) {
      conversation.println("failed\t" + String.valueOf(e).replace('\t', ' ').replace('\n', ' '));
    }
    conversation.flush();
    // Threads the goals left running end here, with the JVM.
    Runtime.getRuntime().halt(0);
  }

  /** Tells the parent about each goal as it starts and as it ends. */
  private static final class Reporting extends GoalRecorder {

    private final PrintStream conversation;

    Reporting(PrintStream conversation) {
      this.conversation = conversation;
    }

    @Override
    protected void goalsPlanned(List<GoalResult> goals) {
      goals.forEach(goal -> conversation.println("planned\t" + LabResults.line(goal)));
    }

    @Override
    protected void goalStarted(GoalResult goal) {
      conversation.println("started\t" + LabResults.line(goal));
    }

    @Override
    protected void recorded(GoalResult goal) {
      conversation.println("goal\t" + LabResults.line(goal));
    }
  }
}

package eventlings.workshop.engine;

import eventlings.checkers.progress.GoalResult;
import eventlings.checkers.progress.GoalState;
import eventlings.checkers.progress.LabResults;
import eventlings.checkers.servers.ServerHost;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs each check of a lab's goals in a JVM of its own, one that ends afterwards ({@link ChildMain}), while this JVM
 * keeps Kafka and PostgreSQL for all of them ({@link ServerHost}). For a command that checks again and again
 * ({@code watch}, the board over every lab, the self-checks), the next JVM is started ahead and warmed up while the
 * learner reads the board, so a check after a save does not wait for a JVM to start.
 *
 * <p>A goal that ignores its time limit (a thread that swallows interrupts, a constructor that never returns) stops
 * reporting; after {@link #STALL_LIMIT} without a word the JVM is killed, the goal is marked as timed out, and the
 * next check starts in a fresh JVM as if nothing happened.
 */
public final class ChildJvms implements AutoCloseable {

  /**
   * Longer than any one goal may take: its own 10 s limit, and 15 s for its set-up. Time the command's JVM spends
   * starting a server for the goals does not count. The workshop's own tests set a shorter one with the system
   * property {@value #STALL_PROPERTY}.
   */
  public static final Duration STALL_LIMIT = Duration.ofSeconds(40);
  public static final String STALL_PROPERTY = "eventlings.stallSeconds";
  /** A JVM's start and warm-up, on a laptop busy with something else. */
  static final Duration READY_WAIT = Duration.ofSeconds(90);
  private static final int LOG_LINES_SHOWN = 5;

  private final Path workDir;
  private final ServerHost host;
  private final List<String> command;
  private final boolean keepOneWarm;
  private final Duration stallLimit = Duration.ofSeconds(Long.getLong(STALL_PROPERTY, STALL_LIMIT.toSeconds()));
  private Child spare;

  private ChildJvms(Path workDir, ServerHost host, List<String> command, boolean keepOneWarm) {
    this.workDir = workDir;
    this.host = host;
    this.command = command;
    this.keepOneWarm = keepOneWarm;
  }

  /**
   * Starts the server host and a first JVM, which warms up while this one compiles; the servers themselves start
   * when a goal first needs one.
   *
   * @param keepOneWarm start the next JVM ahead, warmed up, after each check: for commands that check again
   */
  public static ChildJvms start(Path workDir, boolean keepOneWarm) {
    ServerHost host = ServerHost.start();
    ChildJvms children = new ChildJvms(workDir, host, command(workDir, host), keepOneWarm);
    children.spare = children.launch(true);
    return children;
  }

  /**
   * What a child JVM reported.
   *
   * @param goals every goal it reported, in order, and the one it was stuck in, as timed out
   * @param stopped why it ended before it was done, if it did
   */
  public record Report(List<GoalResult> goals, Optional<String> stopped) {}

  /** Runs one request in the warm JVM (or a new one), and warms up the next one meanwhile if asked to. */
  public synchronized Report run(ChildMain.Request request) {
    Child child = spare != null ? spare : launch(false);
    spare = keepOneWarm ? launch(true) : null;
    return child.run(request);
  }

  private Child launch(boolean warmUp) {
    try {
      Files.createDirectories(workDir);
      Path errors = Files.createTempFile(workDir, "jvm-", ".log");
      List<String> launched = new ArrayList<>(command);
      if (warmUp) {
        launched.add(ChildMain.WARM_UP);
      }
      Process process = new ProcessBuilder(launched)
          .redirectError(ProcessBuilder.Redirect.to(errors.toFile()))
          .start();
      return new Child(process, errors, host, stallLimit);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a JVM for the goals: " + e.getMessage(), e);
    }
  }

  /**
   * The java launcher of this JVM with the options that make a short-lived JVM start fast and quiet, the class path
   * in an argument file (a Windows command line is short), and the host's address.
   */
  static List<String> command(Path workDir, ServerHost host) {
    Path java = Path.of(System.getProperty("java.home"), "bin", isWindows() ? "java.exe" : "java");
    List<String> command = new ArrayList<>(List.of(java.toString()));
    command.addAll(inheritedOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()));
    command.add(host.jvmOption());
    command.add("@" + ArgumentFile.classPath(workDir.resolve("child.args"), System.getProperty("java.class.path")));
    command.add(ChildMain.class.getName());
    return command;
  }

  /**
   * A lab's goals need little memory (the servers live in this JVM); a cap keeps code that hoards objects from
   * taking the laptop with it, and makes it fail with an OutOfMemoryError in a second instead of a swap storm.
   */
  static final String CHILD_HEAP = "-Xmx768m";

  /** The options of this JVM worth giving a child: speed, agents such as Mockito's, native access; and its heap. */
  static List<String> inheritedOptions(List<String> options) {
    List<String> kept = new ArrayList<>(options.stream()
        .filter(option -> Stream.of("-XX:", "-Xshare", "-Xss", "-javaagent:", "--enable-native-access",
            "--sun-misc-unsafe-memory-access", "-Dfile.encoding", "-Dstdout.encoding").anyMatch(option::startsWith))
        .filter(option -> !option.startsWith("-XX:MaxRAM") && !option.startsWith("-XX:+HeapDump"))
        .toList());
    kept.add(CHILD_HEAP);
    if (kept.stream().noneMatch(option -> option.startsWith("-XX:TieredStopAtLevel"))) {
      kept.add("-XX:TieredStopAtLevel=1");
    }
    if (kept.stream().noneMatch(option -> option.startsWith("-XX:+Use") && option.endsWith("GC"))) {
      kept.add("-XX:+UseSerialGC");
    }
    return kept;
  }

  private static boolean isWindows() {
    return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
  }

  @Override
  public synchronized void close() {
    if (spare != null) {
      spare.process.destroyForcibly();
    }
    host.close();
  }

  /** One JVM: its process, its reports read on a thread of their own, and where its own errors go. */
  private static final class Child {

    private final Process process;
    private final Path errors;
    private final ServerHost host;
    private final Duration stallLimit;
    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    Child(Process process, Path errors, ServerHost host, Duration stallLimit) {
      this.process = process;
      this.errors = errors;
      this.host = host;
      this.stallLimit = stallLimit;
      Thread.ofPlatform().daemon().name("eventlings-child-reader").start(this::read);
    }

    private void read() {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          lines.add(Optional.of(line));
        }
      } catch (IOException e) {
        // The JVM ended: the same as the end of its output.
      }
      lines.add(Optional.empty());
    }

    Report run(ChildMain.Request request) {
      try {
        return converse(request);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Report(List.of(), Optional.of("the check was interrupted"));
      } finally {
        process.destroyForcibly();
        deleteQuietly(errors);
      }
    }

    private Report converse(ChildMain.Request request) throws InterruptedException {
      Optional<String> ready = next(READY_WAIT);
      while (ready != null && ready.isPresent() && !ready.get().equals("ready")) {
        ready = next(READY_WAIT);
      }
      if (ready == null || ready.isEmpty()) {
        return new Report(List.of(), Optional.of("the JVM for the goals did not start" + tail(errors)));
      }
      PrintStream in = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
      in.println(request.line());
      Conversation conversation = new Conversation();
      while (true) {
        Optional<String> line = next(stallLimit);
        if (line == null && host.busy()) {
          continue; // starting a server for the goals: a first PostgreSQL start may take a minute on a busy laptop
        }
        if (line == null) {
          process.destroyForcibly();
          return conversation.stoppedBy(GoalState.TIMED_OUT, "the goals stopped answering for "
              + stallLimit.toSeconds() + " s, so their JVM was stopped", "it did not end, not even when its time"
              + " limit cut it: a thread that ignores interruption, or a constructor or static initialiser that never"
              + " returns");
        }
        if (line.isEmpty()) {
          String why = "the JVM running the goals ended unexpectedly (exit code " + exitCode() + "): does the code call"
              + " System.exit, or run out of memory?" + tail(request.log()) + tail(errors);
          return conversation.stoppedBy(GoalState.FAILING, why, why);
        }
        String[] fields = line.get().split("\t", 2);
        String cells = fields.length > 1 ? fields[1] : "";
        switch (fields[0]) {
          case "planned" -> LabResults.goal(cells).ifPresent(conversation.planned::add);
          case "started" -> conversation.running = LabResults.goal(cells);
          case "goal" -> {
            LabResults.goal(cells).ifPresent(conversation.reported::add);
            conversation.running = Optional.empty();
          }
          case "done" -> {
            return new Report(conversation.reported, Optional.empty());
          }
          case "failed" -> {
            String why = "the goals could not go on: " + cells;
            return conversation.stoppedBy(GoalState.FAILING, why, why);
          }
          default -> {
            // Not part of the conversation: ignore it.
          }
        }
      }
    }

    /** The next line, empty at the end of the output, or null when none came within {@code wait}. */
    private Optional<String> next(Duration wait) throws InterruptedException {
      return lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }


    private String exitCode() {
      try {
        return process.waitFor(2, TimeUnit.SECONDS) ? Integer.toString(process.exitValue()) : "unknown";
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return "unknown";
      }
    }
  }

  /** What a child said so far: the goals it will run, the one running, those done. */
  private static final class Conversation {

    final List<GoalResult> planned = new ArrayList<>();
    final List<GoalResult> reported = new ArrayList<>();
    Optional<GoalResult> running = Optional.empty();

    /**
     * The report of a run cut short: the goal it was in (or, stuck before any goal started, the first that never
     * reported) with {@code state} and {@code whatHappened}, and every goal it never got to as not run.
     */
    Report stoppedBy(GoalState state, String why, String whatHappened) {
      List<GoalResult> goals = new ArrayList<>(reported);
      List<GoalResult> left = planned.stream()
          .filter(goal -> reported.stream().noneMatch(done -> done.id().equals(goal.id())))
          .toList();
      Optional<GoalResult> culprit = running.or(() -> left.stream().findFirst());
      culprit.ifPresent(goal -> goals.add(with(goal, state, whatHappened)));
      left.stream()
          .filter(goal -> culprit.map(stuck -> !stuck.id().equals(goal.id())).orElse(true))
          .forEach(goal -> goals.add(with(goal, GoalState.NOT_RUN, "the check stopped before this goal ran: the one"
              + " before it " + (state == GoalState.TIMED_OUT ? "never ended" : "ended the JVM"))));
      return new Report(goals, Optional.of(why));
    }

    private static GoalResult with(GoalResult goal, GoalState state, String detail) {
      return new GoalResult(goal.step(), goal.testClass(), goal.method(), goal.name(), state, Duration.ZERO, detail, "",
          false);
    }
  }

  private static String tail(Path log) {
    try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
      List<String> all = lines.filter(line -> !line.isBlank()).toList();
      List<String> last = all.subList(Math.max(0, all.size() - LOG_LINES_SHOWN), all.size());
      return last.isEmpty() ? "" : "\nit printed last:\n  " + String.join("\n  ", last);
    } catch (IOException | UncheckedIOException e) {
      return "";
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A log in the work folder harms nobody.
    }
  }
}

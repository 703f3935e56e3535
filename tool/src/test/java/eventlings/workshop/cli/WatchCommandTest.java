package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import eventlings.checkers.progress.Style;
import eventlings.workshop.Repository;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./workshop watch}: a new board after every save, until the learner types q. */
@org.junit.jupiter.api.Timeout(value = 60, unit = TimeUnit.SECONDS)
class WatchCommandTest {

  @TempDir
  Path root;

  @Test
  void a_save_shows_a_new_board_and_q_stops_watching() throws Exception {
    Repository repository = FixtureRepository.writeTo(root);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PipedOutputStream keyboard = new PipedOutputStream();
    Console console = new Console(new PrintStream(printed, true, StandardCharsets.UTF_8),
        new BufferedReader(new InputStreamReader(new PipedInputStream(keyboard), StandardCharsets.UTF_8)), Style.PLAIN);

    CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(() -> Main.run(repository, console, "watch", "01"));
    await().atMost(Duration.ofSeconds(20)).until(() -> printed.toString(StandardCharsets.UTF_8).contains("0 of 3 goals"));

    FixtureRepository.write(FixtureRepository.counting(repository).dir().resolve(FixtureRepository.COUNTER),
        FixtureRepository.SOLUTION);
    await().atMost(Duration.ofSeconds(20)).until(() -> printed.toString(StandardCharsets.UTF_8).contains("3 of 3 goals"));

    keyboard.write("q\n".getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
    assertThat(watching.get(10, TimeUnit.SECONDS)).isZero();
    assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Lab complete. Compare with the solution: ./workshop diff 01");
  }

  @Test
  void files_an_editor_writes_beside_the_code_are_no_save_and_a_replaced_source_folder_is_still_watched() throws Exception {
    Repository repository = FixtureRepository.writeTo(root);
    Path sources = FixtureRepository.counting(repository).starterSources();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PipedOutputStream keyboard = new PipedOutputStream();
    Console console = new Console(new PrintStream(printed, true, StandardCharsets.UTF_8),
        new BufferedReader(new InputStreamReader(new PipedInputStream(keyboard), StandardCharsets.UTF_8)), Style.PLAIN);
    CompletableFuture<Integer> watching = CompletableFuture.supplyAsync(() -> Main.run(repository, console, "watch", "01"));
    await().atMost(Duration.ofSeconds(20)).until(() -> boards(printed) == 1);

    Path folder = sources.resolve("eventlings/lab01");
    java.nio.file.Files.writeString(folder.resolve(".Counter.java.swp"), "vim was here");
    java.nio.file.Files.createSymbolicLink(folder.resolve(".#Counter.java"), Path.of("learner@laptop.4242"));
    java.nio.file.Files.writeString(folder.resolve("Counter.java~"), "a backup");
    await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3)).until(() -> boards(printed) == 1);

    // A branch switch or an unzip: the whole folder goes and comes back.
    eventlings.workshop.engine.Compilation.clean(sources);
    FixtureRepository.write(sources.resolve("eventlings/lab01/Counter.java"), FixtureRepository.SOLUTION);
    await().atMost(Duration.ofSeconds(20)).until(() -> printed.toString(StandardCharsets.UTF_8).contains("3 of 3 goals"));

    keyboard.write("q\n".getBytes(StandardCharsets.UTF_8));
    keyboard.flush();
    assertThat(watching.get(10, TimeUnit.SECONDS)).isZero();
  }

  private static int boards(ByteArrayOutputStream printed) {
    return printed.toString(StandardCharsets.UTF_8).split("checked in ", -1).length - 1;
  }
}

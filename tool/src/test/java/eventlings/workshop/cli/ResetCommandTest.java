package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.workshop.Repository;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./workshop reset}: back to the starter as shipped, whatever was committed since, in one lab only, only when
 * the learner agrees, with their files kept aside, and never in someone else's repository.
 */
class ResetCommandTest {

  @TempDir
  Path root;

  private Repository repository;
  private Path counter;
  private Path otherLabsFile;
  private Path newFile;

  @BeforeEach
  void aClonedRepositoryWithWorkInTwoLabs() throws Exception {
    repository = FixtureRepository.writeTo(root);
    git("init", "--quiet");
    git("add", ".");
    git("-c", "user.name=learner", "-c", "user.email=learner@example.com", "commit", "--quiet", "-m", "starter");
    counter = FixtureRepository.counting(repository).dir().resolve(FixtureRepository.COUNTER);
    Files.writeString(counter, FixtureRepository.SOLUTION);
    newFile = counter.resolveSibling("Notes.java");
    Files.writeString(newFile, "package eventlings.lab01;\n");
    otherLabsFile = repository.lab("00").orElseThrow().dir().resolve("src/main/java/eventlings/lab00/Greeting.java");
    Files.writeString(otherLabsFile, "// my work in lab 00\n", StandardOpenOption.APPEND);
  }

  @Test
  void it_shows_what_would_be_lost_and_changes_nothing_without_a_yes() throws Exception {
    Recorded recorded = Recorded.answering("n");

    int status = Main.run(repository, recorded.console, "reset", "01");

    assertThat(status).isEqualTo(1);
    assertThat(recorded.output())
        .contains("  labs/01-counting/src/main/java/eventlings/lab01/Counter.java  (changed, back to the starter)")
        .contains("  labs/01-counting/src/main/java/eventlings/lab01/Notes.java  (yours, will be removed)")
        .contains("Reset lab 01? Your versions are kept aside first. [y/N] ")
        .endsWith("Nothing was changed.\n");
    assertThat(counter).hasContent(FixtureRepository.SOLUTION);
    assertThat(newFile).exists();
  }

  @Test
  void no_answer_at_all_is_a_no() {
    Main.run(repository, Recorded.console().console, "reset", "01");

    assertThat(counter).hasContent(FixtureRepository.SOLUTION);
  }

  @Test
  void after_a_yes_the_lab_is_its_starter_again_and_other_labs_keep_their_work() throws Exception {
    Recorded recorded = Recorded.answering("y");

    int status = Main.run(repository, recorded.console, "reset", "01");

    assertThat(status).isZero();
    assertThat(counter).hasContent(FixtureRepository.STARTER);
    assertThat(newFile).doesNotExist();
    assertThat(Files.readString(otherLabsFile)).endsWith("// my work in lab 00\n");
    assertThat(recorded.output()).contains("Lab 01-counting is back to its starter code.");
  }

  @Test
  void work_the_learner_committed_or_staged_is_reset_too_and_kept_aside() throws Exception {
    git("add", ".");
    git("-c", "user.name=learner", "-c", "user.email=learner@example.com", "commit", "--quiet", "-m", "my lab 01");
    Path staged = counter.resolveSibling("Staged.java");
    Files.writeString(staged, "package eventlings.lab01;\n");
    git("add", staged.toString());
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console, "reset", "01", "--yes");

    assertThat(counter).hasContent(FixtureRepository.STARTER);
    assertThat(newFile).doesNotExist();
    assertThat(staged).doesNotExist();
    String output = recorded.output();
    assertThat(output).contains("Staged.java  (yours, will be removed)", "Your versions are in .eventlings/reset-backups/");
    Path kept = root.resolve(output.substring(output.indexOf(".eventlings/reset-backups/")).split(":")[0]);
    assertThat(kept.resolve("eventlings/lab01/Counter.java")).hasContent(FixtureRepository.SOLUTION);
    assertThat(kept.resolve("eventlings/lab01/Staged.java")).exists();
  }

  @Test
  void inside_someone_elses_repository_it_refuses_and_touches_nothing(@TempDir Path outer) throws Exception {
    Path home = outer.resolve("dotfiles");
    Repository unzipped = FixtureRepository.writeTo(home.resolve("eventlings"));
    run(home, "git", "init", "--quiet");
    run(home, "git", "add", ".");
    run(home, "git", "-c", "user.name=someone", "-c", "user.email=someone@example.com", "commit", "--quiet", "-m", "all");
    Path theirCounter = FixtureRepository.counting(unzipped).dir().resolve(FixtureRepository.COUNTER);
    Files.writeString(theirCounter, FixtureRepository.SOLUTION);
    Recorded recorded = Recorded.console();

    int status = Main.run(unzipped, recorded.console, "reset", "01", "--yes");

    assertThat(status).isEqualTo(1);
    assertThat(recorded.output()).contains("sits inside another git repository", "refuses");
    assertThat(theirCounter).hasContent(FixtureRepository.SOLUTION);
  }

  @Test
  void yes_on_the_command_line_does_not_ask() {
    Recorded recorded = Recorded.console();

    Main.run(repository, recorded.console, "reset", "01", "--yes");

    assertThat(counter).hasContent(FixtureRepository.STARTER);
    assertThat(recorded.output()).doesNotContain("[y/N]");
  }

  @Test
  void without_a_lab_it_refuses_and_touches_nothing() {
    Recorded recorded = Recorded.answering("y");

    int status = Main.run(repository, recorded.console, "reset", "--yes");

    assertThat(status).isEqualTo(2);
    assertThat(recorded.output()).startsWith("reset needs exactly one lab");
    assertThat(counter).hasContent(FixtureRepository.SOLUTION);
  }

  private void git(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(arguments));
    run(root, command.toArray(String[]::new));
  }

  private static void run(Path folder, String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }
}

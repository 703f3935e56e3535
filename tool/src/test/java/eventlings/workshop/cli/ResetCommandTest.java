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

/** {@code ./workshop reset}: back to the committed starter, in one lab only, and only when the learner agrees. */
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
        .contains("  labs/01-counting/src/main/java/eventlings/lab01/Counter.java  (changed)")
        .contains("  labs/01-counting/src/main/java/eventlings/lab01/Notes.java  (new, will be deleted)")
        .contains("Discard your work in lab 01? [y/N] ")
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
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }
}

package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.workshop.Repository;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script as a learner runs it, in a checkout of its own: the fixture labs, the script, and the workshop
 * this build just compiled (so the script finds it built and starts it straight away).
 */
@DisabledOnOs(OS.WINDOWS)
class WorkshopScriptTest {

  private static final Path BUILT = Repository.fromSystemProperty().root();

  @TempDir
  Path checkout;

  @BeforeEach
  void aCheckoutWithTheWorkshopBuilt() throws IOException {
    FixtureRepository.writeTo(checkout);
    Files.copy(BUILT.resolve("workshop"), checkout.resolve("workshop"), StandardCopyOption.COPY_ATTRIBUTES);
    copyTree(BUILT.resolve("tool/target/classes"), checkout.resolve("tool/target/classes"));
    Files.copy(BUILT.resolve("tool/target/classpath.txt"), checkout.resolve("tool/target/classpath.txt"));
    Files.createFile(checkout.resolve("tool/target/workshop.stamp"));
  }

  @Test
  void check_hint_and_diff_answer_in_plain_text_when_piped() throws Exception {
    String check = workshop("check", "01");
    String hint = workshop("hint", "01");
    String diff = workshop("diff", "01");

    assertThat(check)
        .doesNotContain("Preparing the workshop")
        .contains("Lab 01 · Counting  [....................]  0 of 3 goals")
        .contains("Next goal: A counter without events is zero")
        .doesNotContain("\u001B[", "WARNING");
    assertThat(hint).contains("  Hint 1 of 3: Which events change the count?");
    assertThat(diff)
        .startsWith("--- labs/01-counting/src/main/java/eventlings/lab01/Counter.java\n")
        .contains("+    return (int) events.stream().filter(\"Incremented\"::equals).count();");
  }

  @Test
  void an_unknown_command_gets_one_sentence_and_a_failing_status() throws Exception {
    assertThat(workshop("frobnicate")).isEqualTo("There is no command 'frobnicate': use one of check, watch, hint,"
        + " diff, reset, next, doctor, help, or no command at all for the board.\n");
  }

  @Test
  void a_java_on_the_path_that_is_a_shim_leads_to_its_real_jdk(@TempDir Path shims) throws Exception {
    // What asdf, jenv or macOS's /usr/bin/java put on the PATH: a script, far from any JDK, that runs the real java.
    Path shim = shims.resolve("java");
    Files.writeString(shim, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
    shim.toFile().setExecutable(true);

    String check = workshop(Path.of("/nonexistent-java-home"), shims + java.io.File.pathSeparator + "/usr/bin:/bin",
        "check", "01");

    assertThat(check).contains("Lab 01 · Counting").doesNotContain("needs a JDK 21");
  }

  /** Runs {@code ./workshop} with the JDK running this test; returns stdout and stderr together. */
  private String workshop(String... arguments) throws IOException, InterruptedException {
    return workshop(Path.of(System.getProperty("java.home")), System.getenv("PATH"), arguments);
  }

  private String workshop(Path javaHome, String path, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", checkout.resolve("workshop").toString()));
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).directory(checkout.toFile()).redirectErrorStream(true);
    builder.environment().put("JAVA_HOME", javaHome.toString());
    builder.environment().put("PATH", path);
    builder.environment().remove("EVENTLINGS_COLOR");
    Process process = builder.start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the workshop finished").isTrue();
    return output;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      paths.forEach(path -> {
        try {
          Path target = to.resolve(from.relativize(path).toString());
          if (Files.isDirectory(path)) {
            Files.createDirectories(target);
          } else {
            Files.copy(path, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}

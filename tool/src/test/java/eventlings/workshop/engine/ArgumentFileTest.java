package eventlings.workshop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The argument file {@code workshop.cmd} starts the workshop from, since its class path is longer than a cmd.exe line:
 * checked here by the java launcher itself, which reads it the same way on every system.
 */
class ArgumentFileTest {

  @TempDir
  Path folder;

  @Test
  @DisplayName("A class path longer than a cmd.exe line, with spaces and backslashes, reaches the JVM as it was")
  void a_long_class_path_with_spaces_and_backslashes_reaches_the_jvm_whole() throws Exception {
    // A learner's Maven repository under "C:\Users\Firstname Lastname\.m2": 90 jars of about 95 characters each.
    String classPath = IntStream.range(0, 90)
        .mapToObj(n -> folder.resolve("Users\\Firstname Lastname\\.m2\\repository\\org\\example\\library-" + n
            + "\\1.0\\library-" + n + "-1.0.jar").toString())
        .collect(Collectors.joining(java.io.File.pathSeparator));
    assertThat(classPath.length()).as("longer than cmd.exe's 8,191").isGreaterThan(8_191);
    Path arguments = ArgumentFile.classPath(folder.resolve("workshop.args"), classPath);

    assertThat(printedClassPath(arguments)).isEqualTo(classPath);
  }

  @Test
  @DisplayName("The workshop's options find Mockito's jar for its agent, and quiet sun.misc.Unsafe from JDK 24 on")
  void the_workshop_options_add_the_mockito_agent_and_the_unsafe_flag_where_it_exists() {
    String classPath = String.join(java.io.File.pathSeparator, "/repo/classes", "/m2/org/mockito/mockito-core-5.24.0.jar");

    assertThat(ArgumentFile.workshopOptions(classPath, 21))
        .contains("-javaagent:/m2/org/mockito/mockito-core-5.24.0.jar", "-XX:TieredStopAtLevel=1")
        .doesNotContain("--sun-misc-unsafe-memory-access=allow")
        .endsWith("-cp", classPath);
    assertThat(ArgumentFile.workshopOptions(classPath, 25)).contains("--sun-misc-unsafe-memory-access=allow");
  }

  /** What a JVM started with the argument file sees as its class path. */
  private static String printedClassPath(Path arguments) throws IOException, InterruptedException {
    Path program = arguments.resolveSibling("PrintClassPath.java");
    Files.writeString(program, "class PrintClassPath { public static void main(String[] a) {"
        + " System.out.print(System.getProperty(\"java.class.path\")); } }");
    Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "@" + arguments, program.toString()).redirectErrorStream(true).start();
    String printed = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return printed;
  }
}

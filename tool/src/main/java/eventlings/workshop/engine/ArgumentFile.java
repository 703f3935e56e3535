package eventlings.workshop.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A java launcher argument file ({@code java @file}) holding a class path. A class path of the workshop runs to
 * thousands of characters, more than a Windows command line takes (cmd.exe stops at 8,191); in a file it has no
 * limit. Inside quotes the launcher reads a backslash as an escape, so Windows paths have theirs doubled.
 */
public final class ArgumentFile {

  private ArgumentFile() {}

  /** Writes {@code -cp "<classPath>"} to {@code file} and returns the file. */
  public static Path classPath(Path file, String classPath) {
    return write(file, List.of("-cp", classPath));
  }

  /** Writes each argument on a line of its own, quoted, and returns the file. */
  static Path write(Path file, List<String> arguments) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, arguments.stream().map(argument -> "\"" + quoted(argument) + "\"").toList(), StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the argument file " + file, e);
    }
  }

  /**
   * The options the workshop command starts with on this JDK: the C1 compiler and the serial GC for a short-lived
   * JVM, native access for the Kafka client's compression libraries, Mockito as an agent so goals that mock print
   * no self-attach warning, and from JDK 24 on a quiet {@code sun.misc.Unsafe}; then the class path.
   */
  static List<String> workshopOptions(String classPath, int jdkFeature) {
    List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
        "--enable-native-access=ALL-UNNAMED"));
    Stream.of(classPath.split(java.io.File.pathSeparator))
        .filter(entry -> Path.of(entry).getFileName().toString().startsWith("mockito-core-"))
        .findFirst()
        .ifPresent(mockito -> options.add("-javaagent:" + mockito));
    if (jdkFeature >= 24) {
      options.add("--sun-misc-unsafe-memory-access=allow");
    }
    options.addAll(List.of("-cp", classPath));
    return options;
  }

  static String quoted(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /**
   * {@code java -cp tool/target/classes eventlings.workshop.engine.ArgumentFile classpath.txt classes workshop.args}:
   * what {@code workshop.cmd} runs once after a build and per JDK, to start the workshop from an argument file.
   */
  public static void main(String[] args) throws IOException {
    String dependencies = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).strip();
    String classes = Path.of(args[1]).toAbsolutePath().toString();
    write(Path.of(args[2]), workshopOptions(classes + java.io.File.pathSeparator + dependencies,
        Runtime.version().feature()));
  }
}

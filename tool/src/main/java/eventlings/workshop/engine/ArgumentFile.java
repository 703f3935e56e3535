package eventlings.workshop.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A java launcher argument file ({@code java @file}) holding a class path. A class path of the workshop runs to
 * thousands of characters, more than a Windows command line takes (cmd.exe stops at 8,191); in a file it has no
 * limit. Inside quotes the launcher reads a backslash as an escape, so Windows paths have theirs doubled.
 */
public final class ArgumentFile {

  private ArgumentFile() {}

  /** Writes {@code -cp "<classPath>"} to {@code file} and returns the file. */
  public static Path classPath(Path file, String classPath) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, "-cp \"" + quoted(classPath) + "\"\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the argument file " + file, e);
    }
  }

  static String quoted(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /**
   * {@code java -cp tool/target/classes eventlings.workshop.engine.ArgumentFile classpath.txt classes workshop.args}:
   * what {@code workshop.cmd} runs once after a build, to start the workshop from an argument file.
   */
  public static void main(String[] args) throws IOException {
    String dependencies = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8).strip();
    String classes = Path.of(args[1]).toAbsolutePath().toString();
    classPath(Path.of(args[2]), classes + java.io.File.pathSeparator + dependencies);
  }
}

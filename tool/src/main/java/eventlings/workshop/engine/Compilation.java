package eventlings.workshop.engine;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in this JVM, which is what makes {@code ./workshop watch} answer in about a second.
 *
 * @param output the classes folder written
 * @param errors each error as javac prints it: {@code path:line: error: message}, the symbol and where it was
 *     looked for, the source line and a caret under the spot; empty when it compiled
 */
public record Compilation(Path output, List<String> errors) {

  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  public boolean succeeded() {
    return errors.isEmpty();
  }

  /**
   * Compiles every {@code .java} file under the given source folders into {@code output}, which is emptied first.
   *
   * @param sources the source files, each compiled once
   * @param classPath extra class path entries (compiled main classes, for instance) before this JVM's own
   * @param relativeTo paths in error messages are shown relative to this folder
   */
  public static Compilation compile(Collection<Path> sources, Path output, List<Path> classPath, Path relativeTo) {
    if (JAVAC == null) {
      throw new IllegalStateException("This Java runtime has no compiler: run the workshop with a JDK 21+, not a JRE");
    }
    clean(output);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<String> options = List.of(
        "-d", output.toString(),
        "-classpath", classPath(classPath),
        "--release", "21",
        "-parameters",
        "-encoding", "UTF-8",
        "-proc:none",
        "-implicit:none",
        "-nowarn",
        "-g");
    try (StandardJavaFileManager files = JAVAC.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> units = files.getJavaFileObjectsFromPaths(sources);
      boolean compiled = JAVAC.getTask(new StringWriter(), files, diagnostics, options, null, units).call();
      List<String> errors = diagnostics.getDiagnostics().stream()
          .filter(diagnostic -> diagnostic.getKind() == Diagnostic.Kind.ERROR)
          .map(diagnostic -> describe(diagnostic, relativeTo))
          .toList();
      if (!compiled && errors.isEmpty()) {
        return new Compilation(output, List.of("the compiler failed without naming an error"));
      }
      return new Compilation(output, errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * All Java sources under the given folders; folders that do not exist hold none. What editors leave beside a
   * file is not a source: Emacs's {@code .#Foo.java} lock links, Vim's swap files, hidden files, and temporary
   * files of a save-by-rename.
   */
  public static List<Path> javaFilesUnder(Path... folders) {
    List<Path> found = new ArrayList<>();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> walk = Files.walk(folder)) {
          walk.filter(Compilation::isJavaSource).sorted().forEach(found::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return found;
  }

  /** A regular file (not a link, not a folder) named {@code Something.java}, not hidden. */
  public static boolean isJavaSource(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".java") && !name.startsWith(".") && !name.startsWith("#")
        && Character.isJavaIdentifierStart(name.charAt(0))
        && Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
  }

  private static String describe(Diagnostic<? extends JavaFileObject> diagnostic, Path relativeTo) {
    List<String> message = diagnostic.getMessage(Locale.ROOT).lines().toList();
    if (diagnostic.getSource() == null) {
      return String.join("\n", message);
    }
    Path file = Path.of(diagnostic.getSource().toUri());
    StringBuilder text = new StringBuilder(shown(file, relativeTo)).append(':').append(diagnostic.getLineNumber())
        .append(": error: ").append(message.isEmpty() ? "" : message.getFirst());
    // javac's next lines name the symbol it could not find and where it looked: the part that says what is wrong.
    message.stream().skip(1).forEach(line -> text.append('\n').append(line));
    sourceLine(file, diagnostic.getLineNumber()).ifPresent(line -> {
      text.append('\n').append(line);
      long column = diagnostic.getColumnNumber();
      if (column > 0) {
        text.append('\n').append(" ".repeat((int) column - 1)).append('^');
      }
    });
    return text.toString();
  }

  private static java.util.Optional<String> sourceLine(Path file, long number) {
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return number < 1 ? java.util.Optional.empty() : lines.skip(number - 1).findFirst().map(String::stripTrailing);
    } catch (IOException | UncheckedIOException e) {
      return java.util.Optional.empty();
    }
  }

  private static String shown(Path file, Path relativeTo) {
    return file.startsWith(relativeTo) ? relativeTo.relativize(file).toString() : file.toString();
  }

  private static String classPath(List<Path> extra) {
    List<String> entries = new ArrayList<>();
    extra.forEach(path -> entries.add(path.toString()));
    entries.add(System.getProperty("java.class.path"));
    return String.join(java.io.File.pathSeparator, entries);
  }

  /** Deletes a folder and everything below it, if it exists. */
  public static void clean(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package eventlings.workshop.contract;

import eventlings.checkers.Step;
import eventlings.workshop.Repository.Lab;
import eventlings.workshop.engine.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;

/**
 * A goal as its test source declares it: step, sentence and method, read from the compiled goal classes.
 *
 * @param step the {@code @Step} number
 * @param name the {@code @DisplayName} sentence, empty when missing
 * @param method {@code Class#method}
 */
public record DeclaredGoal(int step, String name, String method) {

  /** Compiles the lab's goals against its solution and lists the goals they declare. */
  public static List<DeclaredGoal> of(Lab lab, Path workDir) {
    Path target = workDir.resolve(lab.name()).resolve("declared").resolve("target");
    Compilation solution = Compilation.compile(
        Compilation.javaFilesUnder(lab.solutionSources()), target.resolve("classes"), List.of(), lab.root());
    requireCompiled(solution, lab, "solution");
    Compilation goals = Compilation.compile(
        Compilation.javaFilesUnder(lab.goalSources()), target.resolve("test-classes"), List.of(solution.output()), lab.root());
    requireCompiled(goals, lab, "goals");
    try (URLClassLoader loader = new URLClassLoader(
        new URL[] {solution.output().toUri().toURL(), goals.output().toUri().toURL()},
        DeclaredGoal.class.getClassLoader())) {
      List<DeclaredGoal> declared = new ArrayList<>();
      for (String className : classNames(goals.output())) {
        for (Method method : loader.loadClass(className).getDeclaredMethods()) {
          Step step = method.getAnnotation(Step.class);
          if (step != null) {
            DisplayName name = method.getAnnotation(DisplayName.class);
            declared.add(new DeclaredGoal(step.value(), name == null ? "" : name.value(),
                className.substring(className.lastIndexOf('.') + 1) + "#" + method.getName()));
          }
        }
      }
      return declared;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void requireCompiled(Compilation compilation, Lab lab, String what) {
    if (!compilation.succeeded()) {
      throw new AssertionError("lab " + lab.name() + ": the " + what + " does not compile:\n  "
          + String.join("\n  ", compilation.errors()));
    }
  }

  private static List<String> classNames(Path classes) throws IOException {
    try (Stream<Path> walk = Files.walk(classes)) {
      return walk.map(classes::relativize).map(Path::toString)
          .filter(name -> name.endsWith(".class"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
          .sorted()
          .toList();
    }
  }
}

package eventlings.workshop.engine;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import eventlings.checkers.progress.GoalRecorder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a lab's goals through the JUnit Platform in this JVM, against one set of compiled lab classes, in a class
 * loader of their own. {@link ChildMain} calls it, once, in a JVM that ends afterwards.
 */
public final class GoalRun {

  private GoalRun() {}

  /**
   * Runs every test class found in {@code goalClasses}, telling {@code recorder} about each goal.
   *
   * @param labClasses the compiled lab (starter, solution or mistake)
   * @param goalClasses the compiled goals
   * @param goalResources the goals' resources, if any
   */
  public static GoalRecorder run(Path labClasses, Path goalClasses, Path goalResources, GoalRecorder recorder) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    try (URLClassLoader loader = new URLClassLoader(urls(labClasses, goalClasses, goalResources), GoalRun.class.getClassLoader())) {
      thread.setContextClassLoader(loader);
      List<DiscoverySelector> selectors = new ArrayList<>();
      for (String className : testClassNames(goalClasses)) {
        selectors.add(selectClass(loader.loadClass(className)));
      }
      LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectors).build();
      Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
          .enableTestExecutionListenerAutoRegistration(false)
          .build());
      launcher.execute(request, recorder);
      return recorder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("A compiled goal class vanished: " + e.getMessage(), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  private static URL[] urls(Path... folders) throws MalformedURLException {
    List<URL> urls = new ArrayList<>();
    for (Path folder : folders) {
      if (folder != null && Files.isDirectory(folder)) {
        urls.add(folder.toUri().toURL());
      }
    }
    return urls.toArray(URL[]::new);
  }

  private static List<String> testClassNames(Path goalClasses) throws IOException {
    try (Stream<Path> walk = Files.walk(goalClasses)) {
      return walk
          .map(goalClasses::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith("Test.class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace(java.io.File.separatorChar, '.'))
          .sorted()
          .toList();
    }
  }
}

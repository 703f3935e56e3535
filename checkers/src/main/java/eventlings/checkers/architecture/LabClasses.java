package eventlings.checkers.architecture;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The production classes of a lab, imported for ArchUnit rules; the goal tests themselves are left out. */
public final class LabClasses {

  private LabClasses() {}

  /**
   * Imports the classes of {@code packageName} (and below) from the folders the lab was compiled to.
   *
   * <p>Only class folders are read, never the jars of the class path, and the libraries a lab mentions are not
   * loaded: the rules judge the lab's own types, and scanning every jar would cost seconds per goal.
   */
  public static JavaClasses of(String packageName) {
    List<Path> folders = compiledFolders(packageName);
    return ArchConfiguration.withThreadLocalScope(configuration -> {
      configuration.setResolveMissingDependenciesFromClassPath(false);
      return new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPaths(folders);
    });
  }

  private static List<Path> compiledFolders(String packageName) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    List<Path> folders = new ArrayList<>();
    try {
      for (URL location : Collections.list(loader.getResources(packageName.replace('.', '/')))) {
        if (location.getProtocol().equals("file")) {
          folders.add(Path.of(location.toURI()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not look for the classes of " + packageName, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("A class folder of " + packageName + " has no valid path", e);
    }
    if (folders.isEmpty()) {
      throw new AssertionError("No compiled classes of " + packageName + " were found: does the lab compile?");
    }
    return folders;
  }
}

package eventlings.checkers.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The production classes of a lab, imported for ArchUnit rules; the goal tests themselves are left out. */
public final class LabClasses {

  private LabClasses() {}

  public static JavaClasses of(String packageName) {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(packageName);
  }
}

package eventlings.workshop.cli;

import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/** Turns what the learner typed ({@code 1}, {@code 01}, {@code 01-event-sourcing}, or nothing) into a lab. */
final class LabChoice {

  private LabChoice() {}

  /** The named lab, or the first one not yet complete when none is named. */
  static Lab of(Repository repository, Optional<String> wanted) {
    return wanted.isPresent() ? named(repository, wanted.get()) : Progress.current(all(repository));
  }

  static Lab named(Repository repository, String name) {
    List<Lab> labs = all(repository);
    return repository.lab(name).orElseThrow(() -> new Problem("There is no lab '" + name + "': choose one of "
        + String.join(", ", labs.stream().map(Lab::number).toList())
        + " (e.g. ./workshop check " + labs.getFirst().number() + ")."));
  }

  /** Every lab; a folder without any is not an eventlings checkout. */
  static List<Lab> all(Repository repository) {
    List<Lab> labs = Files.isDirectory(repository.root().resolve("labs")) ? repository.labs() : List.of();
    if (labs.isEmpty()) {
      throw new Problem("There are no labs in " + repository.root().resolve("labs")
          + ": run ./workshop from the folder where you cloned eventlings.");
    }
    return labs;
  }
}

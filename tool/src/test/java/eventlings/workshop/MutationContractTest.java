package eventlings.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import eventlings.workshop.contract.Mutants;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The goals kill every mutant of their solution but the equivalent ones, and run every line of it. Reads the
 * reports {@code ./mvnw verify -Pmutation} makes in the solution modules, which run before this one.
 */
@Tag("mutation")
class MutationContractTest {

  private static final Repository REPOSITORY = Repository.fromSystemProperty();

  @TestFactory
  Stream<DynamicTest> the_goals_kill_every_mutant_that_is_not_equivalent() {
    return REPOSITORY.labsToCheck().stream().map(lab -> dynamicTest("lab " + lab.name() + ": every mutant killed or equivalent",
        () -> {
          Mutants mutants = Mutants.of(lab);
          System.out.println("eventlings mutation: " + mutants.summary());
          List<String> problems = mutants.problems();
          assertThat(problems).as(String.join("\n", problems)).isEmpty();
        }));
  }
}

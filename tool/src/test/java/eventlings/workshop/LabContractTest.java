package eventlings.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import eventlings.workshop.contract.DeclaredGoal;
import eventlings.workshop.contract.LabContract;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/** Every lab's README, goals, starter and mistakes tell one story. Fast: nothing here runs a goal. */
class LabContractTest {

  private static final Repository REPOSITORY = Repository.fromSystemProperty();
  private static final Path WORK = REPOSITORY.root().resolve("tool/target/contract");

  @TestFactory
  Stream<DynamicContainer> every_lab_keeps_the_contract() {
    return REPOSITORY.labsToCheck().stream().map(lab -> {
      Supplier<LabContract> contract = memoized(() -> new LabContract(lab, DeclaredGoal.of(lab, WORK), WORK.resolve("mistakes")));
      return dynamicContainer("lab " + lab.name(), Stream.of(
          dynamicTest("its README has numbered steps, each with goals and a file to open",
              () -> assertNoProblems(contract.get().readmeStructure())),
          dynamicTest("every goal has a hint ladder in HINTS.md, from a question to folded code",
              () -> assertNoProblems(contract.get().hintLadders())),
          dynamicTest("it has 5 to 12 goals", () -> assertNoProblems(contract.get().goalCount())),
          dynamicTest("its README lists exactly the goals its tests declare, under their steps",
              () -> assertNoProblems(contract.get().goalsMatchReadme())),
          dynamicTest("every step has TODO(step N) work, and every other starter file says it is given",
              () -> assertNoProblems(contract.get().starterMarkers())),
          dynamicTest("its starter.manifest names the starter as it is, for reset",
              () -> assertNoProblems(contract.get().starterManifest())),
          dynamicTest("every file given to the learner is the solution's file",
              () -> assertNoProblems(contract.get().givenFilesMatchSolution())),
          dynamicTest("every step but the last has a checkpoint that applies to the solution",
              () -> assertNoProblems(contract.get().checkpoints())),
          dynamicTest("it ships at least 3 described classic mistakes",
              () -> assertNoProblems(contract.get().mistakesDescribed()))));
    });
  }

  static void assertNoProblems(List<String> problems) {
    assertThat(problems).as(String.join("\n", problems)).isEmpty();
  }

  static <T> Supplier<T> memoized(Supplier<T> supplier) {
    return new Supplier<>() {
      private T value;

      @Override
      public synchronized T get() {
        if (value == null) {
          value = supplier.get();
        }
        return value;
      }
    };
  }
}

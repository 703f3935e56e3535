package eventlings.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import eventlings.workshop.contract.SlideCode;
import eventlings.workshop.engine.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Slides show the solution's code as it is, and every lab has a deck. */
class SlideCodeTest {

  private static final Repository REPOSITORY = Repository.fromSystemProperty();
  private static final Path SLIDES = REPOSITORY.root().resolve("slides");

  @TestFactory
  Stream<DynamicTest> every_code_block_on_a_slide_equals_its_region_in_the_solution() throws IOException {
    try (Stream<Path> decks = Files.list(SLIDES)) {
      return decks.filter(deck -> deck.toString().endsWith(".md")).sorted().toList().stream()
          .flatMap(deck -> SlideCode.blocksIn(deck).stream())
          .map(block -> dynamicTest(
              REPOSITORY.root().relativize(block.slide()) + " shows " + block.source() + "#" + block.region(),
              () -> assertThat(SlideCode.problemWith(block, REPOSITORY.root())).isEmpty()));
    }
  }

  @TestFactory
  Stream<DynamicTest> no_deck_solves_its_lab_before_the_lab() {
    return REPOSITORY.labsToCheck().stream().map(lab -> dynamicTest(
        "slides/" + lab.name() + ".md teaches before the lab without the solution's code",
        () -> {
          List<String> problems = SlideCode.problemsBeforeTheLab(SLIDES.resolve(lab.name() + ".md"), lab.name(),
              REPOSITORY.root());
          assertThat(problems).as(String.join("\n", problems)).isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> code_shown_before_a_lab_compiles_against_its_starter() {
    Path work = REPOSITORY.root().resolve("tool/target/slide-examples");
    return REPOSITORY.labsToCheck().stream()
        .filter(lab -> Files.isDirectory(REPOSITORY.root().resolve(SlideCode.EXAMPLES).resolve(lab.name())))
        .map(lab -> dynamicTest(SlideCode.EXAMPLES + "/" + lab.name() + " compiles against the starter of " + lab.name(),
            () -> {
              Compilation starter = Compilation.compile(Compilation.javaFilesUnder(lab.starterSources()),
                  work.resolve(lab.name()).resolve("starter"), List.of(), REPOSITORY.root());
              assertThat(starter.errors()).as("the starter of " + lab.name() + " compiles").isEmpty();
              Compilation examples = Compilation.compile(
                  Compilation.javaFilesUnder(REPOSITORY.root().resolve(SlideCode.EXAMPLES).resolve(lab.name())),
                  work.resolve(lab.name()).resolve("examples"), List.of(starter.output()), REPOSITORY.root());
              assertThat(examples.errors()).as(String.join("\n", examples.errors())).isEmpty();
            }));
  }

  @Test
  @DisplayName("The agenda places each lab's debrief after its lab")
  void the_agenda_places_each_debrief_after_the_lab() throws IOException {
    List<String> rows = Files.readAllLines(SLIDES.resolve("agenda.md")).stream()
        .filter(line -> line.matches(".*\\(slides \\d+, lab \\d+.*"))
        .toList();
    assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row).as("an agenda row with slides and a lab")
        .containsPattern("\\(slides \\d+, lab \\d+, debrief \\d+\\)"));
  }

  @TestFactory
  Stream<DynamicTest> every_deck_states_the_minutes_the_agenda_gives_it() throws IOException {
    List<String> agenda = Files.readAllLines(SLIDES.resolve("agenda.md"));
    return REPOSITORY.labsToCheck().stream().map(lab -> dynamicTest("slides/" + lab.name() + ".md states its minutes",
        () -> {
          String label = "| Lab " + lab.number() + " ";
          List<String> rows = agenda.stream().filter(row -> row.contains(label)).toList();
          List<String> planned = rows.stream().map(SlideCodeTest::minutes).filter(minutes -> !minutes.isEmpty()).toList();
          assertThat(planned).as("agenda.md plans lab %s with (slides N, lab M, debrief K) on two days", lab.number())
              .isNotEmpty();
          String twoDays = planned.getLast();
          String expected = twoDays.split(",")[0] + " minutes of slides, " + twoDays.split(",")[1] + " minutes of lab, "
              + twoDays.split(",")[2] + " minutes of debrief"
              + (planned.size() > 1 ? "; in the one-day plan " + planned.getFirst().replaceFirst(",", ", ")
                  .replaceFirst(",(\\d+)$", " and $1") + "." : ".");
          assertThat(Files.readString(SLIDES.resolve(lab.name() + ".md"))).as("the timing line of the deck")
              .contains(expected);
        }));
  }

  /** {@code "10,60,10"} from an agenda row {@code (slides 10, lab 60, debrief 10)}, or empty. */
  private static String minutes(String row) {
    java.util.regex.Matcher planned = java.util.regex.Pattern.compile("\\(slides (\\d+), lab (\\d+), debrief (\\d+)\\)")
        .matcher(row);
    return planned.find() ? planned.group(1) + "," + planned.group(2) + "," + planned.group(3) : "";
  }

  @Test
  @DisplayName("Every lab has a slide deck named after it")
  void every_lab_has_a_deck() {
    assertThat(REPOSITORY.labsToCheck()).allSatisfy(lab ->
        assertThat(SLIDES.resolve(lab.name() + ".md")).as("slides/" + lab.name() + ".md").isRegularFile());
  }
}

package eventlings.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import eventlings.workshop.contract.SlideCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  @Test
  @DisplayName("Every lab has a slide deck named after it")
  void every_lab_has_a_deck() {
    assertThat(REPOSITORY.labsToCheck()).allSatisfy(lab ->
        assertThat(SLIDES.resolve(lab.name() + ".md")).as("slides/" + lab.name() + ".md").isRegularFile());
  }
}

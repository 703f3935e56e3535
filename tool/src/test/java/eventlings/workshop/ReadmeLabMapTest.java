package eventlings.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import eventlings.workshop.Repository.Lab;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The lab map in the root README agrees with the labs: every lab listed, with its README's minutes and its deck. */
class ReadmeLabMapTest {

  private static final Repository REPOSITORY = Repository.fromSystemProperty();
  private static final Pattern MINUTES = Pattern.compile("\\*\\*Time:\\*\\*\\s*(\\d+)\\s*minutes");

  @TestFactory
  Stream<DynamicTest> the_root_readme_maps_every_lab() throws IOException {
    String readme = Files.readString(REPOSITORY.root().resolve("README.md"));
    return REPOSITORY.labsToCheck().stream().map(lab -> dynamicTest("README.md maps lab " + lab.name(), () -> {
      Optional<String> row = readme.lines().filter(line -> line.contains("(labs/" + lab.name() + "/README.md)")).findFirst();
      assertThat(row).as("README.md has no lab-map row linking labs/%s/README.md", lab.name()).isPresent();
      assertThat(row.get()).as("the lab-map row of %s links its deck", lab.name())
          .contains("(slides/" + lab.name() + ".md)");
      minutesOf(lab).ifPresent(minutes -> assertThat(row.get())
          .as("the lab-map row of %s should give the %s minutes its README gives", lab.name(), minutes)
          .contains("| " + minutes + " |"));
    }));
  }

  private static Optional<String> minutesOf(Lab lab) throws IOException {
    Matcher minutes = MINUTES.matcher(Files.readString(lab.readme()));
    return minutes.find() ? Optional.of(minutes.group(1)) : Optional.empty();
  }
}

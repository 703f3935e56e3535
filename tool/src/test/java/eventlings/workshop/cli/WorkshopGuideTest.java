package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.workshop.Repository;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The command's guide, docs/workshop-command.md, opens with the very commands ./workshop help prints. */
class WorkshopGuideTest {

  @Test
  @DisplayName("The guide lists the commands as the help prints them")
  void the_guide_lists_the_commands_as_help_prints_them() throws IOException {
    List<String> guide = Files.readAllLines(Repository.fromSystemProperty().root().resolve("docs/workshop-command.md"));
    int start = guide.indexOf("```") + 1;
    List<String> listed = guide.subList(start, guide.subList(start, guide.size()).indexOf("```") + start);

    assertThat(listed).isEqualTo(Main.USAGE.lines().filter(line -> line.startsWith("./workshop")).toList());
  }
}

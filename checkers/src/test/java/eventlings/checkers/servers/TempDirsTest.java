package eventlings.checkers.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TempDirsTest {

  private static final String PREFIX = "eventlings-tempdirs-test-";
  private final List<Path> made = new ArrayList<>();

  @AfterEach
  void tidy() {
    made.forEach(TempDirs::delete);
  }

  @Test
  @DisplayName("A folder whose JVM has ended is removed, one whose JVM runs is kept, one without an owner is left alone")
  void only_folders_of_ended_jvms_are_removed() throws Exception {
    Path ours = made(TempDirs.create(PREFIX));
    Path abandoned = made(Files.createTempDirectory(PREFIX));
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Files.writeString(abandoned.resolve(TempDirs.OWNER), ended.pid() + " " + Instant.now());
    Path unowned = made(Files.createTempDirectory(PREFIX));
    List<Path> stopped = new ArrayList<>();

    List<Path> removed = TempDirs.removeAbandoned(PREFIX, stopped::add);

    assertThat(removed).containsExactly(abandoned);
    assertThat(stopped).as("what ran in it is stopped before the folder goes").containsExactly(abandoned);
    assertThat(abandoned).doesNotExist();
    assertThat(ours).exists();
    assertThat(unowned).exists();
  }

  @Test
  @DisplayName("A pid the system gave to a newer process does not make an ended JVM look alive")
  void a_reused_pid_is_not_the_owner() throws IOException {
    Path folder = made(Files.createTempDirectory(PREFIX));
    Files.writeString(folder.resolve(TempDirs.OWNER), ProcessHandle.current().pid() + " 2001-01-01T00:00:00Z");

    assertThat(TempDirs.ownerHasEnded(folder)).isTrue();
  }

  private Path made(Path folder) {
    made.add(folder);
    return folder;
  }
}

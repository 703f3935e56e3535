package eventlings.workshop.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkFoldersTest {

  @TempDir
  Path root;

  @Test
  @DisplayName("Each process compiles in a folder of its own, and the folders of ended processes are removed")
  void each_process_has_its_folder_and_ended_ones_are_removed() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    Path left = Files.createDirectories(root.resolve(".eventlings/work-" + ended.pid() + "/lab/classes"));
    Path parent = Files.createDirectories(root.resolve(".eventlings/work-" + ProcessHandle.current().parent().orElseThrow().pid()));

    Path mine = WorkFolders.forThisProcess(root);

    assertThat(mine).isEqualTo(root.resolve(".eventlings/work-" + ProcessHandle.current().pid()));
    assertThat(left.getParent().getParent()).as("the folder of a process that ended").doesNotExist();
    assertThat(parent).as("the folder of a process still running").exists();
  }
}

package eventlings.checkers.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a test JVM killed hard leaves behind is stopped and removed when the next embedded server starts. */
class AbandonedServersTest {

  /** Run in a JVM of its own: starts an embedded PostgreSQL, says where, and waits to be killed. */
  public static final class KilledWhileRunning {
    public static void main(String[] args) throws Exception {
      EmbeddedPostgresServer.launch();
      try (var folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
        folders.filter(folder -> folder.getFileName().toString().startsWith(EmbeddedPostgresServer.FOLDER_PREFIX))
            .filter(folder -> !TempDirs.ownerHasEnded(folder))
            .filter(folder -> ownedByThisJvm(folder))
            .forEach(folder -> System.out.println("ready " + folder));
      }
      System.out.flush();
      new java.util.concurrent.CountDownLatch(1).await(); // Until killed: a JVM stuck or killed mid-run.
    }

    private static boolean ownedByThisJvm(Path folder) {
      try {
        return Files.readString(folder.resolve(TempDirs.OWNER)).startsWith(ProcessHandle.current().pid() + " ");
      } catch (java.io.IOException e) {
        return false;
      }
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  @DisplayName("A postmaster and folder left by a JVM killed with kill -9 are stopped and removed at the next start")
  void a_server_left_by_a_killed_jvm_is_stopped_at_the_next_start() throws Exception {
    Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), KilledWhileRunning.class.getName())
        .redirectErrorStream(true).start();
    Path folder;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      while (line != null && !line.startsWith("ready ")) {
        line = out.readLine();
      }
      assertThat(line).as("the child JVM started its server").isNotNull();
      folder = Path.of(line.substring("ready ".length()));
    }
    long postmaster = Long.parseLong(Files.readAllLines(folder.resolve("data/postmaster.pid")).getFirst().strip());
    jvm.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs, the postmaster lives on
    assertThat(ProcessHandle.of(postmaster)).as("the postmaster outlives its JVM").isPresent();

    EmbeddedPostgresServer next = EmbeddedPostgresServer.launch();
    try {
      Awaitility.await("the abandoned postmaster to stop").atMost(Duration.ofSeconds(10))
          .until(() -> ProcessHandle.of(postmaster).map(process -> !process.isAlive()).orElse(true));
      assertThat(folder).as("its folder").doesNotExist();
    } finally {
      next.close();
    }
  }
}

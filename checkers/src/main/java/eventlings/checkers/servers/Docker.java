package eventlings.checkers.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a Docker engine may serve the labs, asked the same way by the kit and by {@code ./workshop doctor}. Only a
 * sign of Docker (its variable, one of its sockets, a Testcontainers configuration) makes the kit ask the engine
 * itself, which costs time and logs errors on the many machines without one; and even an engine that answers is
 * only used when its containers actually start.
 */
public final class Docker {

  private Docker() {}

  /** Where an engine would answer: {@code DOCKER_HOST}, or the usual sockets of Linux, Docker Desktop, Colima, Rancher. */
  public static Optional<String> endpoint(Map<String, String> environment, Path home) {
    String dockerHost = environment.get("DOCKER_HOST");
    if (dockerHost != null && !dockerHost.isBlank()) {
      return Optional.of(dockerHost + " (DOCKER_HOST)");
    }
    return Stream.of(
            "/var/run/docker.sock",
            home.resolve(".docker/run/docker.sock").toString(),
            home.resolve(".colima/default/docker.sock").toString(),
            home.resolve(".rd/docker.sock").toString(),
            "\\\\.\\pipe\\docker_engine",
            home.resolve(".testcontainers.properties").toString())
        .filter(Docker::existsQuietly)
        .findFirst();
  }

  /** True when there is a sign of Docker and the engine answers. */
  static boolean mayAnswer(Environment environment) {
    return endpoint(environment.variables(), environment.userHome()).isPresent() && Containers.dockerAnswers();
  }

  /**
   * What {@code doctor} tells about the engine found at {@code endpoint}: whether it answers, and which of the images
   * the labs would start are not on this machine (a room without network cannot pull them).
   */
  public static String report(String endpoint) {
    if (!Containers.dockerAnswers()) {
      return "found at " + endpoint + ", but it does not answer: the labs use the embedded servers.";
    }
    List<String> missing = Containers.imagesNotPulled();
    return missing.isEmpty()
        ? "answers at " + endpoint + ", with the images pulled: the labs use Testcontainers, and the embedded servers"
            + " when a container does not start."
        : "answers at " + endpoint + ", but " + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " not pulled: on a network,"
            + " docker pull them; without one, the labs fall back to the embedded servers.";
  }

  /** A Windows pipe name is no path on Linux, and a Unix socket path may be no path on Windows. */
  private static boolean existsQuietly(String path) {
    try {
      return Files.exists(Path.of(path));
    } catch (RuntimeException notAPathHere) {
      return false;
    }
  }
}

package eventlings.workshop;

import eventlings.workshop.Repository.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A lab's starter as shipped: every file of its {@code src/main/java} with the id git gives its content, kept in
 * {@code labs/NN-topic/starter.manifest}. {@code ./workshop reset} restores from these ids, so what the learner
 * committed, staged or changed since makes no difference: the starter is the shipped one.
 *
 * <p>An id is git's own: the SHA-1 of {@code "blob <size>\0"} and the content, as {@code git hash-object} prints
 * it, so the contents can be read back with {@code git cat-file blob <id>} from any clone of the workshop.
 *
 * @param files each file's path, relative to {@code src/main/java} with {@code /}, and its id
 */
public record StarterManifest(Map<String, String> files) {

  public static final String FILE = "starter.manifest";

  /** The manifest the lab ships. */
  public static StarterManifest shipped(Lab lab) {
    Path file = lab.dir().resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return new StarterManifest(Map.of());
    }
    try {
      Map<String, String> files = new TreeMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] cells = line.strip().split("\\s+", 2);
        if (cells.length == 2 && cells[0].matches("[0-9a-f]{40}")) {
          files.put(cells[1], cells[0]);
        }
      }
      return new StarterManifest(files);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The manifest of the starter as it is on disk now: what a maintainer ships after changing it. */
  public static StarterManifest ofFolder(Path sources) {
    Map<String, String> files = new TreeMap<>();
    if (Files.isDirectory(sources)) {
      try (Stream<Path> walk = Files.walk(sources)) {
        for (Path file : walk.filter(Files::isRegularFile).toList()) {
          files.put(sources.relativize(file).toString().replace('\\', '/'), blobId(asCommitted(Files.readAllBytes(file))));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new StarterManifest(files);
  }

  /** The manifest's text: one {@code <id> <path>} line per file, sorted by path. */
  public List<String> lines() {
    return files.entrySet().stream().map(entry -> entry.getValue() + " " + entry.getKey()).toList();
  }

  /** A checkout on Windows may turn line ends into CRLF; the repository keeps LF, and so do the ids. */
  private static byte[] asCommitted(byte[] content) {
    return new String(content, StandardCharsets.UTF_8).replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** git's id of a content: {@code git hash-object} for a file holding these bytes. */
  public static String blobId(byte[] content) {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha1.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-1", e);
    }
  }
}

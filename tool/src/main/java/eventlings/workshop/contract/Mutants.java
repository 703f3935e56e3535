package eventlings.workshop.contract;

import eventlings.workshop.Repository.Lab;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * What mutation testing found in a lab's solution, read from PIT's {@code mutations.xml}, against the lab's list of
 * equivalent mutants ({@code solutions/NN-topic/mutants.md}): a mutant the goals cannot kill because it behaves
 * exactly like the solution, each with the reason.
 *
 * <p>The bar: every mutant killed by a goal or listed with its reason, and no line of the solution that no goal
 * runs unless the list says why no goal should (a database that fails mid-statement, say, is no step of the lab).
 * A listed mutant that no longer survives is a stale entry: the list must stay true. Classes the starter hands
 * over as they are ("Nothing to build here") are not the learner's to write, so their mutants do not count.
 *
 * @param lab the lab
 * @param mutants every mutant PIT made
 * @param equivalents the listed equivalents
 */
public record Mutants(Lab lab, List<Mutant> mutants, List<Equivalent> equivalents) {

  /** The file of a solution folder listing its equivalent mutants. */
  public static final String EQUIVALENTS = "mutants.md";

  private static final Pattern ENTRY = Pattern.compile("^- `([\\w$]+)\\.([\\w$<>]+)` · (\\w+) · (.+?): (.+)$");

  /**
   * One mutant.
   *
   * @param className the mutated class, without its package
   * @param method the mutated method
   * @param line the line it changed
   * @param mutator PIT's mutator, without its package
   * @param description what the mutant changed
   * @param status PIT's verdict: KILLED, SURVIVED, NO_COVERAGE, TIMED_OUT, ...
   */
  public record Mutant(String className, String method, int line, String mutator, String description, String status) {

    /** A mutant the goals told from the solution: they failed, or never finished. */
    public boolean killed() {
      return status.equals("KILLED") || status.equals("TIMED_OUT") || status.equals("MEMORY_ERROR");
    }

    String key() {
      return className + "." + method + " · " + mutator + " · " + description;
    }
  }

  /**
   * A mutant listed as equivalent.
   *
   * @param key {@code Class.method · Mutator · description}
   * @param reason why no goal can tell it from the solution
   */
  public record Equivalent(String key, String reason) {}

  /** PIT's report of the lab's solution, and its list of equivalents. */
  public static Mutants of(Lab lab) {
    Path report = lab.solutionDir().resolve("target/pit-reports/mutations.xml");
    if (!Files.isRegularFile(report)) {
      throw new AssertionError("lab " + lab.name() + ": no mutation report at " + report
          + ": run ./mvnw verify -Pmutation first");
    }
    List<Mutant> written = readReport(report, className -> !LabContract.givenByTheStarter(lab, sourceOf(className)));
    return new Mutants(lab, written, readEquivalents(lab.solutionDir().resolve(EQUIVALENTS)));
  }

  /** {@code eventlings/lab03/Order.java} for {@code eventlings.lab03.Order$Placed}: the file a class comes from. */
  private static String sourceOf(String className) {
    String outerClass = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
    return outerClass.replace('.', '/') + ".java";
  }

  /** What keeps the lab from the bar, one sentence each; empty when it is met. */
  public List<String> problems() {
    List<String> problems = new ArrayList<>();
    Set<String> listed = equivalents.stream().map(Equivalent::key).collect(Collectors.toSet());
    for (Map.Entry<String, List<Mutant>> line : byLine().entrySet()) {
      boolean uncovered = line.getValue().stream().allMatch(mutant -> mutant.status().equals("NO_COVERAGE"));
      if (uncovered && !line.getValue().stream().allMatch(mutant -> listed.contains(mutant.key()))) {
        problems.add("lab " + lab.name() + ": no goal runs " + line.getKey() + ": write a goal that does, remove"
            + " the line from the solution, or list its mutants in " + EQUIVALENTS + " with the reason no goal should");
      }
    }
    Set<String> survivors = new HashSet<>();
    for (Mutant mutant : mutants) {
      if (mutant.killed()) {
        continue;
      }
      survivors.add(mutant.key());
      if (!listed.contains(mutant.key())) {
        problems.add("lab " + lab.name() + ": a mutant survives the goals at " + mutant.className() + ".java:"
            + mutant.line() + " (" + mutant.status() + "): " + mutant.key()
            + ". Kill it with a goal, or list it in solutions/" + lab.name() + "/" + EQUIVALENTS
            + " with the reason it behaves like the solution");
      }
    }
    for (Equivalent equivalent : equivalents) {
      if (!survivors.contains(equivalent.key())) {
        problems.add("lab " + lab.name() + ": " + EQUIVALENTS + " lists " + equivalent.key()
            + ", which no longer survives: remove the entry");
      }
    }
    return problems;
  }

  /** {@code lab 01-event-sourcing: 83 mutants, 79 killed, 4 equivalent}. */
  public String summary() {
    long killed = mutants.stream().filter(Mutant::killed).count();
    return "lab " + lab.name() + ": " + mutants.size() + " mutants, " + killed + " killed, "
        + (mutants.size() - killed) + " equivalent (" + equivalents.size() + " listed)";
  }

  private Map<String, List<Mutant>> byLine() {
    Map<String, List<Mutant>> lines = new TreeMap<>();
    mutants.forEach(mutant -> lines.computeIfAbsent(mutant.className() + ".java:" + mutant.line(), key -> new ArrayList<>())
        .add(mutant));
    return lines;
  }

  private static List<Mutant> readReport(Path report, Predicate<String> counted) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList nodes = factory.newDocumentBuilder().parse(report.toFile()).getElementsByTagName("mutation");
      List<Mutant> mutants = new ArrayList<>();
      for (int index = 0; index < nodes.getLength(); index++) {
        Element mutation = (Element) nodes.item(index);
        String className = text(mutation, "mutatedClass");
        if (!counted.test(className)) {
          continue;
        }
        String mutator = text(mutation, "mutator");
        mutants.add(new Mutant(className.substring(className.lastIndexOf('.') + 1), text(mutation, "mutatedMethod"),
            Integer.parseInt(text(mutation, "lineNumber")), mutator.substring(mutator.lastIndexOf('.') + 1),
            text(mutation, "description"), mutation.getAttribute("status")));
      }
      return mutants;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("PIT's report " + report + " is not the XML it should be: " + e.getMessage(), e);
    }
  }

  private static String text(Element parent, String tag) {
    NodeList found = parent.getElementsByTagName(tag);
    return found.getLength() == 0 ? "" : found.item(0).getTextContent().strip();
  }

  /** Entries {@code - `Class.method` · Mutator · description: reason}; other lines are prose. */
  static List<Equivalent> readEquivalents(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<Equivalent> equivalents = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        Matcher entry = ENTRY.matcher(line.strip());
        if (entry.matches()) {
          equivalents.add(new Equivalent(entry.group(1) + "." + entry.group(2) + " · " + entry.group(3) + " · "
              + entry.group(4), entry.group(5)));
        }
      }
      return equivalents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import eventlings.checkers.progress.Style;
import eventlings.workshop.Repository;
import eventlings.workshop.Repository.Lab;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./workshop diff}: the learner's code against the solution, as {@code diff -u} would show it. */
class DiffCommandTest {

  @TempDir
  Path root;

  @Test
  void changed_lines_come_in_hunks_with_three_lines_of_context() {
    List<String> yours = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m");
    List<String> solution = List.of("a", "B", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n");

    assertThat(LineDiff.unified(yours, solution)).containsExactly(
        "@@ -1,5 +1,5 @@", " a", "-b", "+B", " c", " d", " e",
        "@@ -11,3 +11,4 @@", " k", " l", " m", "+n");
  }

  @Test
  void changes_close_together_share_one_hunk() {
    List<String> yours = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9");
    List<String> solution = List.of("1", "two", "3", "4", "5", "6", "7", "8");

    assertThat(LineDiff.unified(yours, solution)).containsExactly(
        "@@ -1,9 +1,8 @@", " 1", "-2", "+two", " 3", " 4", " 5", " 6", " 7", " 8", "-9");
  }

  @Test
  void a_file_only_one_side_has_is_all_added_or_all_removed() {
    assertThat(LineDiff.unified(List.of(), List.of("x", "y"))).containsExactly("@@ -0,0 +1,2 @@", "+x", "+y");
    assertThat(LineDiff.unified(List.of("x"), List.of())).containsExactly("@@ -1,1 +0,0 @@", "-x");
    assertThat(LineDiff.unified(List.of("same"), List.of("same"))).isEmpty();
  }

  @Test
  void the_starter_against_the_solution_is_plain_text_when_piped() {
    Lab lab = FixtureRepository.counting(FixtureRepository.writeTo(root));

    assertThat(DiffCommand.diff(lab, Style.PLAIN)).isEqualTo("""
        --- labs/01-counting/src/main/java/eventlings/lab01/Counter.java
        +++ solutions/01-counting/src/main/java/eventlings/lab01/Counter.java
        @@ -6,10 +6,10 @@
         public final class Counter {
        \s
           public static int count(List<String> events) {
        -    throw new UnsupportedOperationException("TODO(step 1): count the Incremented events");
        +    return (int) events.stream().filter("Incremented"::equals).count();
           }
        \s
           public static int countUntil(List<String> events, int version) {
        -    throw new UnsupportedOperationException("TODO(step 2): count only the first version events");
        +    return count(events.subList(0, Math.min(version, events.size())));
           }
         }
        1 file differs: lines with - are yours, lines with + are the solution's.
        """);
  }

  @Test
  void on_a_terminal_removed_lines_are_red_and_added_lines_green() {
    Lab lab = FixtureRepository.counting(FixtureRepository.writeTo(root));

    assertThat(DiffCommand.diff(lab, Style.COLOUR))
        .contains("\u001B[31m-    throw new UnsupportedOperationException(\"TODO(step 1): count the Incremented events\");\u001B[0m")
        .contains("\u001B[32m+    return (int) events.stream().filter(\"Incremented\"::equals).count();\u001B[0m");
  }

  @Test
  void code_that_differs_only_in_comments_and_region_markers_is_the_same_code() {
    Lab lab = FixtureRepository.counting(FixtureRepository.writeTo(root));
    Path starter = lab.dir().resolve(FixtureRepository.COUNTER);
    FixtureRepository.write(starter, "// Count the increments. Steps 1 and 2.\n" + FixtureRepository.SOLUTION
        .replace("  public static int count(", "  // my own note\n  public static int count("));
    FixtureRepository.write(lab.solutionSources().resolve("eventlings/lab01/Counter.java"), FixtureRepository.SOLUTION
        .replace("  public static int count(", "  // region count\n  public static int count(")
        .replace("count();\n  }", "count();\n  }\n  // endregion count"));

    assertThat(DiffCommand.diff(lab, Style.PLAIN)).startsWith("Your code in labs/01-counting/src/main/java/ is the same");
  }

  @Test
  void files_an_editor_leaves_beside_the_code_are_not_code() throws Exception {
    Repository repository = FixtureRepository.writeTo(root);
    Path sources = repository.lab("00").orElseThrow().starterSources().resolve("eventlings/lab00");
    java.nio.file.Files.writeString(sources.resolve(".Greeting.java.swp"), "binary swap");
    java.nio.file.Files.writeString(sources.resolve("Greeting.java~"), "backup");
    java.nio.file.Files.createSymbolicLink(sources.resolve(".#Greeting.java"), Path.of("learner@laptop.1234"));

    assertThat(DiffCommand.diff(repository.lab("00").orElseThrow(), Style.PLAIN))
        .isEqualTo("Your code in labs/00-warmup/src/main/java/ is the same as the solution's.\n");
  }

  @Test
  void code_equal_to_the_solution_says_so() {
    Repository repository = FixtureRepository.writeTo(root);

    assertThat(DiffCommand.diff(repository.lab("00").orElseThrow(), Style.PLAIN))
        .isEqualTo("Your code in labs/00-warmup/src/main/java/ is the same as the solution's.\n");
  }
}

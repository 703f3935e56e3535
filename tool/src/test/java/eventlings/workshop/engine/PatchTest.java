package eventlings.workshop.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PatchTest {

  private static final List<String> STORE = List.of(
      "class Store {",
      "  void append(long expected) {",
      "    if (size != expected) {",
      "      throw new Conflict();",
      "    }",
      "    add();",
      "  }",
      "}");

  private static final List<String> DIFF = """
      --- a/eventlings/Store.java
      +++ b/eventlings/Store.java
      @@ -2,6 +2,3 @@
         void append(long expected) {
      -    if (size != expected) {
      -      throw new Conflict();
      -    }
           add();
         }
      --- a/eventlings/Other.java
      +++ b/eventlings/Other.java
      @@ -1,2 +1,2 @@
      --- a comment that starts like a file header
      +-- a changed comment
       end
      """.lines().toList();

  @Test
  void a_multi_file_diff_applies_each_file_hunk_by_hunk() {
    Patch patch = Patch.parse(DIFF);

    assertThat(patch.files()).containsOnlyKeys("eventlings/Store.java", "eventlings/Other.java");
    assertThat(patch.apply("eventlings/Store.java", STORE))
        .containsExactly("class Store {", "  void append(long expected) {", "    add();", "  }", "}");
    assertThat(patch.apply("eventlings/Other.java", List.of("-- a comment that starts like a file header", "end")))
        .containsExactly("-- a changed comment", "end");
  }

  @Test
  void a_hunk_is_found_when_the_file_moved_a_few_lines() {
    List<String> moved = new java.util.ArrayList<>(List.of("// a new first line", ""));
    moved.addAll(STORE);

    assertThat(Patch.parse(DIFF).apply("eventlings/Store.java", moved)).hasSize(7).contains("    add();")
        .doesNotContain("      throw new Conflict();");
  }

  @Test
  void a_hunk_whose_lines_are_gone_names_the_file_and_line() {
    List<String> rewritten = List.of("class Store {", "  void append(long expected) {}", "}");

    assertThatThrownBy(() -> Patch.parse(DIFF).apply("eventlings/Store.java", rewritten))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("eventlings/Store.java: the hunk at line 2 no longer matches the solution");
  }
}

package eventlings.checkers.progress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StyleTest {

  @Test
  @DisplayName("A console that cannot show Unicode gets ASCII symbols and bars, in colour")
  void colour_without_unicode_uses_ascii() {
    Style windowsConsole = new Style(true, false);

    assertThat(windowsConsole.symbol(GoalState.DONE)).isEqualTo("\u001B[32m[x]\u001B[0m");
    assertThat(windowsConsole.bar(1, 2, 4)).isEqualTo("[##..]");
    assertThat(windowsConsole.symbol(GoalState.FAILING)).doesNotContain("\u2718");
  }

  @Test
  @DisplayName("Plain text has no escape codes at all")
  void plain_has_no_escapes() {
    for (GoalState state : GoalState.values()) {
      assertThat(Style.PLAIN.symbol(state)).doesNotContain("\u001B").matches("\\[.\\]");
    }
    assertThat(Style.PLAIN.green("done")).isEqualTo("done");
  }
}

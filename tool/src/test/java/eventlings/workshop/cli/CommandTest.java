package eventlings.workshop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CommandTest {

  @Test
  void no_argument_shows_the_board() {
    assertThat(Command.parse()).isEqualTo(new Command.Status());
  }

  @Test
  void lab_commands_take_an_optional_lab() {
    assertThat(Command.parse("check")).isEqualTo(new Command.Check(Optional.empty()));
    assertThat(Command.parse("check", "01")).isEqualTo(new Command.Check(Optional.of("01")));
    assertThat(Command.parse("watch", "1")).isEqualTo(new Command.Watch(Optional.of("1")));
    assertThat(Command.parse("hint")).isEqualTo(new Command.Hint(Optional.empty()));
    assertThat(Command.parse("diff", "01-event-sourcing")).isEqualTo(new Command.Diff(Optional.of("01-event-sourcing")));
  }

  @Test
  void reset_needs_a_lab_and_may_be_confirmed_up_front() {
    assertThat(Command.parse("reset", "01")).isEqualTo(new Command.Reset("01", false));
    assertThat(Command.parse("reset", "--yes", "01")).isEqualTo(new Command.Reset("01", true));
    assertThat(Command.parse("reset")).isInstanceOf(Command.Invalid.class);
    assertThat(Command.parse("reset", "--yes")).isInstanceOf(Command.Invalid.class);
    assertThat(Command.parse("reset", "00", "01")).isInstanceOf(Command.Invalid.class);
  }

  @Test
  void doctor_may_prepare_for_offline_work() {
    assertThat(Command.parse("doctor")).isEqualTo(new Command.Doctor(false));
    assertThat(Command.parse("doctor", "--offline-prep")).isEqualTo(new Command.Doctor(true));
    assertThat(Command.parse("doctor", "--fix")).isInstanceOf(Command.Invalid.class);
  }

  @Test
  void an_unknown_command_is_answered_with_the_available_ones() {
    Command parsed = Command.parse("chek", "01");

    assertThat(parsed).isInstanceOf(Command.Invalid.class);
    assertThat(((Command.Invalid) parsed).problem())
        .isEqualTo("There is no command 'chek': use one of check, watch, hint, diff, reset, next, doctor, help,"
            + " or no command at all for the board.");
  }

  @Test
  void too_many_arguments_are_refused() {
    assertThat(Command.parse("check", "00", "01")).isInstanceOf(Command.Invalid.class);
    assertThat(Command.parse("next", "01")).isInstanceOf(Command.Invalid.class);
  }
}

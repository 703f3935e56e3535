package eventlings.workshop.cli;

import eventlings.checkers.progress.Style;

/**
 * One line of {@code ./workshop doctor}: a topic, whether it is fine, and one sentence saying what was found or
 * what to do.
 */
record Finding(String topic, boolean ok, String sentence) {

  static Finding ok(String topic, String sentence) {
    return new Finding(topic, true, sentence);
  }

  static Finding advice(String topic, String sentence) {
    return new Finding(topic, false, sentence);
  }

  String render(Style style) {
    String mark = ok ? style.green("OK  ") : style.yellow("NOTE");
    return "  " + mark + "  " + String.format("%-14s", topic) + sentence;
  }
}

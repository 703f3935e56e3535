package eventlings.checkers.history;

/** 1st, 2nd, 3rd, 4th, 11th, 21st: positions as a report says them. */
final class Ordinals {

  private Ordinals() {}

  static String of(int position) {
    int lastTwo = position % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return position + "th";
    }
    return position + switch (position % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }
}

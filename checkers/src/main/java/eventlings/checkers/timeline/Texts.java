package eventlings.checkers.timeline;

import eventlings.checkers.progress.BoardNote;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How keys, values, offsets and exceptions are said on a timeline: short enough for one line of the board. */
final class Texts {

  private static final Pattern EVENT_TYPE = Pattern.compile("\"(?:type|eventType|event_type)\"\\s*:\\s*\"([^\"]{1,40})\"");
  private static final int SHORT_KEY = 24;
  private static final int SHORT_VALUE = 32;
  private static final int SHORT_MESSAGE = 60;
  private static final int MOST_THROWABLES = 32;

  private Texts() {}

  /** {@code key=order-42 OrderPlaced}: the key, and the value's event type when it is JSON that names one. */
  static String keyAndValue(Object key, Object value) {
    return (key == null ? "no key" : "key=" + shortened(String.valueOf(key), SHORT_KEY)) + " " + summary(value);
  }

  /** A value in a few words: its event type when it names one, else its start. */
  static String summary(Object value) {
    if (value == null) {
      return "(no value)";
    }
    String text = String.valueOf(value).strip();
    Matcher type = EVENT_TYPE.matcher(text);
    return type.find() ? type.group(1) : shortened(text.replaceAll("\\s+", " "), SHORT_VALUE);
  }

  static String shortened(String text, int most) {
    return text.length() <= most ? text : text.substring(0, most - 3) + "...";
  }

  /** {@code @6-@8, @11}: offsets as ranges. */
  static String offsets(Collection<Long> offsets) {
    List<Long> sorted = new ArrayList<>(offsets);
    Collections.sort(sorted);
    List<String> ranges = new ArrayList<>();
    for (int index = 0; index < sorted.size(); ) {
      int end = index;
      while (end + 1 < sorted.size() && sorted.get(end + 1) == sorted.get(end) + 1) {
        end++;
      }
      ranges.add(end == index ? "@" + sorted.get(index) : "@" + sorted.get(index) + "-@" + sorted.get(end));
      index = end + 1;
    }
    return String.join(", ", ranges);
  }

  /** {@code PaymentDeclined: card expired}, shortened. */
  static String thrown(Throwable throwable) {
    String message = throwable.getMessage() == null ? "" : ": " + throwable.getMessage().lines().findFirst().orElse("");
    return shortened(throwable.getClass().getSimpleName() + message, SHORT_MESSAGE);
  }

  /** The failure, its causes and what was suppressed in them, once each: every exception the goal's failure carries. */
  static List<Throwable> involved(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> found = new ArrayList<>();
    Deque<Throwable> next = new ArrayDeque<>(List.of(failure));
    while (!next.isEmpty() && found.size() < MOST_THROWABLES) {
      Throwable throwable = next.removeFirst();
      if (throwable instanceof BoardNote || !seen.add(throwable)) {
        continue;
      }
      found.add(throwable);
      if (throwable.getCause() != null) {
        next.add(throwable.getCause());
      }
      next.addAll(List.of(throwable.getSuppressed()));
    }
    return found;
  }
}

package eventlings.checkers.architecture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Just enough English to tell a fact ({@code OrderPlaced}) from a request ({@code PlaceOrder}). */
public final class Verbs {

  /** Base form to past participle for the irregular verbs an order, payment or shipping domain meets. */
  private static final Map<String, String> IRREGULAR = Map.ofEntries(
      Map.entry("begin", "begun"), Map.entry("bind", "bound"), Map.entry("break", "broken"),
      Map.entry("bring", "brought"), Map.entry("build", "built"), Map.entry("buy", "bought"),
      Map.entry("catch", "caught"), Map.entry("choose", "chosen"), Map.entry("cut", "cut"),
      Map.entry("do", "done"), Map.entry("draw", "drawn"), Map.entry("drive", "driven"),
      Map.entry("find", "found"), Map.entry("forget", "forgotten"),
      Map.entry("freeze", "frozen"), Map.entry("get", "got"), Map.entry("give", "given"),
      Map.entry("grow", "grown"), Map.entry("hide", "hidden"), Map.entry("hold", "held"),
      Map.entry("keep", "kept"), Map.entry("know", "known"), Map.entry("lay", "laid"),
      Map.entry("lead", "led"), Map.entry("leave", "left"), Map.entry("lend", "lent"),
      Map.entry("lose", "lost"), Map.entry("make", "made"), Map.entry("mistake", "mistaken"),
      Map.entry("overdraw", "overdrawn"), Map.entry("pay", "paid"), Map.entry("put", "put"),
      Map.entry("read", "read"), Map.entry("rebuild", "rebuilt"), Map.entry("repay", "repaid"),
      Map.entry("resend", "resent"), Map.entry("ride", "ridden"), Map.entry("ring", "rung"),
      Map.entry("rewrite", "rewritten"), Map.entry("run", "run"), Map.entry("sell", "sold"),
      Map.entry("send", "sent"), Map.entry("set", "set"), Map.entry("shut", "shut"),
      Map.entry("show", "shown"), Map.entry("speak", "spoken"), Map.entry("spend", "spent"),
      Map.entry("split", "split"), Map.entry("steal", "stolen"), Map.entry("stick", "stuck"),
      Map.entry("strike", "struck"), Map.entry("take", "taken"), Map.entry("teach", "taught"),
      Map.entry("tell", "told"), Map.entry("think", "thought"), Map.entry("throw", "thrown"),
      Map.entry("undo", "undone"), Map.entry("understand", "understood"), Map.entry("upset", "upset"),
      Map.entry("wake", "woken"), Map.entry("win", "won"), Map.entry("withdraw", "withdrawn"),
      Map.entry("withhold", "withheld"), Map.entry("write", "written"));

  /** Past forms that look like present ones: "ed" endings that are not past tense. */
  private static final Set<String> NOT_PAST = Set.of("need", "feed", "seed", "speed", "proceed", "exceed", "succeed", "bed", "red", "shed",
      "embed", "shred", "breed", "bleed", "heed", "weed", "wed");

  /** Single-syllable verbs whose last consonant doubles: ship -> shipped. */
  private static final Set<String> DOUBLING = Set.of("ship", "stop", "plan", "drop", "tag", "ban", "log", "chat", "scan", "skip", "swap", "step", "top", "grab", "wrap");

  /** Words that turn a name into a request however the rest reads. */
  static final List<String> REQUEST_PREFIXES = List.of("Please", "Request", "Requested", "Do", "Should", "Must", "Try", "Want");

  private Verbs() {}

  /** Splits {@code OrderItemAdded} into {@code [Order, Item, Added]}. */
  public static List<String> words(String camelCase) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (char c : camelCase.toCharArray()) {
      if (Character.isUpperCase(c) && !word.isEmpty()) {
        words.add(word.toString());
        word.setLength(0);
      }
      word.append(c);
    }
    if (!word.isEmpty()) {
      words.add(word.toString());
    }
    return words;
  }

  public static boolean isPastParticiple(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsValue(lower)) {
      return true;
    }
    return lower.length() > 3 && lower.endsWith("ed") && !NOT_PAST.contains(lower) && !IRREGULAR.containsKey(lower);
  }

  /** {@code Create} -> {@code Created}, {@code Pay} -> {@code Paid}, {@code Ship} -> {@code Shipped}. */
  public static String pastParticiple(String verb) {
    String lower = verb.toLowerCase(Locale.ROOT);
    String past;
    if (IRREGULAR.containsKey(lower)) {
      past = IRREGULAR.get(lower);
    } else if (lower.endsWith("e")) {
      past = lower + "d";
    } else if (lower.endsWith("y") && lower.length() > 1 && !"aeiou".contains(lower.substring(lower.length() - 2, lower.length() - 1))) {
      past = lower.substring(0, lower.length() - 1) + "ied";
    } else if (DOUBLING.contains(lower)) {
      past = lower + lower.charAt(lower.length() - 1) + "ed";
    } else {
      past = lower + "ed";
    }
    return Character.toUpperCase(past.charAt(0)) + past.substring(1);
  }

  /** Regular verbs whose base form ends in "e", so that {@code Created} turns back into {@code Create}. */
  private static final Set<String> E_VERBS = Set.of("create", "change", "place", "remove", "reserve", "release",
      "rename", "update", "delete", "approve", "close", "complete", "schedule", "receive", "issue", "charge",
      "exchange", "archive", "restore", "store", "price", "authorize", "authorise", "capture", "compensate",
      "cause", "replace", "invoice", "enable", "disable", "register", "use", "save", "move", "provide", "raise");

  /** {@code Created} -> {@code Create}, {@code Paid} -> {@code Pay}, {@code Shipped} -> {@code Ship}. */
  public static String baseForm(String pastParticiple) {
    String lower = pastParticiple.toLowerCase(Locale.ROOT);
    String base = IRREGULAR.entrySet().stream()
        .filter(entry -> entry.getValue().equals(lower))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseGet(() -> regularBase(lower));
    return Character.toUpperCase(base.charAt(0)) + base.substring(1);
  }

  private static String regularBase(String lower) {
    if (!lower.endsWith("ed")) {
      return lower;
    }
    String stem = lower.substring(0, lower.length() - 2);
    if (lower.endsWith("ied")) {
      return lower.substring(0, lower.length() - 3) + "y";
    }
    if (E_VERBS.contains(stem + "e")) {
      return stem + "e";
    }
    if (stem.length() > 2 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
        && DOUBLING.contains(stem.substring(0, stem.length() - 1))) {
      return stem.substring(0, stem.length() - 1);
    }
    return stem;
  }

  /** Verbs a command of a shop may start with, besides the irregular ones and those ending in "e". */
  private static final Set<String> REGULAR_VERBS = Set.of("add", "confirm", "cancel", "ship", "pay", "refund",
      "book", "open", "deliver", "dispatch", "record", "start", "stop", "assign", "mark", "reset", "retry",
      "publish", "submit", "reject", "accept", "return", "pack", "pick", "collect", "claim", "check", "block",
      "unblock", "lock", "unlock", "reopen", "request", "expire", "settle", "adjust", "correct", "void", "fail",
      "list", "load", "post", "print", "process", "redeem", "renew", "report", "reward", "sign", "split", "track",
      "transfer", "verify", "withdraw", "deposit", "suspend", "resume", "apply", "notify", "clear",
      "finish", "join", "leave", "edit", "drop", "plan", "tag", "ban", "log", "scan", "skip", "swap", "top", "grab",
      "wrap", "attach", "detach", "link", "unlink", "merge", "import", "export", "sync", "ping", "poll");

  /** Nouns of a shop's domain, which no command starts with: {@code OrderCancel}, {@code UserCreate}. */
  private static final Set<String> DOMAIN_NOUNS = Set.of("user", "customer", "order", "item", "cart", "basket",
      "payment", "invoice", "email", "name", "address", "parcel", "shipment", "stock", "product", "price", "account",
      "money", "refund", "delivery", "inventory", "warehouse", "coupon", "discount", "line", "quantity", "sku",
      "profile", "password", "session", "ticket", "booking", "reservation", "saga", "message", "event", "command");

  /** Endings of nouns made from verbs: a cancellation, a payment, an acceptance, an adjustment. */
  private static final List<String> NOUN_ENDINGS = List.of("tion", "sion", "ment", "ance", "ence", "ness", "ity",
      "ing", "al", "ure");

  /**
   * False for a word that is no verb a command could start with: a noun of the domain ({@code Order} in
   * {@code OrderCancel}), or a noun made from a verb ({@code Cancellation}). A word this class does not know is
   * given the benefit of the doubt.
   */
  public static boolean couldBeVerb(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (IRREGULAR.containsKey(lower) || E_VERBS.contains(lower) || REGULAR_VERBS.contains(lower)
        || DOUBLING.contains(lower)) {
      return true;
    }
    return !DOMAIN_NOUNS.contains(lower) && NOUN_ENDINGS.stream().noneMatch(lower::endsWith);
  }

  /** A request prefix such as {@code Please} that the name starts with, if any. */
  public static java.util.Optional<String> requestPrefix(String name) {
    List<String> words = words(name);
    if (words.size() < 2 || !REQUEST_PREFIXES.contains(words.getFirst())) {
      return java.util.Optional.empty();
    }
    // "RequestApproved" is a fact about a request, the noun: only a name with no past tense is a plea.
    boolean namesAFact = words.stream().skip(1).anyMatch(Verbs::isPastParticiple);
    return namesAFact ? java.util.Optional.empty() : java.util.Optional.of(words.getFirst());
  }

  /**
   * For a name that reads as a request, the command and event it should have been:
   * {@code PleaseCreateUser} -> {@code [CreateUser, UserCreated]}.
   */
  public static Renaming renamingOf(String requestName) {
    List<String> words = new ArrayList<>(words(requestName));
    while (words.size() > 1 && REQUEST_PREFIXES.contains(words.getFirst())) {
      words.removeFirst();
    }
    if (words.size() > 1 && words.getLast().equals("Command")) {
      words.removeLast();
    }
    String verb = words.getFirst();
    String rest = String.join("", words.subList(1, words.size()));
    return new Renaming(verb + rest, rest + pastParticiple(verb));
  }

  /**
   * The two names a request-shaped name splits into.
   *
   * @param command the imperative request, e.g. {@code CreateUser}
   * @param event the past fact, e.g. {@code UserCreated}
   */
  public record Renaming(String command, String event) {}
}

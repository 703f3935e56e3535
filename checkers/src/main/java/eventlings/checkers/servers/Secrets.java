package eventlings.checkers.servers;

import java.util.regex.Pattern;

/**
 * Hides what must not reach a screen, a log or a results file: the password in a JDBC URL, given as a
 * {@code password=} parameter or as {@code user:password@} before the host. The workshop prints the URLs it uses, so
 * a learner can tell which server their goals ran against, and learners paste that output into chats.
 */
public final class Secrets {

  private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&;](?:password|pwd|sslpassword)=)[^&;]*");
  private static final Pattern USER_INFO = Pattern.compile("(//[^/@:]*:)[^/@]*@");

  private Secrets() {}

  /** The URL with every password replaced by {@code ***}. */
  public static String masked(String url) {
    String withoutParameter = PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    return USER_INFO.matcher(withoutParameter).replaceAll("$1***@");
  }
}

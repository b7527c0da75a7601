package io.pactcontainers;

import static java.util.Objects.requireNonNull;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code ${NAME}} placeholders of settings, and the one rule every front end applies to them: a
 * placeholder that resolved to nothing is an error naming the setting and the variable, never an
 * empty header or environment value, nor {@code ${NAME}} sent as written.
 *
 * <p>A front end either resolves its settings itself ({@link #resolve}, the JUnit 5 extension) or
 * gets them resolved by its host ({@link #requireResolved}, the Maven plugin: Maven turns a whole
 * value {@code ${env.X}} into nothing when X is unset, and leaves {@code Bearer ${env.X}} as
 * written). Both end in the same check and the same message. The library reads no variable itself:
 * the front end hands in its lookup.
 */
public final class Placeholders {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

  private Placeholders() {}

  /**
   * Resolves each {@code ${NAME}} of a setting as a host would: a whole value {@code ${NAME}} that
   * is not set resolves to nothing, one inside a value stays as written; then checks it as {@link
   * #requireResolved} does.
   *
   * @param setting the setting in the front end's words, for the message
   * @param text the value as written
   * @param lookup a variable's value, null when it is not set
   * @param remedy what to do about an unset variable, by its name ("export API_KEY")
   * @return the value, every placeholder resolved
   * @throws UnsetVariableException when a variable is not set
   */
  public static String resolve(
      String setting, String text, UnaryOperator<String> lookup, UnaryOperator<String> remedy) {
    requireNonNull(text, "text");
    requireNonNull(lookup, "lookup");
    String resolved;
    Matcher whole = PLACEHOLDER.matcher(text.trim());
    if (whole.matches()) {
      resolved = lookup.apply(whole.group(1));
    } else {
      Matcher m = PLACEHOLDER.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String value = lookup.apply(m.group(1));
        m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
      }
      resolved = m.appendTail(out).toString();
    }
    requireResolved(setting, text, resolved, remedy);
    return resolved;
  }

  /**
   * Checks a setting its host resolved: a placeholder left in it as written, or a value written as
   * one placeholder that resolved to nothing (null or empty), is an unset variable.
   *
   * @param setting the setting in the front end's words, for the message
   * @param raw the value as written, null when unknown (then only what is left is checked)
   * @param resolved the value as resolved, null for nothing
   * @param remedy what to do about an unset variable, by its name ("export API_KEY")
   * @throws UnsetVariableException when a variable is not set
   */
  public static void requireResolved(
      String setting, String raw, String resolved, UnaryOperator<String> remedy) {
    requireNonNull(setting, "setting");
    requireNonNull(remedy, "remedy");
    if (resolved != null) {
      Matcher left = PLACEHOLDER.matcher(resolved);
      if (left.find()) {
        throw new UnsetVariableException(
            setting, left.group(), setting + " holds " + left.group(), remedy.apply(left.group(1)));
      }
    }
    if (raw != null && (resolved == null || resolved.isEmpty())) {
      Matcher whole = PLACEHOLDER.matcher(raw.trim());
      if (whole.matches()) {
        throw new UnsetVariableException(
            setting, whole.group(), setting + " is " + whole.group(), remedy.apply(whole.group(1)));
      }
    }
  }

  /**
   * Whether a value is written as one placeholder and nothing else: the form a host may turn into
   * nothing.
   *
   * @param raw the value as written
   * @return true for {@code ${env.API_KEY}}, false for {@code Bearer ${env.API_KEY}}
   */
  public static boolean isWholePlaceholder(String raw) {
    return raw != null && PLACEHOLDER.matcher(raw.trim()).matches();
  }

  /** A setting refers to a variable that is not set: nothing is sent in its place. */
  public static final class UnsetVariableException extends PactContainersException {
    private static final long serialVersionUID = 1L;

    /** The setting that refers to the variable, in the front end's words. */
    private final String setting;

    /** The placeholder as written ({@code ${env.API_KEY}}). */
    private final String placeholder;

    UnsetVariableException(String setting, String placeholder, String problem, String remedy) {
      super(problem + ", which is not set; " + remedy);
      this.setting = setting;
      this.placeholder = placeholder;
    }

    /**
     * The setting, in the front end's words.
     *
     * @return {@code <provider><env><API_KEY>}
     */
    public String setting() {
      return setting;
    }

    /**
     * The placeholder as written.
     *
     * @return {@code ${env.API_KEY}}
     */
    public String placeholder() {
      return placeholder;
    }
  }
}

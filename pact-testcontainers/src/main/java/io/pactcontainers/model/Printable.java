package io.pactcontainers.model;

/** Text that is safe to print: what a provider or a Broker sent can hold any byte. */
public final class Printable {
  private Printable() {}

  /**
   * The text with control characters (NUL, ESC...) and undecodable bytes (shown as U+FFFD) written
   * as backslash-u escapes (NUL as backslash u0000), so that a garbage answer cannot garble the
   * console; newlines and tabs stay.
   *
   * @param text any text, or null
   * @return the printable text, or null
   */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape =
          c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f || c == '\uFFFD';
      if (escape && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append(String.format("\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}

package io.pactcontainers.report;

/** Text made safe inside HTML, in element content and in quoted attributes: the reports' pages. */
public final class Html {
  private Html() {}

  /**
   * The text with {@code < > & " '} escaped.
   *
   * @param s any text
   * @return the text, safe in element content and in quoted attributes
   */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}

package io.pactcontainers.provider;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memory size as people and Docker write it: {@code 64m}, {@code 64MB}, {@code 1.5 GiB}, {@code
 * 512k}, or bytes. Units are binary (a megabyte is 1024 KB), as Docker's {@code --memory} reads
 * them.
 */
public final class MemorySize {
  private static final Pattern SIZE =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

  private MemorySize() {}

  /**
   * Reads a size.
   *
   * @param text {@code 64m}, {@code 64MB}, {@code 1.5g}, {@code 67108864}
   * @return the size in bytes
   * @throws IllegalArgumentException when it is no size, saying which forms are
   */
  public static long parse(String text) {
    Matcher m = SIZE.matcher(text == null ? "" : text.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "\"" + text + "\" is not a memory size; write it as Docker does: 64m, 512MB, 1.5g");
    }
    double number = Double.parseDouble(m.group(1));
    String unit = m.group(2).toLowerCase(Locale.ROOT);
    int power = unit.isEmpty() ? 0 : "kmgt".indexOf(unit) + 1;
    double bytes = number * Math.pow(1024, power);
    if (bytes > Long.MAX_VALUE / 2) {
      throw new IllegalArgumentException("\"" + text + "\" is larger than any machine's memory");
    }
    return (long) bytes;
  }
}

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
   * Reads a container's memory limit: a size of at least Docker's least, 6 MB, after rounding to
   * whole bytes; or {@code 0}, and only that, for no limit. {@code 0.5} or {@code 1m} would
   * otherwise be no limit (0.5 bytes is 0) or a start Docker refuses.
   *
   * @param text {@code 64m}, {@code 512MB}, {@code 0}
   * @return the limit in bytes, 0 for none
   * @throws IllegalArgumentException when it is no size, or a size below 6 MB
   */
  public static long limit(String text) {
    long bytes = parse(text);
    boolean zero = bytes == 0 && Double.parseDouble(number(text)) == 0;
    if (!zero && bytes < ProviderContainer.MINIMUM_MEMORY) {
      throw new IllegalArgumentException(
          "the memory limit is below Docker's least of 6 MB: "
              + text.trim()
              + (bytes == 0 ? " (0 bytes, once rounded)" : "")
              + "; give 6m or more, or 0 for no limit");
    }
    return bytes;
  }

  /** What a limit of {@code 0} means, said once where it is given. */
  public static final String NO_LIMIT = "0: the provider runs without a memory limit";

  private static String number(String text) {
    Matcher m = SIZE.matcher(text.trim());
    m.matches();
    return m.group(1);
  }

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

package io.pactcontainers.replay;

import com.github.curiousoddman.rgxgen.RgxGen;
import io.pactcontainers.model.Generator;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The value generators a pact can put on a request (Pact specification V3/V4 "Generators"), applied
 * at verification time as the reference verifiers apply them: RandomInt, RandomDecimal,
 * RandomHexadecimal, RandomString, Regex, Uuid, Date, Time, DateTime and RandomBoolean. Formats are
 * Java date-time patterns, as in the pacts pact-jvm writes; expressions are the specification's
 * ({@code today + 1 day}, {@code now - 2 hours}, {@code tomorrow}...).
 */
final class ValueGenerators {
  private static final Random RANDOM = new SecureRandom();
  private static final String ALPHANUMERIC =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private static final Pattern OFFSET = Pattern.compile("([+-])\\s*(\\d+)\\s*([a-z]+)");

  private ValueGenerators() {}

  /**
   * A value for the generator, or the current value when the generator is not a value generator.
   */
  static Object generate(Generator.Other g, Object current, String where) {
    Map<String, Object> a = g.attributes();
    return switch (g.type()) {
      case "RandomInt" -> {
        long min = number(a, "min", 0, where);
        long max = number(a, "max", Integer.MAX_VALUE, where);
        if (max < min) {
          throw new GeneratorException(
              "RandomInt generator for " + where + ": max " + max + " is below min " + min);
        }
        yield min + (long) (RANDOM.nextDouble() * (max - min + 1));
      }
      case "RandomDecimal" -> decimal((int) number(a, "digits", 10, where));
      case "RandomHexadecimal" -> chars("0123456789abcdef", (int) number(a, "digits", 10, where));
      case "RandomString" -> chars(ALPHANUMERIC, (int) number(a, "size", 20, where));
      case "RandomBoolean" -> RANDOM.nextBoolean();
      case "Regex" -> {
        String regex = String.valueOf(a.getOrDefault("regex", ""));
        try {
          yield RgxGen.parse(regex).generate(RANDOM);
        } catch (RuntimeException e) {
          throw new GeneratorException(
              "Regex generator for "
                  + where
                  + " cannot generate a value for /"
                  + regex
                  + "/: "
                  + e.getMessage());
        }
      }
      case "Uuid" -> uuid(String.valueOf(a.getOrDefault("format", "lower-case-hyphenated")), where);
      case "Date" -> dateTime(a, "yyyy-MM-dd", "Date", where);
      case "Time" -> dateTime(a, "HH:mm:ss", "Time", where);
      case "DateTime", "Timestamp" -> dateTime(a, "yyyy-MM-dd'T'HH:mm:ss", "DateTime", where);
      default -> current;
    };
  }

  private static long number(Map<String, Object> a, String key, long fallback, String where) {
    Object v = a.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return new BigDecimal(String.valueOf(v)).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw new GeneratorException(
          "Generator for " + where + ": \"" + key + "\" must be a whole number, found " + v);
    }
  }

  /**
   * A decimal with this many digits in all, a point among them (never first or last), as pact-jvm's
   * does.
   */
  private static BigDecimal decimal(int digits) {
    int n = Math.max(2, digits);
    StringBuilder sb = new StringBuilder(n + 1);
    sb.append((char) ('1' + RANDOM.nextInt(9)));
    for (int i = 1; i < n; i++) {
      // the last digit is never 0: a JSON writer may drop a trailing zero after the point, and a
      // digit with it
      sb.append((char) (i == n - 1 ? '1' + RANDOM.nextInt(9) : '0' + RANDOM.nextInt(10)));
    }
    sb.insert(1 + RANDOM.nextInt(n - 1), '.');
    return new BigDecimal(sb.toString());
  }

  private static String chars(String alphabet, int size) {
    StringBuilder sb = new StringBuilder(size);
    for (int i = 0; i < size; i++) {
      sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String uuid(String format, String where) {
    UUID u = UUID.randomUUID();
    return switch (format) {
      case "simple" -> u.toString().replace("-", "");
      case "lower-case-hyphenated" -> u.toString();
      case "upper-case-hyphenated" -> u.toString().toUpperCase(Locale.ROOT);
      case "URN" -> "urn:uuid:" + u;
      default ->
          throw new GeneratorException(
              "Uuid generator for "
                  + where
                  + ": unknown format \""
                  + format
                  + "\"; valid: simple, lower-case-hyphenated, upper-case-hyphenated, URN");
    };
  }

  private static String dateTime(
      Map<String, Object> a, String defaultFormat, String kind, String where) {
    String format = a.get("format") == null ? defaultFormat : String.valueOf(a.get("format"));
    ZonedDateTime at =
        a.get("expression") == null
            ? ZonedDateTime.now()
            : at(String.valueOf(a.get("expression")), kind, where);
    try {
      return DateTimeFormatter.ofPattern(format, Locale.ROOT).format(at);
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      throw new GeneratorException(
          kind
              + " generator for "
              + where
              + ": format \""
              + format
              + "\" is not a date-time pattern: "
              + e.getMessage());
    }
  }

  /**
   * The moment an expression names: a base ({@code now}, {@code today}, {@code tomorrow}, {@code
   * yesterday}, {@code midnight}, {@code noon}; default now), then offsets ({@code + 1 day}, {@code
   * - 2 hours}; units from milliseconds to years).
   */
  static ZonedDateTime at(String expression, String kind, String where) {
    String e = expression.trim().toLowerCase(Locale.ROOT);
    ZonedDateTime t = ZonedDateTime.now();
    String rest = e;
    for (String base : new String[] {"now", "today", "tomorrow", "yesterday", "midnight", "noon"}) {
      if (e.startsWith(base)) {
        t =
            switch (base) {
              case "tomorrow" -> t.plusDays(1);
              case "yesterday" -> t.minusDays(1);
              case "midnight" -> t.truncatedTo(ChronoUnit.DAYS);
              case "noon" -> t.truncatedTo(ChronoUnit.DAYS).plusHours(12);
              default -> t;
            };
        rest = e.substring(base.length());
        break;
      }
    }
    Matcher m = OFFSET.matcher(rest);
    int end = 0;
    while (m.find()) {
      if (!rest.substring(end, m.start()).isBlank()) {
        break;
      }
      long n = Long.parseLong(m.group(2)) * (m.group(1).equals("-") ? -1 : 1);
      ChronoUnit unit = unit(m.group(3));
      if (unit == null) {
        throw new GeneratorException(
            kind
                + " generator for "
                + where
                + ": unknown unit \""
                + m.group(3)
                + "\" in expression \""
                + expression
                + "\"; use milliseconds, seconds, minutes, hours, days, weeks, months or years");
      }
      t = t.plus(n, unit);
      end = m.end();
    }
    if (!rest.substring(end).isBlank()) {
      throw new GeneratorException(
          kind
              + " generator for "
              + where
              + ": cannot read expression \""
              + expression
              + "\"; write e.g. \"today + 1 day\" or \"now - 2 hours\"");
    }
    return t;
  }

  private static ChronoUnit unit(String word) {
    String w = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    return switch (w) {
      case "millisecond", "milli" -> ChronoUnit.MILLIS;
      case "second", "sec" -> ChronoUnit.SECONDS;
      case "minute", "min" -> ChronoUnit.MINUTES;
      case "hour" -> ChronoUnit.HOURS;
      case "day" -> ChronoUnit.DAYS;
      case "week" -> ChronoUnit.WEEKS;
      case "month" -> ChronoUnit.MONTHS;
      case "year" -> ChronoUnit.YEARS;
      default -> null;
    };
  }
}

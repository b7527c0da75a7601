package io.pactcontainers.junit5;

import io.pactcontainers.verify.RequestFilter;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContextException;

/**
 * Maps {@link PactProviderTest#headers()} and {@link PactProviderTest#requestFilters()} onto the
 * library's request shaping: the same headers, set where the plugin sets them.
 */
final class RequestShaping {
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

  private RequestShaping() {}

  static VerificationConfig apply(PactProviderTest settings, VerificationConfig config) {
    VerificationConfig c = config;
    for (PactProviderTest.Header h : settings.headers()) {
      c =
          c.withRequestHeader(
              RequestHeader.of(h.name(), resolved(h))
                  .replacing(
                      h.always() ? RequestHeader.Replace.ALWAYS : RequestHeader.Replace.PRESENT)
                  .forConsumers(List.of(h.consumers()))
                  .secret(h.secret()));
    }
    for (Class<? extends RequestFilter> f : settings.requestFilters()) {
      try {
        c = c.withRequestFilter(f.getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new ExtensionContextException(
            "The request filter "
                + f.getName()
                + " cannot be made: it needs a public constructor without parameters ("
                + e
                + ")",
            e);
      }
    }
    return c;
  }

  private static String resolved(PactProviderTest.Header h) {
    if (!h.command().isBlank()) {
      if (!h.value().isBlank()) {
        throw new ExtensionContextException(
            "The header " + h.name() + " has both a value and a command; keep one");
      }
      try {
        return io.pactcontainers.verify.HeaderCommand.run(
            h.name(),
            h.command(),
            java.nio.file.Path.of("").toAbsolutePath(),
            java.time.Duration.ofSeconds(60));
      } catch (io.pactcontainers.PactContainersException e) {
        throw new ExtensionContextException(e.getMessage(), e);
      }
    }
    return resolved(h.value(), "The header " + h.name());
  }

  /**
   * A setting with each {@code ${NAME}} read from the environment, then the system properties; one
   * that is neither is an error naming {@code what}, never sent as written.
   */
  static String resolved(String text, String what) {
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = System.getenv(name);
      if (value == null) {
        value = System.getProperty(name);
      }
      if (value == null) {
        throw new ExtensionContextException(
            what
                + " refers to ${"
                + name
                + "}, which is neither an environment variable nor a system property; set it");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}

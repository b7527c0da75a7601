package io.pactcontainers.junit5;

import io.pactcontainers.verify.RequestFilter;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionContextException;

/**
 * Maps {@link PactProviderTest#headers()} and {@link PactProviderTest#requestFilters()} onto the
 * library's request shaping: the same headers, set where the plugin sets them.
 */
final class RequestShaping {
  private RequestShaping() {}

  static VerificationConfig apply(PactProviderTest settings, VerificationConfig config) {
    VerificationConfig c = config;
    for (PactProviderTest.Header h : settings.headers()) {
      c =
          c.withRequestHeader(
              RequestHeader.of(
                      h.name(),
                      RequestHeader.requireCredential(
                          "@PactProviderTest.Header(name = \"" + h.name() + "\")", resolved(h)))
                  .replacing(
                      h.always() ? RequestHeader.Replace.ALWAYS : RequestHeader.Replace.PRESENT)
                  .forConsumers(List.of(h.consumers()))
                  .secret(h.secret()));
    }
    for (Class<? extends RequestFilter> f : settings.requestFilters()) {
      try {
        c = c.withRequestFilter(f.getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw ExtensionErrors.withCause(
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
        throw ExtensionErrors.withCause(e.getMessage(), e);
      }
    }
    return resolved(h.value(), "@PactProviderTest.Header(name = \"" + h.name() + "\").value");
  }

  /**
   * A setting with each {@code ${NAME}} read from the environment, then the system properties,
   * through the library's one rule: a variable that is neither (or is empty, where it is the whole
   * value) is an error naming {@code what}, never an empty header nor {@code ${NAME}} sent as
   * written.
   */
  static String resolved(String text, String what) {
    try {
      return io.pactcontainers.Placeholders.resolve(
          what,
          text,
          name -> {
            String value = System.getenv(name);
            value = value == null ? System.getProperty(name) : value;
            return value == null || value.isEmpty() ? null : value;
          },
          name ->
              "set the environment variable "
                  + name
                  + " or the system property (-D"
                  + name
                  + "=...)");
    } catch (io.pactcontainers.Placeholders.UnsetVariableException e) {
      throw ExtensionErrors.withCause(e.getMessage(), e);
    }
  }
}

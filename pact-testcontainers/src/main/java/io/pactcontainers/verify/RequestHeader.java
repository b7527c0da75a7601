package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.model.Headers;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A header the verifier sets on requests to the provider, e.g. a real bearer token where the pact
 * recorded the consumer's test token. By default it replaces the header only in requests whose pact
 * has it, so that an interaction the consumer recorded without a token (and which expects a 401) is
 * sent without one: a token on every request would turn those into false failures.
 *
 * @param name the header's name (matched case-insensitively against the pact's headers)
 * @param value the value to send
 * @param replace which requests get it
 * @param consumers only the pacts of these consumers; empty: every pact
 * @param stateCalls whether the provider-state calls get it too (always, whatever {@code replace})
 * @param secret whether the value is a secret: never shown, referred to as {@code
 *     $PACT_HEADER_<NAME>} in the commands that send a request again
 * @param origin the setting the value came from, when a front end gave it: the commands that send a
 *     request again say where to get a secret value
 */
public record RequestHeader(
    String name,
    String value,
    Replace replace,
    List<String> consumers,
    boolean stateCalls,
    boolean secret,
    Optional<Origin> origin) {

  /**
   * Where a header's value came from, for the lines that reproduce a request: the setting that gave
   * it and, when it is a command's output, the command (with the secrets a front end interpolated
   * into it masked) and the folder it ran in, so that the lines can run it again.
   *
   * @param setting the setting, in the front end's words ({@code <requestHeaders><header><command>
   *     of "Authorization"})
   * @param command the command whose output the value is, masked; empty for a value given as such
   * @param directory the folder the command ran in
   */
  public record Origin(String setting, Optional<String> command, Optional<Path> directory) {
    /**
     * Checks the components.
     *
     * @param setting the setting, in the front end's words
     * @param command the command whose output the value is, masked
     * @param directory the folder the command ran in
     */
    public Origin {
      requireNonNull(setting, "setting");
      requireNonNull(command, "command");
      requireNonNull(directory, "directory");
    }
  }

  /** Which requests a header is set on. */
  public enum Replace {
    /** Only requests whose pact has the header (any value): the consumer's tests sent one. */
    PRESENT,
    /** Every request, added where the pact has none. */
    ALWAYS
  }

  /**
   * Checks the components.
   *
   * @param name the header's name
   * @param value the value to send
   * @param replace which requests get it
   * @param consumers only the pacts of these consumers; empty: every pact
   * @param stateCalls whether the provider-state calls get it too
   * @param secret whether the value is a secret
   * @param origin the setting the value came from, when known
   */
  public RequestHeader {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    requireNonNull(replace, "replace");
    consumers = List.copyOf(consumers);
    requireNonNull(origin, "origin");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a request header needs a name");
    }
  }

  /**
   * A header whose value's origin is not known.
   *
   * @param name the header's name
   * @param value the value to send
   * @param replace which requests get it
   * @param consumers only the pacts of these consumers; empty: every pact
   * @param stateCalls whether the provider-state calls get it too
   * @param secret whether the value is a secret
   */
  public RequestHeader(
      String name,
      String value,
      Replace replace,
      List<String> consumers,
      boolean stateCalls,
      boolean secret) {
    this(name, value, replace, consumers, stateCalls, secret, Optional.empty());
  }

  /**
   * A secret header set where the pact has it, for every consumer, not on state calls.
   *
   * @param name the header's name
   * @param value the value to send
   * @return the header
   */
  public static RequestHeader of(String name, String value) {
    return new RequestHeader(name, value, Replace.PRESENT, List.of(), false, true);
  }

  /** An authentication scheme alone: "Bearer", "Basic ", "token". */
  private static final java.util.regex.Pattern SCHEME_ALONE =
      java.util.regex.Pattern.compile("(?i)\\s*(bearer|basic|token|digest)\\s*");

  /**
   * Checks that a header value is not an authentication scheme with nothing after it, the rule
   * every front end applies to the values it is given.
   *
   * @param setting the setting the value comes from, in the front end's words
   * @param value the value, after variables and commands
   * @return the value
   * @throws EmptyCredentialException when it is a scheme alone
   */
  public static String requireCredential(String setting, String value) {
    if (value != null && SCHEME_ALONE.matcher(value).matches()) {
      throw new EmptyCredentialException(setting, value);
    }
    return value;
  }

  /**
   * The same header, set on the requests {@code newReplace} says.
   *
   * @param newReplace which requests get it
   * @return the header
   */
  public RequestHeader replacing(Replace newReplace) {
    return new RequestHeader(name, value, newReplace, consumers, stateCalls, secret, origin);
  }

  /**
   * The same header, only for these consumers' pacts.
   *
   * @param newConsumers the consumers; empty: every pact
   * @return the header
   */
  public RequestHeader forConsumers(List<String> newConsumers) {
    return new RequestHeader(name, value, replace, newConsumers, stateCalls, secret, origin);
  }

  /**
   * The same header, also on the provider-state calls (or not).
   *
   * @param onStateCalls whether the state calls get it
   * @return the header
   */
  public RequestHeader onStateCalls(boolean onStateCalls) {
    return new RequestHeader(name, value, replace, consumers, onStateCalls, secret, origin);
  }

  /**
   * The same header, its value a secret (or not).
   *
   * @param isSecret whether the value is a secret
   * @return the header
   */
  public RequestHeader secret(boolean isSecret) {
    return new RequestHeader(name, value, replace, consumers, stateCalls, isSecret, origin);
  }

  /**
   * The same header, its value from this setting.
   *
   * @param from where the value came from
   * @return the header
   */
  public RequestHeader from(Origin from) {
    return new RequestHeader(
        name, value, replace, consumers, stateCalls, secret, Optional.of(from));
  }

  /**
   * Whether this header is for the pact of this consumer.
   *
   * @param consumer the pact's consumer
   * @return true when no consumers are named or this one is
   */
  public boolean appliesTo(String consumer) {
    return consumers.isEmpty() || consumers.contains(consumer);
  }

  /**
   * The headers of a request from a pact of {@code consumer}, with this header set where it
   * belongs; the pact's spelling of the name is kept where the pact has it.
   *
   * @param consumer the pact's consumer
   * @param headers the request's headers as the pact and its generators made them
   * @return the headers to send
   */
  public Headers applyTo(String consumer, Headers headers) {
    if (!appliesTo(consumer)) {
      return headers;
    }
    java.util.Optional<String> given = headers.nameAsGiven(name);
    if (given.isEmpty() && replace == Replace.PRESENT) {
      return headers;
    }
    return headers.with(given.orElse(name), List.of(value));
  }

  /**
   * The shell variable the commands that send a request again use for this header's value when it
   * is a secret: {@code Authorization} is {@code PACT_HEADER_AUTHORIZATION}.
   *
   * @param headerName a header's name
   * @return the variable's name
   */
  public static String variable(String headerName) {
    return "PACT_HEADER_"
        + headerName.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }
}

package io.pactcontainers.maven;

import io.pactcontainers.settings.RawSettings;
import java.util.List;

/**
 * {@code <header>} of {@code <headers>}: a header set on requests to the provider (a real token),
 * by default only where the pact's request has it.
 */
public class HeaderConfiguration implements RawSettings.Header {
  /** The header's name, matched case-insensitively. */
  String name;

  /** Its value, e.g. {@code Bearer ${env.API_TOKEN}}; or give {@code <command>}. */
  String value;

  /**
   * A shell command whose trimmed output is the value, run once before the first request (through
   * {@code sh -c}, in the project's folder), e.g. {@code ./mint-token.sh}.
   */
  String command;

  /** Seconds {@code <command>} may take. */
  int timeout = RawSettings.Header.DEFAULT_TIMEOUT;

  /**
   * {@code present} (default): only requests whose pact has this header; {@code always}: every
   * request.
   */
  String replace;

  /** Only the pacts of these consumers; none: every pact. */
  List<String> consumers;

  /** Also on the provider-state calls. */
  boolean stateCalls;

  /** Whether the value is a secret (masked everywhere); {@code false} to show it. */
  boolean secret = true;

  @Override
  public String name() {
    return name;
  }

  @Override
  public String value() {
    return value;
  }

  @Override
  public String command() {
    return command;
  }

  @Override
  public int timeout() {
    return timeout;
  }

  @Override
  public String replace() {
    return replace;
  }

  @Override
  public List<String> consumers() {
    return consumers;
  }

  @Override
  public boolean stateCalls() {
    return stateCalls;
  }

  @Override
  public boolean secret() {
    return secret;
  }
}

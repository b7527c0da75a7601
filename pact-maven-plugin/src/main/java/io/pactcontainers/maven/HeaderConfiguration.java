package io.pactcontainers.maven;

import java.util.List;

/**
 * {@code <header>} of {@code <headers>}: a header set on requests to the provider (a real token),
 * by default only where the pact's request has it.
 */
public class HeaderConfiguration {
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
  int timeout = 60;

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
}

package io.pactcontainers.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * The Rust verifier's options that {@code verify} spells otherwise or has no need of: a script
 * written for {@code pact verifier} gets, beside picocli's "Unknown option", the line that says
 * what to write here, rather than a hunt through the help.
 */
final class RustOptions {
  private RustOptions() {}

  private static final Map<String, String> HINTS =
      Map.ofEntries(
          Map.entry(
              "--hostname",
              "names a provider already running: give --provider-base-url http://HOST:PORT, or"
                  + " --image and --port to have it started"),
          Map.entry(
              "-p",
              "is the port of a provider already running: give --provider-base-url"
                  + " http://HOST:PORT, or --port for the port inside the provider's container"),
          Map.entry(
              "--state-change-teardown",
              "is on by default here: every state set up is torn down after its interaction"),
          Map.entry(
              "--state-change-as-query",
              "is stateChangeUsesBody: false in the --config file (or PACT_STATE_CHANGE_USES_BODY=false)"),
          Map.entry(
              "--scheme",
              "is part of --provider-base-url (https://...) for a provider already running"),
          Map.entry(
              "--loglevel",
              "has no equal: the provider's log is in target/pact/logs and quoted under each failure;"
                  + " --verbose says where each setting came from"),
          Map.entry("-l", "(the log level) has no equal: see --verbose and target/pact/logs"),
          Map.entry(
              "--transport",
              "has no equal: HTTP and HTTPS only; a pact that needs a Pact plugin is refused"),
          Map.entry("--ignore-no-pacts-error", "is --allow-empty here"),
          Map.entry(
              "--consumer-version-tags",
              "is --consumer-version-selectors '[{\"tag\":\"prod\",\"latest\":true}]' here"),
          Map.entry(
              "--webhook-callback-url",
              "is -u with the webhook's pact URL (${pactbroker.pactUrl}): results go to that pact"),
          Map.entry("--no-colour", "needs no option: colour only on a terminal"),
          Map.entry(
              "--disable-ssl-verification",
              "is provider.insecureTls: true in the --config file (or give provider.caCertificate)"));

  /**
   * What to write here instead of the Rust verifier's options among those not understood.
   *
   * @param e picocli's error
   * @return one line per option of the Rust verifier's it names
   */
  static List<String> hints(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)) {
      return List.of();
    }
    return unmatched.getUnmatched().stream()
        .map(a -> a.contains("=") ? a.substring(0, a.indexOf('=')) : a)
        .map(a -> Optional.ofNullable(HINTS.get(a)).map(h -> a + " (the Rust verifier's) " + h))
        .flatMap(Optional::stream)
        .distinct()
        .toList();
  }
}

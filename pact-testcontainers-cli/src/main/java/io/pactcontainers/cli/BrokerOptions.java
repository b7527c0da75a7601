package io.pactcontainers.cli;

import static io.pactcontainers.cli.Option.Kind.TEXT;

import io.pactcontainers.settings.PropertyNames;
import java.util.List;
import java.util.stream.Stream;

/**
 * The settings of the commands that only talk to the Pact Broker: the Broker's (as {@code verify}
 * has them, from the same variables), the pacticipant, its version and the environment, with the
 * Pact Broker CLI's option names.
 */
final class BrokerOptions {
  private BrokerOptions() {}

  /** The Broker, its credentials and {@code broker} in the file: {@code verify}'s rows. */
  static final List<Option> BROKER =
      Stream.of("brokerUrl", "brokerToken", "brokerUsername", "brokerPassword", "broker")
          .map(k -> VerifyOptions.byKey(k).orElseThrow())
          .toList();

  static final Option PACTICIPANT =
      Option.of(
              "pacticipant",
              TEXT,
              "NAME",
              "The application as the Broker names it.",
              "-a",
              "--pacticipant")
          .withProperty(PropertyNames.PACTICIPANT);

  static final Option VERSION =
      Option.of("version", TEXT, "VERSION", "Its version.", "-e", "--version")
          .withProperty(PropertyNames.PACTICIPANT_VERSION)
          .withEnvironment("PACT_PACTICIPANT_VERSION");

  static final Option ENVIRONMENT =
      Option.of(
              "environment",
              TEXT,
              "ENVIRONMENT",
              "The environment, as the Broker names it (production).",
              "--environment")
          .withProperty(PropertyNames.ENVIRONMENT);

  static final Option INSTANCE =
      Option.of(
              "applicationInstance",
              TEXT,
              "INSTANCE",
              "Which instance, when one environment runs several of the application.",
              "--application-instance")
          .withProperty(PropertyNames.APPLICATION_INSTANCE);

  /** The Broker's rows and these. */
  static List<Option> with(Option... more) {
    return Stream.concat(BROKER.stream(), Stream.of(more)).toList();
  }
}

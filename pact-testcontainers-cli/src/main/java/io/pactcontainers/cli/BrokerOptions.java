package io.pactcontainers.cli;

import static io.pactcontainers.cli.Option.Kind.FLAG;
import static io.pactcontainers.cli.Option.Kind.LIST;
import static io.pactcontainers.cli.Option.Kind.NUMBER;
import static io.pactcontainers.cli.Option.Kind.TEXT;

import io.pactcontainers.settings.PropertyNames;
import java.util.List;
import java.util.stream.Stream;

/**
 * The settings of the commands that only talk to the Pact Broker: the Broker's (as {@code verify}
 * has them, from the same variables), the pacticipant, its version and the rest, with the Pact
 * Broker CLI's option names ({@code -b/--broker-base-url}, {@code -k/--broker-token}, {@code
 * -a/--pacticipant}, {@code -e/--version}, {@code -t/--tag}...), so that its users' scripts work.
 */
final class BrokerOptions {
  private BrokerOptions() {}

  /**
   * The Broker, its credentials and {@code broker} in the file: {@code verify}'s rows (the same
   * variables and file keys) under the Broker CLI's names too; {@code -t} is the Broker CLI's tag
   * here, so the token is {@code -k}, as there.
   */
  static final List<Option> BROKER =
      List.of(
          row("brokerUrl").withNames("-b", "--broker-url", "--broker-base-url"),
          row("brokerToken").withNames("-k", "--token", "--broker-token"),
          row("brokerUsername").withNames("-u", "--user", "--broker-username"),
          row("brokerPassword").withNames("-p", "--password", "--broker-password"),
          row("brokerRetries"),
          row("broker"));

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
      Option.of(
              "version",
              TEXT,
              "VERSION",
              "Its version; none given: the git commit of the working folder (or the CI's"
                  + " variables), as verify publishes.",
              "-e",
              "--version")
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

  /** create-version-tag's tags (required there), create-or-update-version's (optional). */
  static final Option TAGS =
      Option.of("tags", LIST, "TAG", "A tag (repeatable, or comma-separated).", "-t", "--tag")
          .withProperty(PropertyNames.TAGS);

  static final Option AUTO_CREATE_VERSION =
      Option.of(
              "autoCreateVersion",
              FLAG,
              null,
              "Creates the version when the Broker does not have it (otherwise an error).",
              "--auto-create-version")
          .withProperty(PropertyNames.AUTO_CREATE_VERSION);

  static final Option BRANCH =
      Option.of("branch", TEXT, "BRANCH", "The branch the version belongs to.", "--branch")
          .withProperty(PropertyNames.BRANCH);

  /** The environment commands' --output, as the Broker CLI's. */
  static final Option OUTPUT =
      Option.of("output", TEXT, "text|json", "text (default) or json.", "-o", "--output")
          .withProperty(PropertyNames.BROKER_OUTPUT);

  static final Option UUID =
      Option.of(
              "uuid",
              TEXT,
              "UUID",
              "The environment's UUID (list-environments shows them).",
              "--uuid")
          .withProperty(PropertyNames.ENVIRONMENT_UUID);

  /** An environment's or a pacticipant's name in the Broker's UI. */
  static final Option DISPLAY_NAME =
      Option.of("displayName", TEXT, "NAME", "The name shown in the Broker's UI.", "--display-name")
          .withProperty(PropertyNames.DISPLAY_NAME);

  /** create-environment's and update-environment's settings, as the Broker CLI's. */
  static final List<Option> ENVIRONMENT_SETTINGS =
      List.of(
          Option.of(
                  "name",
                  TEXT,
                  "NAME",
                  "The environment's name, as deployments and can-i-deploy use it (no spaces).",
                  "--name")
              .withProperty(PropertyNames.ENVIRONMENT),
          DISPLAY_NAME,
          Option.of(
                  "production",
                  FLAG,
                  null,
                  "Whether it is a production environment (informational; false when created"
                      + " without it, kept when updated without it).",
                  "--production")
              .withProperty(PropertyNames.PRODUCTION),
          Option.of(
                  "contactName",
                  TEXT,
                  "NAME",
                  "The team or person responsible for the environment.",
                  "--contact-name")
              .withProperty(PropertyNames.CONTACT_NAME),
          Option.of(
                  "contactEmailAddress",
                  TEXT,
                  "EMAIL",
                  "Their email address.",
                  "--contact-email-address")
              .withProperty(PropertyNames.CONTACT_EMAIL_ADDRESS),
          OUTPUT);

  /** create-or-update-pacticipant's settings, as the Broker CLI's. */
  static final List<Option> PACTICIPANT_SETTINGS =
      List.of(
          PACTICIPANT.withNames("--name", "-a", "--pacticipant"),
          DISPLAY_NAME,
          Option.of(
                  "mainBranch",
                  TEXT,
                  "BRANCH",
                  "Its main development branch (what mainBranch selectors read; no spaces).",
                  "--main-branch")
              .withProperty(PropertyNames.MAIN_BRANCH),
          Option.of("repositoryUrl", TEXT, "URL", "Its repository's URL.", "--repository-url")
              .withProperty(PropertyNames.REPOSITORY_URL),
          OUTPUT);

  /** describe-version's settings, as the Broker CLI's (and --branch, which it lacks). */
  static final List<Option> DESCRIBE_VERSION =
      List.of(
          PACTICIPANT,
          VERSION.withNames("-e", "--version"),
          Option.of(
                  "latest",
                  FLAG,
                  "TAG",
                  "The latest version (the default); with a tag, the latest with that tag.",
                  "-l",
                  "--latest")
              .withProperty(PropertyNames.LATEST),
          Option.of("branch", TEXT, "BRANCH", "The latest version of this branch.", "--branch")
              .withProperty(PropertyNames.BRANCH),
          OUTPUT.withNames("-o", "--output"));

  /** can-i-deploy's settings, in the Broker CLI's names. */
  static final List<Option> CAN_I_DEPLOY =
      List.of(
          PACTICIPANT,
          VERSION.withNames("-e", "--version"),
          Option.of(
                  "latest",
                  FLAG,
                  "TAG",
                  "Asks for the latest version instead of --version; with a tag, the latest with"
                      + " that tag.",
                  "-l",
                  "--latest")
              .withProperty(PropertyNames.CAN_I_DEPLOY_LATEST),
          Option.of(
                  "branch",
                  TEXT,
                  "BRANCH",
                  "Asks for the latest version of this branch instead of --version.",
                  "--branch")
              .withProperty(PropertyNames.CAN_I_DEPLOY_BRANCH),
          Option.of(
                  "mainBranch",
                  FLAG,
                  null,
                  "Asks for the latest version of the main branch instead of --version.",
                  "--main-branch")
              .withProperty(PropertyNames.CAN_I_DEPLOY_MAIN_BRANCH),
          ENVIRONMENT.withNames("--to-environment", "--environment"),
          Option.of(
                  "to",
                  TEXT,
                  "TAG",
                  "Instead of an environment: the tag of the versions deployed there.",
                  "--to")
              .withProperty(PropertyNames.CAN_I_DEPLOY_TO),
          Option.of(
                  "toMainBranch",
                  FLAG,
                  null,
                  "Instead of an environment: against the latest version of each other"
                      + " application's main branch (may this branch be merged?).",
                  "--to-main-branch")
              .withProperty(PropertyNames.CAN_I_DEPLOY_TO_MAIN_BRANCH),
          Option.of(
                  "ignore",
                  LIST,
                  "NAME[@VERSION]",
                  "A pacticipant (or one version of it) whose results do not count (repeatable).",
                  "--ignore")
              .withProperty(PropertyNames.CAN_I_DEPLOY_IGNORE),
          Option.of(
                  "pacticipants",
                  LIST,
                  "NAME@VERSION",
                  "Another application deployed together with this one (repeatable).",
                  "--with")
              .withProperty(PropertyNames.CAN_I_DEPLOY_PACTICIPANTS),
          Option.of(
                  "retriesWhenUnknown",
                  NUMBER,
                  "N",
                  "How often to ask again while verification results are missing (default 0).",
                  "--retry-while-unknown")
              .withProperty(PropertyNames.RETRIES_WHEN_UNKNOWN),
          Option.of(
                  "retryInterval",
                  NUMBER,
                  "SECONDS",
                  "Seconds between those retries (default 10).",
                  "--retry-interval")
              .withProperty(PropertyNames.RETRY_INTERVAL),
          Option.of(
                  "dryRun",
                  FLAG,
                  null,
                  "Asks and prints the answer, but always exits 0 (every line says [dry-run]).",
                  "--dry-run")
              .withProperty(PropertyNames.CAN_I_DEPLOY_DRY_RUN),
          Option.of(
                  "output",
                  TEXT,
                  "text|json",
                  "json also writes the Broker's answer, as it came, to"
                      + " target/pact/can-i-deploy.json (default text).",
                  "-o",
                  "--output")
              .withProperty(PropertyNames.CAN_I_DEPLOY_OUTPUT));

  private static Option row(String key) {
    return VerifyOptions.byKey(key).orElseThrow();
  }

  /** The Broker's rows and these. */
  static List<Option> with(Option... more) {
    return with(List.of(more));
  }

  /** The Broker's rows and these. */
  static List<Option> with(List<Option> more) {
    return Stream.concat(BROKER.stream(), more.stream()).toList();
  }
}

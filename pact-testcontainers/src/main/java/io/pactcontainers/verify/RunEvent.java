package io.pactcontainers.verify;

import java.util.List;
import java.util.Objects;

/**
 * Something a run tells its user as it goes, as data: the library says what happened, and the front
 * end's presenter ({@code report.RunPresenter}) says it in words (STYLE rule 17). A setting an
 * event names is given as the front end writes it ({@link
 * VerificationListener#settingName(io.pactcontainers.Setting)}), so that the words are the same on
 * the console and in a report written later.
 *
 * <p>Text components (a URL, a Broker's answer, a provider's log) may quote a secret: {@code
 * MaskingListener} masks every {@code String} and {@code List<String>} component before a front end
 * sees the event, so an event keeps its text in such components only.
 */
public sealed interface RunEvent {
  /**
   * Whether this is something the user should look at: a warning, recorded in the run's result.
   *
   * @return true for a warning
   */
  default boolean warning() {
    return false;
  }

  /**
   * A pact passed over while reading (another provider's, say).
   *
   * @param why what it was and why it was skipped
   */
  record PactSkipped(String why) implements RunEvent {
    /**
     * @param why what it was and why it was skipped
     */
    public PactSkipped {
      Objects.requireNonNull(why, "why");
    }
  }

  /**
   * Nothing was to be verified, and the configuration allows it.
   *
   * @param why what was searched and found (the same words a failed run gives)
   */
  record NothingToVerify(String why) implements RunEvent {
    /**
     * @param why what was searched and found
     */
    public NothingToVerify {
      Objects.requireNonNull(why, "why");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * The plan: every selected interaction will be verified.
   *
   * @param provider the provider's name
   * @param interactions how many interactions
   * @param pacts in how many pacts
   */
  record Planned(String provider, int interactions, int pacts) implements RunEvent {
    /**
     * @param provider the provider's name
     * @param interactions how many interactions
     * @param pacts in how many pacts
     */
    public Planned {
      Objects.requireNonNull(provider, "provider");
    }
  }

  /**
   * The plan of a partial run: filters left some interactions out. A warning: a partial run is no
   * verification of the pacts, whatever its verdict.
   *
   * @param provider the provider's name
   * @param interactions how many interactions will be verified
   * @param available how many the pacts hold
   * @param pacts in how many pacts
   * @param leftOut what the filters left out, in words ({@link Filtering#leftOutPhrase()})
   */
  record PartialRunPlanned(
      String provider, int interactions, int available, int pacts, String leftOut)
      implements RunEvent {
    /**
     * @param provider the provider's name
     * @param interactions how many interactions will be verified
     * @param available how many the pacts hold
     * @param pacts in how many pacts
     * @param leftOut what the filters left out
     */
    public PartialRunPlanned {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(leftOut, "leftOut");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * Only what did not pass in the last run is verified (and nothing published).
   *
   * @param report the last run's report
   * @param labels the interactions verified again
   */
  record LastFailedOnly(String report, List<String> labels) implements RunEvent {
    /**
     * @param report the last run's report
     * @param labels the interactions verified again
     */
    public LastFailedOnly {
      Objects.requireNonNull(report, "report");
      labels = List.copyOf(labels);
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * A pact in the plan.
   *
   * @param consumer its consumer
   * @param interactions how many interactions it holds
   * @param location where it was read from
   * @param reason why a Broker selected it; empty if none said
   */
  record PactPlanned(String consumer, int interactions, String location, String reason)
      implements RunEvent {
    /**
     * @param consumer its consumer
     * @param interactions how many interactions it holds
     * @param location where it was read from
     * @param reason why a Broker selected it; empty if none said
     */
    public PactPlanned {
      Objects.requireNonNull(consumer, "consumer");
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * TLS settings were given for a provider reached over http, where they are not used: most likely
   * its address should be https.
   *
   * @param baseUrl the provider's address
   * @param setting the setting given, in the front end's words
   */
  record ProviderTlsUnused(String baseUrl, String setting) implements RunEvent {
    /**
     * @param baseUrl the provider's address
     * @param setting the setting given, in the front end's words
     */
    public ProviderTlsUnused {
      Objects.requireNonNull(baseUrl, "baseUrl");
      Objects.requireNonNull(setting, "setting");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * The provider is asked without any TLS check.
   *
   * @param baseUrl the provider's address
   */
  record ProviderTlsUnchecked(String baseUrl) implements RunEvent {
    /**
     * @param baseUrl the provider's address
     */
    public ProviderTlsUnchecked {
      Objects.requireNonNull(baseUrl, "baseUrl");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * Several containers of the provider verify at once.
   *
   * @param containers how many
   */
  record ShardsStarted(int containers) implements RunEvent {}

  /**
   * A filter with a look-around or an alternation left nothing out: its author may have meant the
   * whole text.
   *
   * @param filter the filter, as the run names it
   */
  record FilterLeftOutNothing(String filter) implements RunEvent {
    /**
     * @param filter the filter, as the run names it
     */
    public FilterLeftOutNothing {
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * A Broker selected a pact, and said why (batch path, as the pact's results begin).
   *
   * @param consumer its consumer
   * @param provider its provider
   * @param reason why it was selected
   * @param wip whether it is a work in progress
   * @param pending whether it is pending
   */
  record PactSelected(String consumer, String provider, String reason, boolean wip, boolean pending)
      implements RunEvent {
    /**
     * @param consumer its consumer
     * @param provider its provider
     * @param reason why it was selected
     * @param wip whether it is a work in progress
     * @param pending whether it is pending
     */
    public PactSelected {
      Objects.requireNonNull(consumer, "consumer");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /**
   * A Broker's notice on a pact, shown before it is verified.
   *
   * @param text the notice
   */
  record BrokerNoticeBefore(String text) implements RunEvent {
    /**
     * @param text the notice
     */
    public BrokerNoticeBefore {
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A Broker's notice for the outcome a pact had, shown after the run.
   *
   * @param consumer the pact's consumer
   * @param provider the pact's provider
   * @param text the notice
   */
  record BrokerNoticeAfter(String consumer, String provider, String text) implements RunEvent {
    /**
     * @param consumer the pact's consumer
     * @param provider the pact's provider
     * @param text the notice
     */
    public BrokerNoticeAfter {
      Objects.requireNonNull(consumer, "consumer");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(text, "text");
    }
  }

  /**
   * A pact was read leniently: something in it was not as the specification says.
   *
   * @param location where the pact was read from
   * @param problem what was wrong
   */
  record PactReadLeniently(String location, String problem) implements RunEvent {
    /**
     * @param location where the pact was read from
     * @param problem what was wrong
     */
    public PactReadLeniently {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(problem, "problem");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * The run stops sending: the provider or the engine went away, or fail-fast.
   *
   * @param why why it stops
   * @param left how many interactions are not sent
   */
  record Stopping(String why, int left) implements RunEvent {
    /**
     * @param why why it stops
     * @param left how many interactions are not sent
     */
    public Stopping {
      Objects.requireNonNull(why, "why");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * The provider's last log lines, after an interaction errored.
   *
   * @param tail the lines, joined by newlines
   */
  record LogTail(String tail) implements RunEvent {
    /**
     * @param tail the lines, joined by newlines
     */
    public LogTail {
      Objects.requireNonNull(tail, "tail");
    }
  }

  /**
   * Ctrl-C or SIGTERM stopped the run: what ran is reported.
   *
   * @param how "interrupted after 12 of 40 interactions"
   */
  record Interrupted(String how) implements RunEvent {
    /**
     * @param how "interrupted after 12 of 40 interactions"
     */
    public Interrupted {
      Objects.requireNonNull(how, "how");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * The Docker engine went away while the containers were being removed; the verdict stands.
   *
   * @param message what the engine's loss was, with what to do
   */
  record EngineGoneAtRemoval(String message) implements RunEvent {
    /**
     * @param message what the engine's loss was, with what to do
     */
    public EngineGoneAtRemoval {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /** Why a run's results were not published. */
  enum NotPublishedBecause {
    /** Ctrl-C or SIGTERM stopped the run ({@code detail}: how). */
    INTERRUPTED,
    /** Only what did not pass in the last run was verified. */
    LAST_FAILED_ONLY,
    /** The run stopped before its end ({@code detail}: why). */
    STOPPED,
    /** Some interactions were not verified ({@code detail}: how many). */
    NOT_ALL_VERIFIED,
    /** Publishing is on, but no pact came from a Broker. */
    NO_BROKER_PACT,
    /** The run was narrowed by a filter ({@code detail}: which): a partial run. */
    FILTERED
  }

  /**
   * The run's results were not published.
   *
   * @param because why
   * @param detail how it was interrupted, why it stopped, or how many were not verified; else empty
   */
  record PublishingSkipped(NotPublishedBecause because, String detail) implements RunEvent {
    /**
     * @param because why
     * @param detail how it was interrupted, why it stopped, or how many were not verified
     */
    public PublishingSkipped {
      Objects.requireNonNull(because, "because");
      Objects.requireNonNull(detail, "detail");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * One pact's result was not published: a filter left some of its interactions out.
   *
   * @param consumer the pact's consumer
   * @param provider the pact's provider
   * @param filter the filter, described
   * @param leftOut how many interactions it left out
   * @param total how many the pact holds
   */
  record PactNotPublished(String consumer, String provider, String filter, int leftOut, int total)
      implements RunEvent {
    /**
     * @param consumer the pact's consumer
     * @param provider the pact's provider
     * @param filter the filter, described
     * @param leftOut how many interactions it left out
     * @param total how many the pact holds
     */
    public PactNotPublished {
      Objects.requireNonNull(consumer, "consumer");
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(filter, "filter");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * Publishing failed, and the configuration lets the run pass anyway.
   *
   * @param message the Broker's error
   */
  record PublishFailed(String message) implements RunEvent {
    /**
     * @param message the Broker's error
     */
    public PublishFailed {
      Objects.requireNonNull(message, "message");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * A provider state with no callback to set it up.
   *
   * @param state the state's name
   * @param setting the state-change setting, as the front end writes it
   */
  record StateCallbackMissing(String state, String setting) implements RunEvent {
    /**
     * @param state the state's name
     * @param setting the state-change setting, as the front end writes it
     */
    public StateCallbackMissing {
      Objects.requireNonNull(state, "state");
      Objects.requireNonNull(setting, "setting");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * A redirect was followed, so that no report reads as if the pact's path itself had answered.
   *
   * @param setting the follow-redirects setting, as the front end writes it
   * @param description the interaction's description
   * @param status the redirect's status
   * @param method the method the redirect was followed with
   * @param to where it led
   * @param dropped the headers left out because it led to another origin
   */
  record RedirectFollowed(
      String setting,
      String description,
      int status,
      String method,
      String to,
      List<String> dropped)
      implements RunEvent {
    /**
     * @param setting the follow-redirects setting, as the front end writes it
     * @param description the interaction's description
     * @param status the redirect's status
     * @param method the method the redirect was followed with
     * @param to where it led
     * @param dropped the headers left out because it led to another origin
     */
    public RedirectFollowed {
      Objects.requireNonNull(setting, "setting");
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(to, "to");
      dropped = List.copyOf(dropped);
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * A synchronous message expects several responses; only the first is matched.
   *
   * @param label the interaction's label
   * @param responses how many it expects
   */
  record OnlyFirstResponseMatched(String label, int responses) implements RunEvent {
    /**
     * @param label the interaction's label
     * @param responses how many it expects
     */
    public OnlyFirstResponseMatched {
      Objects.requireNonNull(label, "label");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }

  /**
   * A message's {@code Pact-Message-Metadata} header was not base64 JSON, and was ignored.
   *
   * @param value the header's value
   */
  record MetadataHeaderIgnored(String value) implements RunEvent {
    /**
     * @param value the header's value
     */
    public MetadataHeaderIgnored {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean warning() {
      return true;
    }
  }
}

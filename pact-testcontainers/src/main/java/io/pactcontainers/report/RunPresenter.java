package io.pactcontainers.report;

import io.pactcontainers.model.Pact;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.Progress;
import io.pactcontainers.verify.RunEvent;
import io.pactcontainers.verify.VerificationListener;
import java.util.List;

/**
 * The words for what a run tells its user as it goes: each {@link RunEvent} the library hands a
 * listener becomes its line here, and only here, so that every front end (the Maven log, a JUnit
 * test's output, a report's warnings) says the same. {@link ConsoleReport} beside it words each
 * interaction's result.
 */
public final class RunPresenter {
  private RunPresenter() {}

  /**
   * A listener that says each event as its line on {@code lines} ({@link
   * VerificationListener#info(String)} or {@link VerificationListener#warn(String)}), and passes
   * everything else on: a front end that shows lines, made one that shows events.
   *
   * @param lines shows lines, names settings
   * @return the listener
   */
  public static VerificationListener rendering(VerificationListener lines) {
    return new VerificationListener() {
      @Override
      public void event(RunEvent event) {
        tell(event, lines);
      }

      @Override
      public void info(String line) {
        lines.info(line);
      }

      @Override
      public void warn(String line) {
        lines.warn(line);
      }

      @Override
      public String settingName(io.pactcontainers.Setting setting) {
        return lines.settingName(setting);
      }

      @Override
      public void pactStarted(Pact pact, int interactions) {
        lines.pactStarted(pact, interactions);
      }

      @Override
      public void interactionVerified(Pact pact, InteractionResult result) {
        lines.interactionVerified(pact, result);
      }

      @Override
      public void interactionVerified(Pact pact, InteractionResult result, Progress progress) {
        lines.interactionVerified(pact, result, progress);
      }
    };
  }

  /**
   * Says an event on a listener's lines: a warning as {@link VerificationListener#warn(String)},
   * the rest as {@link VerificationListener#info(String)}.
   *
   * @param event what happened
   * @param lines where its line goes
   */
  public static void tell(RunEvent event, VerificationListener lines) {
    for (ConsoleReport.Line line : lines(event)) {
      if (line.level() == ConsoleReport.Level.INFO) {
        lines.info(line.text());
      } else {
        lines.warn(line.text());
      }
    }
  }

  /**
   * The line that opens a pact's results.
   *
   * @param pact the pact
   * @param interactions how many of its interactions will run
   * @return e.g. {@code Pact sous-chef -> grill-chef (3.0.0, 2 interactions) from pacts/x.json}
   */
  public static String pactStarted(Pact pact, int interactions) {
    return "Pact "
        + pact.consumer()
        + " -> "
        + pact.provider()
        + " ("
        + pact.specVersion().label()
        + ", "
        + interactions
        + " interaction"
        + (interactions == 1 ? "" : "s")
        + ") from "
        + pact.location();
  }

  /**
   * An event's console lines.
   *
   * @param event what happened
   * @return its lines: a warning's at {@link ConsoleReport.Level#WARN}, the rest at INFO
   */
  public static List<ConsoleReport.Line> lines(RunEvent event) {
    ConsoleReport.Level level =
        event.warning() ? ConsoleReport.Level.WARN : ConsoleReport.Level.INFO;
    return List.of(new ConsoleReport.Line(level, text(event)));
  }

  /**
   * A warning as a report lists it (the run's result keeps its warnings as events).
   *
   * @param event a warning
   * @return its text; for a run with nothing to verify, the reason alone
   */
  public static String reportText(RunEvent event) {
    return event instanceof RunEvent.NothingToVerify n ? n.why() : text(event);
  }

  /**
   * An event in words, as the console says it.
   *
   * @param event what happened
   * @return the text (a provider's log tail spans several lines)
   */
  public static String text(RunEvent event) {
    if (event instanceof RunEvent.PactSkipped e) {
      return "Skipping " + e.why();
    }
    if (event instanceof RunEvent.NothingToVerify e) {
      return e.why() + " (allowed by configuration)";
    }
    if (event instanceof RunEvent.Planned e) {
      return "Verifying provider \""
          + e.provider()
          + "\": "
          + plural(e.interactions(), "interaction")
          + " in "
          + plural(e.pacts(), "pact");
    }
    if (event instanceof RunEvent.PartialRunPlanned e) {
      return "Verifying provider \""
          + e.provider()
          + "\": "
          + e.interactions()
          + " of "
          + plural(e.available(), "interaction")
          + " in "
          + plural(e.pacts(), "pact")
          + ": "
          + e.leftOut()
          + " (a partial run)";
    }
    if (event instanceof RunEvent.LastFailedOnly e) {
      return "Verifying only what did not pass in the last run ("
          + e.report()
          + "): "
          + String.join(", ", e.labels())
          + "; nothing is published";
    }
    if (event instanceof RunEvent.PactPlanned e) {
      return "  "
          + e.consumer()
          + ": "
          + plural(e.interactions(), "interaction")
          + " from "
          + e.location()
          + (e.reason().isEmpty() ? "" : " (selected: " + e.reason() + ")");
    }
    if (event instanceof RunEvent.ProviderTlsUnused e) {
      return e.setting()
          + " is given, but the provider is reached over http ("
          + e.baseUrl()
          + "), where it is not used; a provider that serves https is verified at its https"
          + " address";
    }
    if (event instanceof RunEvent.ProviderTlsUnchecked e) {
      return "TLS checks are OFF for the provider at "
          + e.baseUrl()
          + ": any certificate, for any host name, is trusted."
          + " Use this only against a provider on this machine";
    }
    if (event instanceof RunEvent.ShardsStarted e) {
      return "Verifying with "
          + e.containers()
          + " containers of the provider at once, each interaction on one of them";
    }
    if (event instanceof RunEvent.FilterLeftOutNothing e) {
      return e.filter()
          + " left out nothing, though it has a look-around or an alternation; the filters"
          + " find a match anywhere in the text: anchor the pattern (^...$) if it is to"
          + " match the whole text";
    }
    if (event instanceof RunEvent.PactSelected e) {
      return "The pact "
          + e.consumer()
          + " -> "
          + e.provider()
          + " was selected: "
          + e.reason()
          + (e.wip() ? " (work in progress)" : "")
          + (e.pending() ? " (pending)" : "");
    }
    if (event instanceof RunEvent.BrokerNoticeBefore e) {
      return "  " + e.text();
    }
    if (event instanceof RunEvent.BrokerNoticeAfter e) {
      return "The Pact Broker on the pact between "
          + e.consumer()
          + " and "
          + e.provider()
          + ": "
          + e.text();
    }
    if (event instanceof RunEvent.PactReadLeniently e) {
      return "Pact " + e.location() + ": " + e.problem();
    }
    if (event instanceof RunEvent.Stopping e) {
      return "Stopping: "
          + e.why()
          + ". "
          + (e.left() == 1 ? "The last interaction is" : "The " + e.left() + " left are")
          + " not sent (errored, not failed)";
    }
    if (event instanceof RunEvent.LogTail e) {
      return "Last lines of the provider's log:\n" + e.tail();
    }
    if (event instanceof RunEvent.Interrupted e) {
      return "Verification "
          + e.how()
          + " (Ctrl-C or SIGTERM): what ran is reported,"
          + " nothing is published";
    }
    if (event instanceof RunEvent.EngineGoneAtRemoval e) {
      return e.message();
    }
    if (event instanceof RunEvent.PublishingSkipped e) {
      return notPublished(e);
    }
    if (event instanceof RunEvent.PactNotPublished e) {
      return "Not publishing the result for the pact between "
          + e.consumer()
          + " and "
          + e.provider()
          + ": the filter ("
          + e.filter()
          + ") left out "
          + e.leftOut()
          + " of its "
          + e.total()
          + " interactions, and the Broker would record a partial verification"
          + " as the whole pact's";
    }
    if (event instanceof RunEvent.PublishFailed e) {
      return e.message();
    }
    if (event instanceof RunEvent.StateCallbackMissing e) {
      return "No provider state callback is configured for provider state \""
          + e.state()
          + "\"; set "
          + e.setting()
          + " if the provider needs it";
    }
    if (event instanceof RunEvent.RedirectFollowed e) {
      return e.setting()
          + " is on: the answer to \""
          + e.description()
          + "\" was a "
          + e.status()
          + " redirect, followed to "
          + e.method()
          + " "
          + e.to()
          + (e.dropped().isEmpty()
              ? ""
              : " (another origin: sent without "
                  + String.join(", ", e.dropped())
                  + ", which go only to the provider)");
    }
    if (event instanceof RunEvent.OnlyFirstResponseMatched e) {
      return "Synchronous message "
          + e.label()
          + " expects "
          + e.responses()
          + " responses; like the Rust verifier, only the first is matched";
    }
    if (event instanceof RunEvent.MetadataHeaderIgnored e) {
      return "Ignoring header Pact-Message-Metadata that is not base64 JSON: " + e.value();
    }
    throw new IllegalArgumentException("no words for " + event);
  }

  private static String notPublished(RunEvent.PublishingSkipped e) {
    return switch (e.because()) {
      case INTERRUPTED ->
          "Not publishing: the run was "
              + e.detail()
              + ", and the Broker would take a partial"
              + " verification for a whole one";
      case LAST_FAILED_ONLY ->
          "Not publishing: the run verified only what did not pass in the last run, and the"
              + " Broker would take it for a verification of the whole pacts";
      case STOPPED ->
          "Not publishing: the run stopped before its end ("
              + e.detail()
              + "), and what it could not send says nothing of the contract";
      case NOT_ALL_VERIFIED ->
          "Not publishing: "
              + e.detail()
              + " of the run's interactions were not verified (a test filter, say), and the"
              + " Broker would take a partial verification for a whole one";
      case NO_BROKER_PACT ->
          "Publishing is on, but no pact came from a Pact Broker: nothing was published";
      case FILTERED ->
          "Not publishing: the run was narrowed by "
              + e.detail()
              + " (a partial run), and the Broker would take a partial verification for a whole"
              + " one";
    };
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

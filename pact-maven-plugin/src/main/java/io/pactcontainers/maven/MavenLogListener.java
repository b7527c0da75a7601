package io.pactcontainers.maven;

import io.pactcontainers.model.Pact;
import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.report.RunPresenter;
import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.Progress;
import io.pactcontainers.verify.RunEvent;
import io.pactcontainers.verify.VerificationListener;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows a run's progress in Maven's log, in the lines {@link RunPresenter} and {@link
 * ConsoleReport} write.
 */
final class MavenLogListener implements VerificationListener {
  private final Log log;
  private final ConsoleReport console;

  MavenLogListener(Log log, ConsoleReport console) {
    this.log = log;
    this.console = console;
  }

  /** An event in the words every front end says it in ({@link RunPresenter}). */
  @Override
  public void event(RunEvent event) {
    RunPresenter.tell(event, this);
  }

  @Override
  public void info(String line) {
    log.info(line);
  }

  @Override
  public void warn(String line) {
    log.warn(line);
  }

  @Override
  public String settingName(io.pactcontainers.Setting setting) {
    return pomName(setting);
  }

  /** The POM element a setting is, as messages name it. */
  static String pomName(io.pactcontainers.Setting setting) {
    return switch (setting) {
      case PROVIDER_NAME -> "<providerName> (-D" + PropertyNames.PROVIDER_NAME + ")";
      case PROVIDER_IMAGE -> "<provider><image>";
      case SIDECAR_IMAGE -> "<sidecars><sidecar><image>";
      case PROVIDER_FILE_SOURCE -> "<provider><files><file><source>";
      case PROVIDER_DOCKERFILE -> "<provider><dockerfile>";
      case WAIT -> "<waitFor>";
      case STARTUP_TIMEOUT -> "<startupTimeout>";
      case PROVIDER_MEMORY -> "<provider><memory>";
      case REQUEST_TIMEOUT -> "<requestTimeout>";
      case FAIL_FAST -> "<failFast>";
      case ALLOW_EMPTY -> "<allowEmpty>";
      case FOLLOW_REDIRECTS -> "<followRedirects>";
      case LAST_FAILED -> "-D" + PropertyNames.LAST_FAILED;
      case STATE_CHANGE_URL -> "<stateChangeUrl>";
      case MESSAGE_URL -> "<messageUrl>";
      case PROVIDER_CLIENT_CERTIFICATE -> "<provider><clientCertificate>";
      case PROVIDER_CA_CERTIFICATE -> "<provider><caCertificate>";
      case PROVIDER_INSECURE_TLS -> "<provider><insecureTls>";
      // Filters are mostly typed as -D for one run: both ways are named, as for <providerName>.
      case FILTER_CONSUMERS -> "<consumers> (-D" + PropertyNames.FILTER_CONSUMERS + ")";
      case FILTER_DESCRIPTION ->
          "<interactionDescription> (-D" + PropertyNames.FILTER_DESCRIPTION + ")";
      case FILTER_PROVIDER_STATE ->
          "<providerState> (-D" + PropertyNames.FILTER_PROVIDER_STATE + ")";
      case PROVIDER -> "<provider> (<image>, <dockerfile> or <baseUrl>)";
      case MESSAGE_PROVIDERS -> "<messageProviders> (a class with @MessageProvider methods)";
    };
  }

  @Override
  public void pactStarted(Pact pact, int interactions) {
    log.info(RunPresenter.pactStarted(pact, interactions));
  }

  @Override
  public void interactionVerified(Pact pact, InteractionResult result, Progress progress) {
    if (result.passed() && !log.isInfoEnabled()) {
      // A passing interaction's lines are all info lines: under -q none would show, so none are
      // written (formatted and masked, 1,000 times for a pact of 1,000 interactions).
      return;
    }
    for (ConsoleReport.Line line : console.interaction(pact.consumer(), result, progress)) {
      switch (line.level()) {
        case ERROR -> log.error(line.text());
        case WARN -> log.warn(line.text());
        default -> log.info(line.text());
      }
    }
  }

  /**
   * Colour only where a person watches a terminal: not with {@code -B} (Maven switches Jansi off)
   * nor when the output goes to a file or a pipe.
   */
  static boolean colourWanted() {
    if (System.console() == null) {
      return false;
    }
    try {
      return org.fusesource.jansi.Ansi.isEnabled();
    } catch (LinkageError e) {
      return false; // a Maven without Jansi
    }
  }
}

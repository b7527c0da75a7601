package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Secrets;
import io.pactcontainers.Timeline;
import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.report.ReportSet;
import io.pactcontainers.settings.MappedSettings;
import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.settings.PropertyOverrides;
import io.pactcontainers.settings.RawSettings;
import io.pactcontainers.settings.VerificationSettings;
import io.pactcontainers.verify.Reproduction;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Verifies the provider against its pacts: starts the provider container, sets up provider states,
 * replays every interaction and fails the build on any mismatch.
 */
@Mojo(
    name = "verify",
    defaultPhase = LifecyclePhase.VERIFY,
    threadSafe = true,
    requiresDependencyResolution = ResolutionScope.TEST)
public class VerifyMojo extends AbstractVerifyRunMojo {

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Pact verification skipped (" + PropertyNames.SKIP + ")");
      return;
    }
    Timeline timeline = timings ? Timeline.start() : null;
    GoalContext context = GoalContext.of(this);
    VerifyParameters parameters = VerifyParameters.of(this);
    RawSettings settings =
        PropertyOverrides.of(parameters, GoalContext.pactJvmAliases(session, getLog()));
    ClassPreloader preloading =
        ClassPreloader.start(getClass().getClassLoader(), !runsAgainstRunningProvider(settings));
    try {
      MaskedRun.run(
          getLog(),
          VerificationSettings.literalSecrets(settings),
          context.outputFolder().toPath(),
          () -> VerifyMapping.map(settings, parameters, context),
          (mapped, log, secrets) ->
              run(mapped.settings(), settings, parameters, context, log, secrets));
    } finally {
      if (timeline != null) {
        getLog().info("Timings (-D" + PropertyNames.TIMINGS + "), from the goal's start:");
        Timeline.lines(timeline.stop()).forEach(l -> getLog().info("  " + l));
      }
      preloading.close();
    }
  }

  /** Whether the goal verifies a provider already running (no container to start). */
  private static boolean runsAgainstRunningProvider(RawSettings settings) {
    String baseUrl =
        BrokerGoal.blank(settings.providerBaseUrl()) && settings.provider() != null
            ? settings.provider().baseUrl()
            : settings.providerBaseUrl();
    return !BrokerGoal.blank(baseUrl);
  }

  /** Verifies, writing the reports inside the run, and turns the result into Maven's outcome. */
  private static void run(
      MappedSettings mapped,
      RawSettings settings,
      VerifyParameters parameters,
      GoalContext context,
      Log log,
      Secrets secrets)
      throws MojoExecutionException, MojoFailureException {
    VerificationConfig config = mapped.config();
    ReportSet reportWriters = mapped.reports();
    File reportsFolder =
        VerificationSettings.reportsFolder(
                settings, context.projectDirectory(), context.outputFolder().toPath())
            .toFile();
    VerificationResult result;
    List<String> notWritten = new ArrayList<>();
    try {
      // Reports are written inside the run, so that a Ctrl-C still leaves the reports of what ran.
      ConsoleReport console =
          new ConsoleReport(
              MavenLogListener.colourWanted(), parameters.showFullDiff(), Reproduction.of(config));
      result =
          new Verifier()
              .verify(
                  config,
                  new MavenLogListener(log, console),
                  r -> {
                    long writing = System.nanoTime();
                    notWritten.addAll(
                        reportWriters.write(
                            r,
                            reportsFolder.toPath(),
                            context.environment(),
                            secrets,
                            log::info,
                            log::error));
                    Timeline.phase("reports written", writing);
                  });
    } catch (PactContainersException e) {
      throw RunErrors.of(e);
    }
    RunErrors.outcome(result, reportsFolder, notWritten, log);
  }
}

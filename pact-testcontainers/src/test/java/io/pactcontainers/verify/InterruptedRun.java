package io.pactcontainers.verify;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.model.Pact;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.report.ReportFormat;
import io.pactcontainers.source.PactSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run of 40 slow interactions, to be stopped by Ctrl-C: the child process of {@link
 * InterruptionIT}. Prints "VERIFIED n" as it goes, the run's warnings, and "REPORT file n" when the
 * report is written.
 */
public final class InterruptedRun {
  private InterruptedRun() {}

  public static void main(String[] args) throws Exception {
    RecordingProvider server =
        RecordingProvider.start(
            r -> {
              try {
                Thread.sleep(150);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              return Answer.empty(200);
            });
    Path dir = Files.createTempDirectory("interrupted-run");
    StringBuilder interactions = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      interactions
          .append(i == 0 ? "" : ",")
          .append("{\"description\":\"slow ")
          .append(i)
          .append("\",\"request\":{\"method\":\"GET\",\"path\":\"/")
          .append(i)
          .append("\"},\"response\":{\"status\":200}}");
    }
    Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        dir.resolve("pacts/p.json"),
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"slow\"},\"interactions\":["
            + interactions
            + "],\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
    AtomicInteger verified = new AtomicInteger();
    VerificationConfig config =
        VerificationConfig.of(
                "slow",
                new RunningProvider(server.url()),
                List.of(new PactSource.Directory(dir.resolve("pacts"))))
            .withOutputDirectory(dir.resolve("out"));
    new Verifier()
        .verify(
            config,
            io.pactcontainers.report.RunPresenter.rendering(
                new VerificationListener() {
                  @Override
                  public void warn(String line) {
                    System.out.println("WARN " + line);
                  }

                  @Override
                  public void interactionVerified(Pact pact, InteractionResult result) {
                    System.out.println("VERIFIED " + verified.incrementAndGet());
                    System.out.flush();
                  }
                }),
            result -> {
              try {
                Path report =
                    ReportFormat.JSON.writer().write(result, dir.resolve("out"), "json").get(0);
                System.out.println(
                    "REPORT "
                        + report
                        + " "
                        + result.allResults().size()
                        + " "
                        + result.successful());
                System.out.flush();
              } catch (java.io.IOException e) {
                System.out.println("REPORT FAILED " + e);
              }
            });
    server.close();
  }
}

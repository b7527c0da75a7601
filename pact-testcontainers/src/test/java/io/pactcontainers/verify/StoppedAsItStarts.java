package io.pactcontainers.verify;

import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.Readiness;
import io.pactcontainers.source.PactSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A run whose provider takes 30 s to answer, to be stopped by SIGTERM while it waits for it: the
 * child process of {@link InterruptionIT}. Prints "STARTING" when the provider's container is being
 * started, the run's warnings, and "RESULT interrupted successful" from the hand-over.
 */
public final class StoppedAsItStarts {
  private StoppedAsItStarts() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[1]);
    Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        dir.resolve("pacts/p.json"),
        "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"slow-start\"},\"interactions\":["
            + "{\"description\":\"health\",\"request\":{\"method\":\"GET\",\"path\":\"/health\"},"
            + "\"response\":{\"status\":200}}]}");
    VerificationConfig config =
        VerificationConfig.of(
                "slow-start",
                ProviderContainer.fromImage(args[0])
                    .withPort(8000)
                    .withCommand(List.of("sh", "-c", "echo booting; sleep 30"))
                    .waitingFor(Readiness.http("/health"))
                    .withStartupTimeout(Duration.ofSeconds(60)),
                List.of(new PactSource.Directory(dir.resolve("pacts"))))
            .withOutputDirectory(dir.resolve("out"));
    VerificationResult result =
        new Verifier()
            .verify(
                config,
                io.pactcontainers.report.RunPresenter.rendering(
                    new VerificationListener() {
                      @Override
                      public void info(String line) {
                        if (line.startsWith("Starting provider")) {
                          System.out.println("STARTING");
                          System.out.flush();
                        }
                      }

                      @Override
                      public void warn(String line) {
                        System.out.println("WARN " + line);
                        System.out.flush();
                      }
                    }),
                r -> {
                  System.out.println(
                      "RESULT " + r.interrupted().orElse("whole") + " " + r.successful());
                  System.out.flush();
                });
    System.out.println("RETURNED " + result.successful());
  }
}

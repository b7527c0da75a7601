package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.RecordingProvider;
import io.pactcontainers.RecordingProvider.Answer;
import io.pactcontainers.SelfSignedCertificate;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.PactSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS settings given for a provider at an http address are not used, and the run says so (with the
 * verdict's warnings, so in the reports): a team that gave its CA most likely meant https.
 */
class ProviderTlsWarningsTest {
  @TempDir Path dir;

  private RecordingProvider server;

  @BeforeEach
  void start() throws Exception {
    server = RecordingProvider.start(r -> Answer.json("{\"open\":true}"));
    Files.createDirectories(dir.resolve("pacts"));
    Files.writeString(
        dir.resolve("pacts/kiosk.json"),
        "{\"consumer\":{\"name\":\"kiosk\"},\"provider\":{\"name\":\"menu\"},\"interactions\":[{"
            + "\"description\":\"the menu\",\"request\":{\"method\":\"GET\",\"path\":\"/menu\"},"
            + "\"response\":{\"status\":200,\"body\":{\"open\":true}}}],"
            + "\"metadata\":{\"pactSpecification\":{\"version\":\"3.0.0\"}}}");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private VerificationResult verify(ProviderTls tls) {
    return new Verifier()
        .verify(
            VerificationConfig.of(
                    "menu",
                    new RunningProvider(server.url()),
                    List.of(new PactSource.Directory(dir.resolve("pacts"))))
                .withOutputDirectory(dir.resolve("out"))
                .withProviderTls(tls),
            VerificationListener.SILENT);
  }

  @Test
  void aCaForAProviderOverHttpIsSaidToBeUnused() throws Exception {
    Path ca = SelfSignedCertificate.create(dir, "ip:127.0.0.1").pem();

    VerificationResult result = verify(new ProviderTls(Optional.of(ca), false, Optional.empty()));

    assertThat(result.successful()).isTrue();
    assertThat(result.warnings())
        .containsExactly(
            new RunEvent.ProviderTlsUnused(
                String.valueOf(server.url()), "the provider's CA certificate"));
  }

  @Test
  void insecureForAProviderOverHttpIsSaidToBeUnusedNotThatChecksAreOff() {
    VerificationResult result = verify(new ProviderTls(Optional.empty(), true, Optional.empty()));

    assertThat(result.warnings())
        .containsExactly(
            new RunEvent.ProviderTlsUnused(
                String.valueOf(server.url()), "trusting any provider certificate"));
  }

  @Test
  void withoutTlsSettingsNothingIsSaid() {
    VerificationResult result = verify(new ProviderTls(Optional.empty(), false, Optional.empty()));

    assertThat(result.warnings()).isEmpty();
  }
}

package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.settings.MappedSettings;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever produced the text, a known secret does not leave the run: log, exception, reports,
 * container logs.
 */
class SecretMaskingTest {
  @TempDir Path out;

  /** A run's secrets as the settings layer gathers them: credentials and secret headers. */
  private final SecretMasking masking =
      SecretMasking.of(
          new MappedSettings(
                  VerificationConfig.of(
                          "grill-chef",
                          new RunningProvider(URI.create("http://localhost:8080")),
                          List.of())
                      .withRequestHeader(RequestHeader.of("Authorization", "Bearer pr0vider-t0ken"))
                      .withRequestHeader(
                          RequestHeader.of("Accept", "application/json").secret(false)),
                  List.of(new Credentials.Basic("ci", "br0ker-pw")))
              .secrets());

  @Test
  void everyFormOfEverySecretIsMaskedInLogLines() {
    List<String> lines = new ArrayList<>();
    var log =
        masking.wrap(
            new SystemStreamLog() {
              @Override
              public void error(CharSequence content) {
                lines.add(content.toString());
              }
            });
    String basic =
        Base64.getEncoder().encodeToString("ci:br0ker-pw".getBytes(StandardCharsets.UTF_8));
    log.error(
        "$.echo: expected \"x\", found \"Bearer pr0vider-t0ken\" / Basic "
            + basic
            + " / br0ker-pw / "
            + Base64.getEncoder().encodeToString("pr0vider-t0ken".getBytes(StandardCharsets.UTF_8))
            + " / application/json");
    assertThat(lines)
        .containsExactly(
            "$.echo: expected \"x\", found \"****\" / Basic **** / **** / **** / application/json");
  }

  @Test
  void anExceptionWithASecretIsMaskedInItsMessageAndInTheCauseThatHoldsIt() {
    MojoExecutionException e =
        masking.mask(
            new MojoExecutionException(
                "the provider said pr0vider-t0ken", new IllegalStateException("pr0vider-t0ken")));
    assertThat(e.getMessage()).isEqualTo("the provider said ****");
    assertThat(e.getCause()).hasMessage("java.lang.IllegalStateException: ****");
    assertThat(e.getCause().toString()).isEqualTo("java.lang.IllegalStateException: ****");
    MojoExecutionException clean = new MojoExecutionException("nothing secret");
    assertThat(masking.mask(clean)).isSameAs(clean);
  }

  @Test
  void reportsAndContainerLogsAreRewrittenWithTheSecretsMasked() throws Exception {
    Files.createDirectories(out.resolve("reports"));
    Files.createDirectories(out.resolve("logs"));
    Files.writeString(
        out.resolve("reports/p.json"),
        "{\"actual\":\"Bearer pr0vider-t0ken caf\u00e9\"}",
        StandardCharsets.UTF_8);
    Files.writeString(
        out.resolve("logs/provider.log"),
        "GET / Authorization: Bearer pr0vider-t0ken\n",
        StandardCharsets.UTF_8);
    masking.maskFiles(out, new SystemStreamLog());
    assertThat(Files.readString(out.resolve("reports/p.json"), StandardCharsets.UTF_8))
        .isEqualTo("{\"actual\":\"**** caf\u00e9\"}");
    assertThat(Files.readString(out.resolve("logs/provider.log")))
        .isEqualTo("GET / Authorization: ****\n");
  }
}

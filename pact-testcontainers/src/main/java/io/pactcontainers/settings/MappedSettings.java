package io.pactcontainers.settings;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.Secrets;
import io.pactcontainers.report.ReportSet;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * A verification's configuration, and the credentials met on the way to it (kept to be masked).
 *
 * @param config the library's configuration
 * @param credentials every credential the settings lead to: their secrets are masked in everything
 *     the run leaves
 * @param reports the reports to write, the user's own report classes among them
 */
public record MappedSettings(
    VerificationConfig config, List<Credentials> credentials, ReportSet reports) {
  /**
   * Checks that nothing is null.
   *
   * @param config the library's configuration
   * @param credentials every credential the settings lead to
   * @param reports the reports to write
   */
  public MappedSettings {
    requireNonNull(config, "config");
    credentials = List.copyOf(credentials);
    requireNonNull(reports, "reports");
  }

  /**
   * The configuration and credentials, with the default reports.
   *
   * @param config the library's configuration
   * @param credentials every credential the settings lead to
   */
  public MappedSettings(VerificationConfig config, List<Credentials> credentials) {
    this(
        config,
        credentials,
        ReportSet.parse(
            io.pactcontainers.report.ReportFormat.DEFAULTS.stream()
                .map(f -> f.name().toLowerCase(java.util.Locale.ROOT))
                .toList()));
  }

  /**
   * The secrets of this run: the credentials' and the secret request headers' values, to be masked
   * in every output (also without their scheme, and in base64).
   *
   * @return the secrets
   */
  public Secrets secrets() {
    List<String> all = new ArrayList<>();
    config.requestHeaders().stream()
        .filter(RequestHeader::secret)
        .map(RequestHeader::value)
        .forEach(all::add);
    credentials.forEach(c -> all.addAll(c.secrets()));
    return Secrets.of(all).and(config.secrets()); // the client certificates' passwords among them
  }
}

package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How an https provider is trusted: the JVM's CAs, plus a private CA's PEM if given; host names
 * always checked, unless {@code insecure} turns every check off (a loud warning says so).
 *
 * @param caCertificate a PEM file of a private CA trusted besides the JVM's
 * @param insecure true to trust any certificate for any host (a warning says so)
 */
public record ProviderTls(Optional<Path> caCertificate, boolean insecure) {
  /**
   * Checks that nothing is null.
   *
   * @param caCertificate a PEM file of a private CA trusted besides the JVM's
   * @param insecure true to trust any certificate for any host (a warning says so)
   */
  public ProviderTls {
    requireNonNull(caCertificate, "caCertificate");
  }

  /**
   * Trust as the JVM does: its CAs, host names checked.
   *
   * @return the default trust
   */
  public static ProviderTls jvmDefaults() {
    return new ProviderTls(Optional.empty(), false);
  }
}

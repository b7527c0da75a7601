package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.source.ClientCertificate;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How an https provider is trusted: the JVM's CAs, plus a private CA's PEM if given; host names
 * always checked, unless {@code insecure} turns every check off (a loud warning says so). A client
 * certificate, when given, is offered to a provider that asks for one (mutual TLS): to its
 * requests, its state calls and its message calls alike.
 *
 * @param caCertificate a PEM file of a private CA trusted besides the JVM's
 * @param insecure true to trust any certificate for any host (a warning says so)
 * @param clientCertificate the certificate offered to the provider when it asks for one
 */
public record ProviderTls(
    Optional<Path> caCertificate, boolean insecure, Optional<ClientCertificate> clientCertificate) {
  /**
   * Checks that nothing is null.
   *
   * @param caCertificate a PEM file of a private CA trusted besides the JVM's
   * @param insecure true to trust any certificate for any host (a warning says so)
   * @param clientCertificate the certificate offered to the provider when it asks for one
   */
  public ProviderTls {
    requireNonNull(caCertificate, "caCertificate");
    requireNonNull(clientCertificate, "clientCertificate");
  }

  /**
   * Without a client certificate.
   *
   * @param caCertificate a PEM file of a private CA trusted besides the JVM's
   * @param insecure true to trust any certificate for any host (a warning says so)
   */
  public ProviderTls(Optional<Path> caCertificate, boolean insecure) {
    this(caCertificate, insecure, Optional.empty());
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

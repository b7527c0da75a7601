package io.pactcontainers.maven;

import io.pactcontainers.settings.RawSettings;
import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * {@code <provider>}: the provider under test. Give {@code <image>}, or {@code <dockerfile>} (a
 * folder with a Dockerfile), or {@code <baseUrl>} of a provider already running.
 */
public class ProviderConfiguration implements RawSettings.Provider {
  /**
   * The provider image, e.g. {@code grill-chef:1.4.2}. Overridden by {@code -Dpact.provider.image}.
   */
  String image;

  /** A folder with a Dockerfile to build the provider image from. */
  File dockerfile;

  /** A provider already running, e.g. {@code http://localhost:8080}; no container is started. */
  String baseUrl;

  /**
   * For an https provider ({@code <baseUrl>https://...}): a PEM file of the private CA that signed
   * its certificate.
   */
  File caCertificate;

  /**
   * Turns off every TLS check for an https provider (any certificate, any host name). Logged
   * loudly; for a provider on this machine with a self-signed certificate only.
   */
  boolean insecureTls;

  /**
   * For a provider that asks for a client certificate (mutual TLS: an mTLS sidecar, a mesh): the
   * certificate offered to it, a PEM file of the certificate chain (the client's own first) with
   * {@code <clientKey>}, or a PKCS#12 file ({@code .p12}, {@code .pfx}) whose password is in the
   * environment variable {@code <clientCertificatePasswordEnvironmentVariable>}.
   */
  File clientCertificate;

  /**
   * The PEM file of {@code <clientCertificate>}'s private key (PKCS#8, PKCS#1 or EC; not
   * encrypted); not needed when it is in the certificate's file.
   */
  File clientKey;

  /** The environment variable of a PKCS#12 {@code <clientCertificate>}'s password. */
  String clientCertificatePasswordEnvironmentVariable =
      RawSettings.Provider.DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE;

  /** The port the provider listens on inside the container. */
  int port = RawSettings.Provider.DEFAULT_PORT;

  /** Environment variables of the provider container. */
  Map<String, String> env;

  /** Command and arguments, replacing the image's. */
  List<String> command;

  /** Readiness check; default: the port accepts connections. */
  ReadinessConfiguration waitFor;

  /** Seconds to wait for the provider to be ready. */
  int startupTimeout = RawSettings.Provider.DEFAULT_STARTUP_TIMEOUT;

  /** never, ifMissing or always. */
  String pullPolicy = RawSettings.Provider.DEFAULT_PULL_POLICY;

  /**
   * The container's memory limit (64m, 512MB, 1g); going past it, the kernel kills the provider.
   */
  String memory;

  /** Seconds to wait for an image pull. */
  int pullTimeout = RawSettings.Provider.DEFAULT_PULL_TIMEOUT;

  /** Files copied into the container. */
  List<FileConfiguration> files;

  /** Containers started first, on a network shared with the provider. */
  List<SidecarConfiguration> sidecars;

  @Override
  public String image() {
    return image;
  }

  @Override
  public File dockerfile() {
    return dockerfile;
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public File caCertificate() {
    return caCertificate;
  }

  @Override
  public boolean insecureTls() {
    return insecureTls;
  }

  @Override
  public File clientCertificate() {
    return clientCertificate;
  }

  @Override
  public File clientKey() {
    return clientKey;
  }

  @Override
  public String clientCertificatePasswordEnvironmentVariable() {
    return clientCertificatePasswordEnvironmentVariable;
  }

  @Override
  public int port() {
    return port;
  }

  @Override
  public Map<String, String> env() {
    return env;
  }

  @Override
  public List<String> command() {
    return command;
  }

  @Override
  public ReadinessConfiguration waitFor() {
    return waitFor;
  }

  @Override
  public int startupTimeout() {
    return startupTimeout;
  }

  @Override
  public String pullPolicy() {
    return pullPolicy;
  }

  @Override
  public String memory() {
    return memory;
  }

  @Override
  public int pullTimeout() {
    return pullTimeout;
  }

  @Override
  public List<FileConfiguration> files() {
    return files;
  }

  @Override
  public List<SidecarConfiguration> sidecars() {
    return sidecars;
  }
}

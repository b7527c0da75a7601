package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.source.ClientCertificate;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.PactSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the pacts to verify may be, and which of those places are read. Pact URLs win over the
 * Broker's selection: a build triggered by the Broker's {@code
 * contract_requiring_verification_published} webhook verifies the one pact it was given, and the
 * Broker is then used only to publish to. A directory is read when nothing else is given, or when
 * it exists (a default directory that was never created is no error beside a Broker).
 *
 * @param directory a folder of pact files
 * @param files pact files
 * @param urls pact URLs
 * @param urlCredentials sent with every pact URL when given
 * @param brokerCredentials sent with a pact URL only when it is the Broker's: under {@code
 *     broker}'s URL, or (without a broker) a Broker pact URL ({@code /pacts/provider/}); never to
 *     another host
 * @param caCertificate an extra CA to trust for pact URLs
 * @param broker the Broker to select pacts from, when no URL is given
 * @param clientCertificate offered to a pact URL's server that asks for one (mutual TLS)
 */
public record PactLocations(
    Optional<Path> directory,
    List<Path> files,
    List<URI> urls,
    Optional<Credentials> urlCredentials,
    Optional<Credentials> brokerCredentials,
    Optional<Path> caCertificate,
    Optional<PactBroker> broker,
    Optional<ClientCertificate> clientCertificate) {

  /**
   * Checks the components.
   *
   * @param directory a folder of pact files
   * @param files pact files
   * @param urls pact URLs
   * @param urlCredentials sent with every pact URL when given
   * @param brokerCredentials sent with a pact URL only when it is the Broker's: under {@code
   *     broker}'s URL, or (without a broker) a Broker pact URL ({@code /pacts/provider/}); never to
   *     another host
   * @param caCertificate an extra CA to trust for pact URLs
   * @param broker the Broker to select pacts from, when no URL is given
   * @param clientCertificate offered to a pact URL's server that asks for one (mutual TLS)
   */
  public PactLocations {
    requireNonNull(directory, "directory");
    files = List.copyOf(files);
    urls = List.copyOf(urls);
    requireNonNull(urlCredentials, "urlCredentials");
    requireNonNull(brokerCredentials, "brokerCredentials");
    requireNonNull(caCertificate, "caCertificate");
    requireNonNull(broker, "broker");
    requireNonNull(clientCertificate, "clientCertificate");
  }

  /**
   * Without a client certificate.
   *
   * @param directory a folder of pact files
   * @param files pact files
   * @param urls pact URLs
   * @param urlCredentials sent with every pact URL when given
   * @param brokerCredentials sent with a pact URL only when it is the Broker's
   * @param caCertificate an extra CA to trust for pact URLs
   * @param broker the Broker to select pacts from, when no URL is given
   */
  public PactLocations(
      Optional<Path> directory,
      List<Path> files,
      List<URI> urls,
      Optional<Credentials> urlCredentials,
      Optional<Credentials> brokerCredentials,
      Optional<Path> caCertificate,
      Optional<PactBroker> broker) {
    this(
        directory,
        files,
        urls,
        urlCredentials,
        brokerCredentials,
        caCertificate,
        broker,
        Optional.empty());
  }

  /**
   * Whether a file is one a folder's read lists: a {@code .json} file there, not in a subfolder
   * (one that does not exist is left to its own read, which says so).
   */
  private static boolean inFolder(Path file, Path folder) {
    Path parent = file.toAbsolutePath().normalize().getParent();
    return parent != null
        && parent.equals(folder.toAbsolutePath().normalize())
        && file.getFileName().toString().endsWith(".json")
        && java.nio.file.Files.isRegularFile(file);
  }

  /**
   * Whether pact URLs were given: then the Broker, if any, is not asked to select pacts.
   *
   * @return true when there are URLs
   */
  public boolean urlsGiven() {
    return !urls.isEmpty();
  }

  /**
   * The sources to read, in this order: the directory, the files, the URLs or else the Broker.
   *
   * @return the sources
   */
  public List<PactSource> sources() {
    List<PactSource> sources = new ArrayList<>();
    boolean explicit = !files.isEmpty() || urlsGiven() || broker.isPresent();
    Optional<Path> read = directory.filter(d -> !explicit || d.toFile().isDirectory());
    read.ifPresent(d -> sources.add(new PactSource.Directory(d)));
    // A file the directory's read gives already (the default pacts/ beside pactFiles naming one
    // of its files) is read once: twice, it was verified twice and reported under a second name.
    files.stream()
        .filter(f -> read.map(d -> !inFolder(f, d)).orElse(true))
        .forEach(f -> sources.add(new PactSource.PactFile(f)));
    if (urlsGiven()) {
      for (URI uri : urls) {
        Optional<Credentials> credentials =
            urlCredentials.isPresent() || !onBroker(uri) ? urlCredentials : brokerCredentials;
        sources.add(new PactSource.Url(uri, credentials, caCertificate, clientCertificate));
      }
    } else {
      broker.ifPresent(b -> sources.add(new BrokerSource(b)));
    }
    return sources;
  }

  private boolean onBroker(URI uri) {
    return broker.isPresent()
        ? uri.toString().startsWith(broker.get().url().toString())
        : uri.getPath() != null && uri.getPath().contains("/pacts/provider/");
  }
}

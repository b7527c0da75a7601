package io.pactcontainers.maven;

import io.pactcontainers.broker.BrokerSource;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.PactSource;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps {@code <pactDirectory>}, {@code <pactFiles>}, {@code <pactUrls>} and {@code <brokerUrl>}
 * onto the library's pact sources. Pact URLs win over the Broker's selection: a build triggered by
 * the Broker's {@code contract_requiring_verification_published} webhook verifies the one pact it
 * was given, and the Broker is then used only to publish to.
 */
final class PactSources {
  /**
   * @param broker the Broker, when {@code <brokerUrl>} is set
   */
  record Selection(List<PactSource> sources, Optional<PactBroker> broker, boolean urlsGiven) {}

  private PactSources() {}

  /**
   * @param urlCredentials from {@code <pactUrlsServerId>}
   * @param brokerCredentials the {@code <broker>} credentials, sent with a pact URL only when it is
   *     the Broker's: under {@code <brokerUrl>}, or (without one) a Broker pact URL ({@code
   *     /pacts/provider/})
   */
  static Selection map(
      File pactDirectory,
      List<File> pactFiles,
      List<String> pactUrls,
      Optional<Credentials> urlCredentials,
      Optional<Credentials> brokerCredentials,
      Optional<Path> caCertificate,
      Optional<PactBroker> broker)
      throws ConfigurationException {
    List<PactSource> sources = new ArrayList<>();
    boolean urlsGiven =
        pactUrls != null && pactUrls.stream().anyMatch(u -> !ProviderMapping.blank(u));
    boolean explicit = pactFiles != null && !pactFiles.isEmpty() || urlsGiven || broker.isPresent();
    if (pactDirectory != null && (!explicit || pactDirectory.isDirectory())) {
      sources.add(new PactSource.Directory(pactDirectory.toPath()));
    }
    if (pactFiles != null) {
      pactFiles.forEach(f -> sources.add(new PactSource.PactFile(f.toPath())));
    }
    if (urlsGiven) {
      for (String u : pactUrls) {
        if (ProviderMapping.blank(u)) {
          continue;
        }
        URI uri;
        try {
          uri = URI.create(u.trim());
          if (uri.getScheme() == null
              || !(uri.getScheme().startsWith("http") || uri.getScheme().equals("file"))) {
            throw new IllegalArgumentException();
          }
        } catch (IllegalArgumentException e) {
          throw new ConfigurationException("<pactUrls><pactUrl> is not a valid http(s) URL: " + u);
        }
        // A URL of the Broker (the one a webhook passes) is fetched with the Broker's credentials;
        // never another host.
        boolean onBroker =
            broker.isPresent()
                ? uri.toString().startsWith(broker.get().url().toString())
                : uri.getPath() != null && uri.getPath().contains("/pacts/provider/");
        Optional<Credentials> credentials =
            urlCredentials.isPresent() || !onBroker ? urlCredentials : brokerCredentials;
        sources.add(new PactSource.Url(uri, credentials, caCertificate));
      }
    } else if (broker.isPresent()) {
      sources.add(new BrokerSource(broker.get()));
    }
    return new Selection(sources, broker, urlsGiven);
  }
}

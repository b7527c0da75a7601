package io.pactcontainers.maven;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.PactLocations;
import io.pactcontainers.source.Credentials;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps {@code <pactDirectory>}, {@code <pactFiles>}, {@code <pactUrls>} and {@code <brokerUrl>}
 * onto the library's {@link PactLocations}, which decides what is read.
 */
final class PactSources {
  private PactSources() {}

  /**
   * @param urlCredentials from {@code <pactUrlsServerId>}
   * @param brokerCredentials the {@code <broker>} credentials
   */
  static PactLocations map(
      File pactDirectory,
      List<File> pactFiles,
      List<String> pactUrls,
      Optional<Credentials> urlCredentials,
      Optional<Credentials> brokerCredentials,
      Optional<Path> caCertificate,
      Optional<PactBroker> broker)
      throws ConfigurationException {
    List<URI> urls = new ArrayList<>();
    for (String u : pactUrls == null ? List.<String>of() : pactUrls) {
      if (!ProviderMapping.blank(u)) {
        urls.add(url(u));
      }
    }
    return new PactLocations(
        Optional.ofNullable(pactDirectory).map(File::toPath),
        pactFiles == null ? List.of() : pactFiles.stream().map(File::toPath).toList(),
        urls,
        urlCredentials,
        brokerCredentials,
        caCertificate,
        broker);
  }

  private static URI url(String u) throws ConfigurationException {
    try {
      URI uri = URI.create(u.trim());
      if (uri.getScheme() != null
          && (uri.getScheme().startsWith("http") || uri.getScheme().equals("file"))) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // said below, in POM terms
    }
    throw new ConfigurationException("<pactUrls><pactUrl> is not a valid http(s) URL: " + u);
  }
}

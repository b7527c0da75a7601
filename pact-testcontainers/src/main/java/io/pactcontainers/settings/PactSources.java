package io.pactcontainers.settings;

import static io.pactcontainers.settings.ProviderSettings.blank;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.PactLocations;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.HttpProxies;
import io.pactcontainers.source.HttpProxy;
import io.pactcontainers.source.PactSource;
import java.io.File;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules of where pacts come from: {@code pactDirectory}, {@code pactDirectories}, {@code
 * pactFiles}, {@code pactUrls} and {@code brokerUrl}, with the credentials met on the way. The
 * library's {@link PactLocations} decides what is read.
 */
final class PactSources {
  private final RawSettings raw;
  private final SettingNames names;
  private final BrokerSettings brokers;

  PactSources(RawSettings raw, SettingNames names, BrokerSettings brokers) {
    this.raw = raw;
    this.names = names;
    this.brokers = brokers;
  }

  /** Where the pacts come from, and the credentials met on the way (kept to be masked). */
  record Where(
      PactLocations selection,
      List<PactSource> sources,
      Optional<PactBroker> broker,
      Optional<Credentials> brokerCredentials,
      Optional<Credentials> urlCredentials) {}

  /**
   * @param met where the credentials met are added
   */
  Where where(List<Credentials> met) {
    Optional<Credentials> urlCredentials =
        blank(raw.pactUrlsServerId())
            ? Optional.empty()
            : Optional.of(brokers.server(raw.pactUrlsServerId(), names.of("pactUrlsServerId")));
    urlCredentials.ifPresent(met::add);
    RawSettings.Broker broker = EffectiveBroker.of(raw);
    Optional<PactBroker> pactBroker =
        blank(raw.brokerUrl())
            ? Optional.empty()
            : Optional.of(
                brokers.broker(
                    raw.brokerUrl(),
                    broker,
                    raw.consumerVersionSelectors(),
                    raw.providerBranch(),
                    raw.enablePending(),
                    raw.includeWipPactsSince()));
    Optional<Credentials> brokerCredentials =
        pactBroker.isPresent() ? pactBroker.get().credentials() : brokers.credentials(raw.broker());
    brokerCredentials.ifPresent(met::add);
    PactLocations selection =
        new PactLocations(
            Optional.ofNullable(raw.pactDirectory()).map(File::toPath),
            raw.pactFiles() == null
                ? List.of()
                : raw.pactFiles().stream().map(File::toPath).toList(),
            urls(),
            urlCredentials,
            brokerCredentials,
            Optional.ofNullable(
                raw.broker() == null || raw.broker().caCertificate() == null
                    ? null
                    : raw.broker().caCertificate().toPath()),
            pactBroker,
            urls().isEmpty() ? Optional.empty() : brokers.clientCertificate(raw.broker()));
    // Read only where something goes over HTTP: a proxy variable set for other tools is no
    // error for a run of local pact files.
    HttpProxies proxies =
        pactBroker.isPresent() || !urls().isEmpty() ? brokers.proxies() : HttpProxies.NONE;
    proxies.forHttp().flatMap(HttpProxy::credentials).ifPresent(met::add);
    proxies.forHttps().flatMap(HttpProxy::credentials).ifPresent(met::add);
    return new Where(
        selection,
        withMoreDirectories(throughProxies(selection.sources(), proxies)),
        pactBroker,
        brokerCredentials,
        urlCredentials);
  }

  /** The pact URLs reached through the proxies; the Broker has them already. */
  private static List<PactSource> throughProxies(List<PactSource> sources, HttpProxies proxies) {
    return sources.stream()
        .map(s -> s instanceof PactSource.Url u ? u.withProxies(proxies) : s)
        .toList();
  }

  private List<URI> urls() {
    List<URI> urls = new ArrayList<>();
    for (String u : raw.pactUrls() == null ? List.<String>of() : raw.pactUrls()) {
      if (!blank(u)) {
        urls.add(url(u));
      }
    }
    return urls;
  }

  private URI url(String u) {
    try {
      URI uri = URI.create(u.trim());
      if (uri.getScheme() != null
          && (uri.getScheme().startsWith("http") || uri.getScheme().equals("file"))) {
        return uri;
      }
    } catch (IllegalArgumentException e) {
      // said below, in the front end's words
    }
    throw new SettingsException(
        names.of("pactUrls", "pactUrl") + " is not a valid http(s) URL: " + u);
  }

  /**
   * {@code pactDirectories} after the sources the rest give: each must exist (a typo would
   * otherwise verify nothing from it, silently).
   */
  private List<PactSource> withMoreDirectories(List<PactSource> sources) {
    if (raw.pactDirectories() == null || raw.pactDirectories().isEmpty()) {
      return sources;
    }
    List<PactSource> all = new ArrayList<>();
    for (PactSource s : sources) {
      // The default folder counts only where it exists, beside folders given explicitly.
      if (!(s instanceof PactSource.Directory d) || d.path().toFile().isDirectory()) {
        all.add(s);
      }
    }
    for (File dir : raw.pactDirectories()) {
      if (!dir.isDirectory()) {
        throw new SettingsException(
            names.of("pactDirectories", "pactDirectory")
                + " "
                + dir
                + " is not a folder; check the path");
      }
      PactSource.Directory d = new PactSource.Directory(dir.toPath());
      if (!all.contains(d)) {
        all.add(d);
      }
    }
    return all;
  }
}

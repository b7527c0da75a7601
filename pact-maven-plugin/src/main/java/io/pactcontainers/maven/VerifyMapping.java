package io.pactcontainers.maven;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.PactLocations;
import io.pactcontainers.provider.ProviderTarget;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.InteractionFilter;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import java.io.File;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Maps the verify goal's configuration onto the library's {@link VerificationConfig}, checking what
 * the library cannot (unresolved expressions, numbers, contradictions) and naming the POM element
 * at fault.
 */
final class VerifyMapping {
  private VerifyMapping() {}

  static VerificationConfig map(VerifyMojo m) throws ConfigurationException {
    UnresolvedExpressions.check(m, m.mojoExecution);
    ProviderTarget target =
        ProviderMapping.target(m.provider, m.providerImage, m.providerBaseUrl, m.getLog()::info);
    Where where = where(m);
    PactLocations selection = where.selection();
    Optional<PactBroker> pactBroker = where.broker();
    if (selection.urlsGiven() && pactBroker.isPresent()) {
      m.getLog()
          .info(
              "Verifying the pact URL(s) given; the Pact Broker is not asked to select pacts"
                  + (m.publishResults ? ", only to take the results" : ""));
    }
    if (m.publishResults && pactBroker.isEmpty() && !selection.urlsGiven()) {
      throw new ConfigurationException(
          "<publishResults> needs <brokerUrl> or a pact URL from a Pact Broker (<pactUrls>):"
              + " results can only be published to a Pact Broker");
    }
    List<PactSource> sources = withMoreDirectories(selection.sources(), m);
    if (m.maxBodySize <= 0) {
      throw new ConfigurationException(
          "<maxBodySize> must be a positive number of MB, found " + m.maxBodySize);
    }
    if (m.shards < 1) {
      throw new ConfigurationException("<shards> must be at least 1, found " + m.shards);
    }
    if (m.requestTimeout <= 0) {
      throw new ConfigurationException(
          "<requestTimeout> must be a positive number of seconds, found " + m.requestTimeout);
    }
    VerificationConfig config =
        VerificationConfig.of(m.providerName, target, sources)
            .withFilter(filter(m))
            .withAllowEmpty(m.allowEmpty)
            .withRequestTimeout(Duration.ofSeconds(m.requestTimeout))
            .withOutputDirectory(m.outputFolder().toPath())
            .withShards(m.shards)
            .withJsonLimits(new io.pactcontainers.model.JsonLimits(m.maxBodySize * 1024L * 1024L));
    config = tls(m, config);
    ProviderMapping.checkUrlOrPath(m.stateChangeUrl, "<stateChangeUrl>");
    ProviderMapping.checkUrlOrPath(m.messageUrl, "<messageUrl>");
    if (!ProviderMapping.blank(m.stateChangeUrl)) {
      config =
          config.withStateChange(
              new StateChangeConfig(
                  m.stateChangeUrl.trim(), m.stateChangeUsesBody, m.stateChangeTeardown));
    }
    if (!ProviderMapping.blank(m.messageUrl)) {
      config = config.withMessageUrl(m.messageUrl.trim());
    }
    config = runControls(m, config);
    config = shaping(m, config);
    if (m.publishResults) {
      config = publishing(m, config, where);
    }
    return config;
  }

  /**
   * The consumers, description, state and last-failed selections. The last run's report is read
   * here, before anything starts: a missing one is an error of this setting.
   */
  private static InteractionFilter filter(VerifyMojo m) throws ConfigurationException {
    InteractionFilter f =
        new InteractionFilter(
            m.consumers == null ? List.of() : m.consumers,
            pattern(m.interactionDescription, "<interactionDescription>"),
            pattern(m.providerState, "<providerState>"));
    if (!m.lastFailed) {
      return f;
    }
    java.nio.file.Path report =
        m.outputFolder()
            .toPath()
            .resolve("reports")
            .resolve(io.pactcontainers.report.ReportWriter.fileName(m.providerName) + ".json");
    try {
      return f.withLastFailed(io.pactcontainers.verify.LastFailed.read(report, m.providerName));
    } catch (io.pactcontainers.verify.LastFailed.Unreadable e) {
      throw new ConfigurationException("-D" + PropertyNames.LAST_FAILED + ": " + e.getMessage());
    }
  }

  /** {@code <failFast>}, {@code <followRedirects>}, {@code <basePath>}, per-consumer states. */
  private static VerificationConfig runControls(VerifyMojo m, VerificationConfig config)
      throws ConfigurationException {
    ProviderMapping.checkUrlOrPath(m.basePath, "<basePath>");
    java.util.Map<String, StateChangeConfig> perConsumer = new java.util.LinkedHashMap<>();
    if (m.consumerStateChangeUrls != null) {
      for (var e : m.consumerStateChangeUrls.entrySet()) {
        String element = "<consumerStateChangeUrls><" + e.getKey() + ">";
        if (ProviderMapping.blank(e.getValue())) {
          throw new ConfigurationException(element + " is empty; give the consumer's state URL");
        }
        ProviderMapping.checkUrlOrPath(e.getValue(), element);
        perConsumer.put(
            e.getKey(),
            new StateChangeConfig(
                e.getValue().trim(), m.stateChangeUsesBody, m.stateChangeTeardown));
      }
    }
    return config
        .withFailFast(m.failFast)
        .withFollowRedirects(m.followRedirects)
        .withBasePath(m.basePath == null ? "" : m.basePath)
        .withConsumerStateChanges(perConsumer);
  }

  /**
   * {@code <pactDirectories>} after the sources {@code <pactDirectory>} and the rest give: each
   * must exist (a typo would otherwise verify nothing from it, silently).
   */
  private static List<PactSource> withMoreDirectories(List<PactSource> sources, VerifyMojo m)
      throws ConfigurationException {
    if (m.pactDirectories == null || m.pactDirectories.isEmpty()) {
      return sources;
    }
    List<PactSource> all = new java.util.ArrayList<>();
    for (PactSource s : sources) {
      // The default folder counts only where it exists, beside folders given explicitly.
      if (!(s instanceof PactSource.Directory d) || d.path().toFile().isDirectory()) {
        all.add(s);
      }
    }
    for (java.io.File dir : m.pactDirectories) {
      if (!dir.isDirectory()) {
        throw new ConfigurationException(
            "<pactDirectories><pactDirectory> " + dir + " is not a folder; check the path");
      }
      PactSource.Directory d = new PactSource.Directory(dir.toPath());
      if (!all.contains(d)) {
        all.add(d);
      }
    }
    return all;
  }

  /** Where the pacts come from, and the credentials met on the way (kept to be masked). */
  private record Where(
      PactLocations selection,
      Optional<PactBroker> broker,
      Optional<Credentials> brokerCredentials,
      Optional<Credentials> urlCredentials) {}

  private static Where where(VerifyMojo m) throws ConfigurationException {
    Optional<Credentials> urlCredentials =
        ProviderMapping.blank(m.pactUrlsServerId)
            ? Optional.empty()
            : Optional.of(
                BrokerMapping.serverCredentials(
                    m.pactUrlsServerId, "<pactUrlsServerId>", m.settings, m.settingsDecrypter));
    urlCredentials.ifPresent(m.credentialsInUse::add);
    Optional<PactBroker> pactBroker =
        ProviderMapping.blank(m.brokerUrl)
            ? Optional.empty()
            : Optional.of(
                BrokerMapping.config(
                    m.brokerUrl,
                    m.brokerConfiguration(),
                    m.consumerVersionSelectors,
                    m.providerBranch,
                    m.enablePending,
                    m.includeWipPactsSince,
                    m.settings,
                    m.settingsDecrypter,
                    m.brokerEnvironment()));
    Optional<Credentials> brokerCredentials =
        pactBroker.isPresent()
            ? pactBroker.get().credentials()
            : BrokerMapping.credentials(
                m.broker, m.settings, m.settingsDecrypter, m.brokerEnvironment());
    brokerCredentials.ifPresent(m.credentialsInUse::add);
    PactLocations selection =
        PactSources.map(
            m.pactDirectory,
            m.pactFiles,
            m.pactUrls,
            urlCredentials,
            brokerCredentials,
            Optional.ofNullable(
                m.broker == null || m.broker.caCertificate == null
                    ? null
                    : m.broker.caCertificate.toPath()),
            pactBroker);
    return new Where(selection, pactBroker, brokerCredentials, urlCredentials);
  }

  private static Optional<Pattern> pattern(String regex, String element)
      throws ConfigurationException {
    if (ProviderMapping.blank(regex)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      throw new ConfigurationException(
          element + " is not a valid regular expression: " + e.getDescription() + " in " + regex);
    }
  }

  private static VerificationConfig tls(VerifyMojo m, VerificationConfig config)
      throws ConfigurationException {
    if (m.provider != null && (m.provider.caCertificate != null || m.provider.insecureTls)) {
      if (m.provider.caCertificate != null && !m.provider.caCertificate.isFile()) {
        throw new ConfigurationException(
            "<provider><caCertificate> not found: "
                + m.provider.caCertificate
                + "; give the PEM file of"
                + " the CA that signed the provider's certificate");
      }
      if (m.provider.caCertificate != null && m.provider.insecureTls) {
        throw new ConfigurationException(
            "<provider><caCertificate> and <provider><insecureTls> contradict each other; keep"
                + " <caCertificate>, which checks the certificate");
      }
      config =
          config.withProviderTls(
              new VerificationConfig.ProviderTls(
                  Optional.ofNullable(m.provider.caCertificate).map(File::toPath),
                  m.provider.insecureTls));
    }
    return config;
  }

  private static VerificationConfig publishing(VerifyMojo m, VerificationConfig config, Where where)
      throws ConfigurationException {
    Optional<PactBroker> pactBroker = where.broker();
    Optional<Credentials> brokerCredentials = where.brokerCredentials();
    Optional<Credentials> urlCredentials = where.urlCredentials();
    PactBroker publishTo =
        pactBroker.isPresent()
            ? pactBroker.get()
            : BrokerMapping.forPactUrl(
                URI.create(
                    m.pactUrls.stream()
                        .filter(u -> !ProviderMapping.blank(u))
                        .findFirst()
                        .orElseThrow()
                        .trim()),
                m.brokerConfiguration(),
                brokerCredentials.or(() -> urlCredentials),
                m.settings,
                m.settingsDecrypter,
                m.brokerEnvironment());
    return config.withPublishing(
        BrokerMapping.publishing(
            m.publishedProviderVersion(),
            m.providerBranch,
            m.buildUrl,
            m.brokerConfiguration(),
            publishTo));
  }

  /**
   * The values Maven may have interpolated into the POM: the environment, {@code -D} properties and
   * the project's properties.
   */
  private static List<String> interpolationValues(VerifyMojo m) {
    List<String> values = new java.util.ArrayList<>(System.getenv().values());
    System.getProperties().values().forEach(v -> values.add(String.valueOf(v)));
    if (m.project != null) {
      m.project.getProperties().values().forEach(v -> values.add(String.valueOf(v)));
    }
    return values;
  }

  /** The headers (commands run now, once) and the user's request filter. */
  private static VerificationConfig shaping(VerifyMojo m, VerificationConfig config)
      throws ConfigurationException {
    VerificationConfig shaped = config;
    for (RequestHeader h :
        RequestShaping.headers(
            m.headers,
            m.requestHeaders,
            m.secretHeaderNames(),
            m.projectDirectory(),
            interpolationValues(m))) {
      shaped = shaped.withRequestHeader(h);
    }
    if (!ProviderMapping.blank(m.requestFilter)) {
      shaped =
          shaped.withRequestFilter(
              RequestShaping.filter(
                  m.requestFilter, m.testClasspath(), VerifyMapping.class.getClassLoader()));
    }
    return shaped;
  }
}

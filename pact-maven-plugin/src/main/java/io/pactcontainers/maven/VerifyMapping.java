package io.pactcontainers.maven;

import static java.util.Objects.requireNonNull;

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

  /**
   * The configuration of a verification, and the credentials met on the way (kept to be masked).
   *
   * @param config the library's configuration
   * @param credentials every credential the parameters lead to: their secrets are masked in
   *     everything the run leaves
   */
  record Mapped(VerificationConfig config, List<Credentials> credentials)
      implements MaskedRun.Masked {
    Mapped {
      requireNonNull(config, "config");
      credentials = List.copyOf(credentials);
    }

    @Override
    public SecretMasking masking() {
      return SecretMasking.of(credentials, config.requestHeaders());
    }
  }

  /**
   * Maps the parameters, checked first for expressions Maven could not resolve.
   *
   * @param alsoChecked more of the goal's parameters (the matrix's own), checked with them
   */
  static Mapped map(VerifyParameters p, GoalContext c, Object... alsoChecked)
      throws ConfigurationException {
    List<Object> checked = new java.util.ArrayList<>(List.of(p));
    checked.addAll(List.of(alsoChecked));
    UnresolvedExpressions.check(checked, c.execution());
    ProviderTarget target =
        ProviderMapping.target(p.provider(), p.providerImage(), p.providerBaseUrl(), c.info());
    List<Credentials> credentials = new java.util.ArrayList<>();
    Where where = where(p, c, credentials);
    PactLocations selection = where.selection();
    Optional<PactBroker> pactBroker = where.broker();
    if (selection.urlsGiven() && pactBroker.isPresent()) {
      c.info()
          .accept(
              "Verifying the pact URL(s) given; the Pact Broker is not asked to select pacts"
                  + (p.publishResults() ? ", only to take the results" : ""));
    }
    if (p.publishResults() && pactBroker.isEmpty() && !selection.urlsGiven()) {
      throw new ConfigurationException(
          "<publishResults> needs <brokerUrl> or a pact URL from a Pact Broker (<pactUrls>):"
              + " results can only be published to a Pact Broker");
    }
    List<PactSource> sources = withMoreDirectories(selection.sources(), p);
    checkNumbers(p);
    VerificationConfig config =
        VerificationConfig.of(p.providerName(), target, sources)
            .withFilter(filter(p, c))
            .withAllowEmpty(p.allowEmpty())
            .withRequestTimeout(Duration.ofSeconds(p.requestTimeout()))
            .withOutputDirectory(c.outputFolder().toPath())
            .withShards(p.shards())
            .withJsonLimits(
                new io.pactcontainers.model.JsonLimits(p.maxBodySize() * 1024L * 1024L));
    config = tls(p, config);
    ProviderMapping.checkUrlOrPath(p.stateChangeUrl(), "<stateChangeUrl>");
    ProviderMapping.checkUrlOrPath(p.messageUrl(), "<messageUrl>");
    if (!ProviderMapping.blank(p.stateChangeUrl())) {
      config =
          config.withStateChange(
              new StateChangeConfig(
                  p.stateChangeUrl().trim(), p.stateChangeUsesBody(), p.stateChangeTeardown()));
    }
    if (!ProviderMapping.blank(p.messageUrl())) {
      config = config.withMessageUrl(p.messageUrl().trim());
    }
    config = runControls(p, config);
    config = shaping(p, c, config);
    if (p.publishResults()) {
      config = publishing(p, c, config, where);
    }
    return new Mapped(config, credentials);
  }

  private static void checkNumbers(VerifyParameters p) throws ConfigurationException {
    if (p.maxBodySize() <= 0) {
      throw new ConfigurationException(
          "<maxBodySize> must be a positive number of MB, found " + p.maxBodySize());
    }
    if (p.shards() < 1) {
      throw new ConfigurationException("<shards> must be at least 1, found " + p.shards());
    }
    if (p.requestTimeout() <= 0) {
      throw new ConfigurationException(
          "<requestTimeout> must be a positive number of seconds, found " + p.requestTimeout());
    }
  }

  /**
   * The consumers, description, state and last-failed selections. The last run's report is read
   * here, before anything starts: a missing one is an error of this setting.
   */
  private static InteractionFilter filter(VerifyParameters p, GoalContext c)
      throws ConfigurationException {
    InteractionFilter f =
        new InteractionFilter(
            p.consumers() == null ? List.of() : p.consumers(),
            pattern(p.interactionDescription(), "<interactionDescription>"),
            pattern(p.providerState(), "<providerState>"));
    if (!p.lastFailed()) {
      return f;
    }
    java.nio.file.Path report =
        c.outputFolder()
            .toPath()
            .resolve("reports")
            .resolve(io.pactcontainers.report.ReportWriter.fileName(p.providerName()) + ".json");
    try {
      return f.withLastFailed(io.pactcontainers.verify.LastFailed.read(report, p.providerName()));
    } catch (io.pactcontainers.verify.LastFailed.Unreadable e) {
      throw new ConfigurationException("-D" + PropertyNames.LAST_FAILED + ": " + e.getMessage());
    }
  }

  /** {@code <failFast>}, {@code <followRedirects>}, {@code <basePath>}, per-consumer states. */
  private static VerificationConfig runControls(VerifyParameters p, VerificationConfig config)
      throws ConfigurationException {
    ProviderMapping.checkUrlOrPath(p.basePath(), "<basePath>");
    java.util.Map<String, StateChangeConfig> perConsumer = new java.util.LinkedHashMap<>();
    if (p.consumerStateChangeUrls() != null) {
      for (var e : p.consumerStateChangeUrls().entrySet()) {
        String element = "<consumerStateChangeUrls><" + e.getKey() + ">";
        if (ProviderMapping.blank(e.getValue())) {
          throw new ConfigurationException(element + " is empty; give the consumer's state URL");
        }
        ProviderMapping.checkUrlOrPath(e.getValue(), element);
        perConsumer.put(
            e.getKey(),
            new StateChangeConfig(
                e.getValue().trim(), p.stateChangeUsesBody(), p.stateChangeTeardown()));
      }
    }
    return config
        .withFailFast(p.failFast())
        .withFollowRedirects(p.followRedirects())
        .withBasePath(p.basePath() == null ? "" : p.basePath())
        .withConsumerStateChanges(perConsumer);
  }

  /**
   * {@code <pactDirectories>} after the sources {@code <pactDirectory>} and the rest give: each
   * must exist (a typo would otherwise verify nothing from it, silently).
   */
  private static List<PactSource> withMoreDirectories(List<PactSource> sources, VerifyParameters p)
      throws ConfigurationException {
    if (p.pactDirectories() == null || p.pactDirectories().isEmpty()) {
      return sources;
    }
    List<PactSource> all = new java.util.ArrayList<>();
    for (PactSource s : sources) {
      // The default folder counts only where it exists, beside folders given explicitly.
      if (!(s instanceof PactSource.Directory d) || d.path().toFile().isDirectory()) {
        all.add(s);
      }
    }
    for (java.io.File dir : p.pactDirectories()) {
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

  private static Where where(VerifyParameters p, GoalContext c, List<Credentials> met)
      throws ConfigurationException {
    Optional<Credentials> urlCredentials =
        ProviderMapping.blank(p.pactUrlsServerId())
            ? Optional.empty()
            : Optional.of(
                BrokerMapping.serverCredentials(
                    p.pactUrlsServerId(),
                    "<pactUrlsServerId>",
                    c.settings(),
                    c.settingsDecrypter()));
    urlCredentials.ifPresent(met::add);
    Optional<PactBroker> pactBroker =
        ProviderMapping.blank(p.brokerUrl())
            ? Optional.empty()
            : Optional.of(
                BrokerMapping.config(
                    p.brokerUrl(),
                    p.effectiveBroker(),
                    p.consumerVersionSelectors(),
                    p.providerBranch(),
                    p.enablePending(),
                    p.includeWipPactsSince(),
                    c.settings(),
                    c.settingsDecrypter(),
                    p.brokerEnvironment(c.environment())));
    Optional<Credentials> brokerCredentials =
        pactBroker.isPresent()
            ? pactBroker.get().credentials()
            : BrokerMapping.credentials(
                p.broker(),
                c.settings(),
                c.settingsDecrypter(),
                p.brokerEnvironment(c.environment()));
    brokerCredentials.ifPresent(met::add);
    PactLocations selection =
        PactSources.map(
            p.pactDirectory(),
            p.pactFiles(),
            p.pactUrls(),
            urlCredentials,
            brokerCredentials,
            Optional.ofNullable(
                p.broker() == null || p.broker().caCertificate == null
                    ? null
                    : p.broker().caCertificate.toPath()),
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

  private static VerificationConfig tls(VerifyParameters p, VerificationConfig config)
      throws ConfigurationException {
    if (p.provider() != null && (p.provider().caCertificate != null || p.provider().insecureTls)) {
      if (p.provider().caCertificate != null && !p.provider().caCertificate.isFile()) {
        throw new ConfigurationException(
            "<provider><caCertificate> not found: "
                + p.provider().caCertificate
                + "; give the PEM file of"
                + " the CA that signed the provider's certificate");
      }
      if (p.provider().caCertificate != null && p.provider().insecureTls) {
        throw new ConfigurationException(
            "<provider><caCertificate> and <provider><insecureTls> contradict each other; keep"
                + " <caCertificate>, which checks the certificate");
      }
      config =
          config.withProviderTls(
              new VerificationConfig.ProviderTls(
                  Optional.ofNullable(p.provider().caCertificate).map(File::toPath),
                  p.provider().insecureTls));
    }
    return config;
  }

  private static VerificationConfig publishing(
      VerifyParameters p, GoalContext c, VerificationConfig config, Where where)
      throws ConfigurationException {
    Optional<PactBroker> pactBroker = where.broker();
    Optional<Credentials> brokerCredentials = where.brokerCredentials();
    Optional<Credentials> urlCredentials = where.urlCredentials();
    PactBroker publishTo =
        pactBroker.isPresent()
            ? pactBroker.get()
            : BrokerMapping.forPactUrl(
                URI.create(
                    p.pactUrls().stream()
                        .filter(u -> !ProviderMapping.blank(u))
                        .findFirst()
                        .orElseThrow()
                        .trim()),
                p.effectiveBroker(),
                brokerCredentials.or(() -> urlCredentials),
                c.settings(),
                c.settingsDecrypter(),
                p.brokerEnvironment(c.environment()));
    return config.withPublishing(
        BrokerMapping.publishing(
            p.publishedProviderVersion(),
            p.providerBranch(),
            p.buildUrl(),
            p.effectiveBroker(),
            publishTo));
  }

  /** The headers (commands run now, once) and the user's request filter. */
  private static VerificationConfig shaping(
      VerifyParameters p, GoalContext c, VerificationConfig config) throws ConfigurationException {
    VerificationConfig shaped = config;
    for (RequestHeader h :
        RequestShaping.headers(
            p.headers(),
            p.requestHeaders(),
            p.secretHeaderNames(),
            c.projectDirectory(),
            c.interpolationValues())) {
      shaped = shaped.withRequestHeader(h);
    }
    if (!ProviderMapping.blank(p.requestFilter())) {
      shaped =
          shaped.withRequestFilter(
              RequestShaping.filter(
                  p.requestFilter(),
                  c.testClasspath().get(),
                  VerifyMapping.class.getClassLoader()));
    }
    return shaped;
  }
}

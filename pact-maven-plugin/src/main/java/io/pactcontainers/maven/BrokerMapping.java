package io.pactcontainers.maven;

import io.pactcontainers.broker.ConsumerVersionSelector;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.ProviderVersion;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.verify.VerificationConfig;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Maps the Broker parameters and credentials (settings.xml or environment) onto the library's
 * PactBroker.
 */
final class BrokerMapping {
  private BrokerMapping() {}

  static PactBroker config(
      String url,
      BrokerConfiguration broker,
      String selectorsJson,
      String providerBranch,
      boolean enablePending,
      String wipSince,
      Settings settings,
      SettingsDecrypter decrypter,
      Map<String, String> env)
      throws ConfigurationException {
    BrokerConfiguration b = broker == null ? new BrokerConfiguration() : broker;
    URI uri;
    try {
      uri = URI.create(url.trim().endsWith("/") ? url.trim() : url.trim() + "/");
      if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().startsWith("http")) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("<brokerUrl> is not an http(s) URL: " + url);
    }
    if (uri.getUserInfo() != null) {
      throw new ConfigurationException(
          "<brokerUrl> must not contain credentials; put them in settings.xml (<broker><serverId>) or in "
              + b.tokenEnvironmentVariable);
    }
    String branch = ProviderMapping.blank(providerBranch) ? null : providerBranch.trim();
    PactBroker config =
        PactBroker.of(uri)
            .withSelectors(selectors(selectorsJson, b.consumerVersionSelectors, branch != null))
            .withProviderBranch(branch)
            .withProviderTags(b.providerTags == null ? List.of() : b.providerTags)
            .withPending(enablePending)
            .withWipPactsSince(ProviderMapping.blank(wipSince) ? null : wipSince.trim())
            .withCaCertificate(b.caCertificate == null ? null : b.caCertificate.toPath())
            .withTimeout(Duration.ofSeconds(Math.max(1, b.timeout)))
            .withRetries(Math.max(0, b.retries));
    if (b.caCertificate != null && !b.caCertificate.isFile()) {
      throw new ConfigurationException("<broker><caCertificate> not found: " + b.caCertificate);
    }
    if (!ProviderMapping.blank(wipSince) && !enablePending) {
      throw new ConfigurationException(
          "<includeWipPactsSince> needs <enablePending>true</enablePending>: WIP pacts are always pending");
    }
    return withAccess(config, b, settings, decrypter, env);
  }

  /**
   * The Broker a pact URL belongs to, for publishing the results of a webhook-triggered build that
   * names no {@code <brokerUrl>}: the URL's part before {@code /pacts/provider/}, with the {@code
   * <broker>} credentials and CA (or {@code <pactUrlsServerId>}'s credentials).
   */
  static PactBroker forPactUrl(
      URI pactUrl,
      BrokerConfiguration broker,
      Optional<Credentials> pactUrlCredentials,
      Settings settings,
      SettingsDecrypter decrypter,
      Map<String, String> env)
      throws ConfigurationException {
    BrokerConfiguration b = broker == null ? new BrokerConfiguration() : broker;
    PactBroker config;
    try {
      config = PactBroker.forPactUrl(pactUrl);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          "<publishResults> with <pactUrls> needs pact URLs served by a Pact Broker, or <brokerUrl>: "
              + e.getMessage());
    }
    config =
        config
            .withTimeout(Duration.ofSeconds(Math.max(1, b.timeout)))
            .withRetries(Math.max(0, b.retries))
            .withCaCertificate(b.caCertificate == null ? null : b.caCertificate.toPath());
    config = withAccess(config, b, settings, decrypter, env);
    return config.credentials().isEmpty() && pactUrlCredentials.isPresent()
        ? config.withCredentials(pactUrlCredentials.get())
        : config;
  }

  private static PactBroker withAccess(
      PactBroker config,
      BrokerConfiguration b,
      Settings settings,
      SettingsDecrypter decrypter,
      Map<String, String> env)
      throws ConfigurationException {
    Optional<Credentials> credentials = credentialsOf(b, settings, decrypter, env);
    return credentials.isPresent() ? config.withCredentials(credentials.get()) : config;
  }

  /** The library's Broker error in POM terms: a timeout names the settings that govern it. */
  static String message(io.pactcontainers.broker.BrokerException e) {
    return e.getMessage()
        + (e.timedOut()
            ? "; if the Broker is just slow, raise <broker><timeout> (seconds); <broker><retries> sets"
                + " how often a read is tried again (a timed-out read at most once more)"
            : "");
  }

  /** What to publish with: the provider version, its branch and tags, the build URL. */
  static VerificationConfig.Publishing publishing(
      String version,
      String branch,
      String buildUrl,
      BrokerConfiguration broker,
      PactBroker publishTo)
      throws ConfigurationException {
    if (ProviderMapping.blank(version)) {
      throw new ConfigurationException(
          "<providerVersion> is needed to publish results; set -D"
              + PropertyNames.PROVIDER_VERSION);
    }
    BrokerConfiguration b = broker == null ? new BrokerConfiguration() : broker;
    return new VerificationConfig.Publishing(
        new ProviderVersion(
            version.trim(),
            Optional.ofNullable(ProviderMapping.blank(branch) ? null : branch.trim()),
            b.providerTags == null ? List.of() : b.providerTags,
            Optional.ofNullable(ProviderMapping.blank(buildUrl) ? null : buildUrl.trim())),
        b.failIfPublishFails,
        PluginVersion.get(),
        Optional.of(publishTo));
  }

  private static Credentials header(String name, String value) throws ConfigurationException {
    try {
      return new Credentials.Header(name.trim(), value);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("<broker><authHeaderName>: " + e.getMessage());
    }
  }

  /**
   * Credentials from a settings.xml {@code <server>}, its password decrypted: password alone is a
   * bearer token.
   */
  static Credentials serverCredentials(
      String id, String element, Settings settings, SettingsDecrypter decrypter)
      throws ConfigurationException {
    Server server = settings == null ? null : settings.getServer(id);
    if (server == null) {
      throw new ConfigurationException(
          element
              + " "
              + id
              + " has no <server> in settings.xml; add one with"
              + " <username> and <password>, or <password> alone for a bearer token");
    }
    if (decrypter != null) {
      SettingsDecryptionResult r = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
      for (SettingsProblem p : r.getProblems()) {
        if (p.getSeverity() != SettingsProblem.Severity.WARNING) {
          throw new ConfigurationException(
              "Cannot decrypt the password of <server> "
                  + id
                  + " in settings.xml: "
                  + p.getMessage()
                  + "; check settings-security.xml");
        }
      }
      server = r.getServer();
    }
    if (server.getPassword() == null || server.getPassword().isEmpty()) {
      throw new ConfigurationException("<server> " + id + " in settings.xml has no <password>");
    }
    return ProviderMapping.blank(server.getUsername())
        ? new Credentials.Bearer(server.getPassword())
        : new Credentials.Basic(server.getUsername(), server.getPassword());
  }

  private static List<ConsumerVersionSelector> selectors(
      String json, List<SelectorConfiguration> pom, boolean providerBranchGiven)
      throws ConfigurationException {
    if (!ProviderMapping.blank(json)) {
      List<ConsumerVersionSelector> parsed;
      try {
        parsed = ConsumerVersionSelector.parseAll(json);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException(
            "-D" + PropertyNames.BROKER_SELECTORS + ": " + e.getMessage());
      }
      for (int i = 0; i < parsed.size(); i++) {
        List<String> problems = parsed.get(i).problems(providerBranchGiven);
        if (!problems.isEmpty()) {
          throw new ConfigurationException(
              "-D"
                  + PropertyNames.BROKER_SELECTORS
                  + ": selector $["
                  + i
                  + "] "
                  + json(parsed.get(i))
                  + " would be rejected by the Pact Broker: "
                  + String.join("; ", problems)
                  + branchHint(problems));
        }
      }
      return parsed;
    }
    List<ConsumerVersionSelector> out = new ArrayList<>();
    if (pom != null) {
      for (SelectorConfiguration s : pom) {
        ConsumerVersionSelector selector =
            new ConsumerVersionSelector(
                s.mainBranch,
                s.branch,
                s.matchingBranch,
                s.tag,
                s.latest,
                s.fallbackTag,
                s.fallbackBranch,
                s.consumer,
                s.deployed,
                s.released,
                s.deployedOrReleased,
                s.environment);
        if (selector.toJson().isEmpty()) {
          throw new ConfigurationException(
              "<broker><consumerVersionSelectors><selector> #"
                  + (out.size() + 1)
                  + " is empty; set e.g. <mainBranch>true</mainBranch>");
        }
        List<String> problems = selector.problems(providerBranchGiven);
        if (!problems.isEmpty()) {
          throw new ConfigurationException(
              "<broker><consumerVersionSelectors><selector> #"
                  + (out.size() + 1)
                  + " "
                  + json(selector)
                  + " would be rejected by the Pact Broker: "
                  + String.join("; ", problems)
                  + branchHint(problems));
        }
        out.add(selector);
      }
    }
    return out;
  }

  private static String json(ConsumerVersionSelector s) {
    StringBuilder sb = new StringBuilder("{");
    s.toJson()
        .forEach(
            (k, v) ->
                sb.append(sb.length() > 1 ? ", " : "")
                    .append(k)
                    .append(": ")
                    .append(v instanceof String ? "\"" + v + "\"" : v));
    return sb.append('}').toString();
  }

  private static String branchHint(List<String> problems) {
    return problems.stream().anyMatch(p -> p.contains("needs the provider's branch"))
        ? "; set <providerBranch> (-D" + PropertyNames.PROVIDER_BRANCH + ")"
        : "";
  }

  /**
   * The {@code <broker>} credentials (settings.xml server, or the environment), for pact URLs
   * served by the Broker.
   */
  static Optional<Credentials> credentials(
      BrokerConfiguration broker,
      Settings settings,
      SettingsDecrypter decrypter,
      Map<String, String> env)
      throws ConfigurationException {
    return credentialsOf(
        broker == null ? new BrokerConfiguration() : broker, settings, decrypter, env);
  }

  private static Optional<Credentials> credentialsOf(
      BrokerConfiguration b,
      Settings settings,
      SettingsDecrypter decrypter,
      Map<String, String> env)
      throws ConfigurationException {
    if (!ProviderMapping.blank(b.serverId)) {
      Credentials c = serverCredentials(b.serverId, "<broker><serverId>", settings, decrypter);
      return Optional.of(
          ProviderMapping.blank(b.authHeaderName)
              ? c
              : header(
                  b.authHeaderName,
                  c instanceof Credentials.Bearer bearer
                      ? bearer.token()
                      : ((Credentials.Basic) c).password()));
    }
    String token = env.get(b.tokenEnvironmentVariable);
    if (!ProviderMapping.blank(token)) {
      return Optional.of(
          ProviderMapping.blank(b.authHeaderName)
              ? new Credentials.Bearer(token.trim())
              : header(b.authHeaderName, token.trim()));
    }
    if (!ProviderMapping.blank(b.authHeaderName)) {
      throw new ConfigurationException(
          "<broker><authHeaderName> "
              + b.authHeaderName
              + " has no value: put it in the <password> of"
              + " the settings.xml <server> named by <broker><serverId>, or in the environment variable "
              + b.tokenEnvironmentVariable);
    }
    String user = env.get(b.usernameEnvironmentVariable);
    String password = env.get(b.passwordEnvironmentVariable);
    if (!ProviderMapping.blank(user) && password != null) {
      return Optional.of(new Credentials.Basic(user, password));
    }
    return Optional.empty();
  }
}

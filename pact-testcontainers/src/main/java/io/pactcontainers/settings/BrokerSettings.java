package io.pactcontainers.settings;

import static io.pactcontainers.settings.ProviderSettings.blank;

import io.pactcontainers.broker.BrokerException;
import io.pactcontainers.broker.ConsumerVersionSelector;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.ProviderVersion;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.HttpProxies;
import io.pactcontainers.verify.Publishing;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules of the Broker settings: its URL, access (a server's credentials, or the environment),
 * selectors, pending and WIP pacts, and what results are published with. Every front end's Broker
 * goes through here, the Broker goals' too.
 */
public final class BrokerSettings {
  private final SettingNames names;
  private final ServerCredentials servers;
  private final Map<String, String> environment;

  /**
   * Rules speaking the front end's words.
   *
   * @param names how the front end writes a setting
   * @param servers the credentials the front end keeps by server id
   * @param environment the environment variables (credentials are read from those {@code broker}
   *     names)
   */
  public BrokerSettings(
      SettingNames names, ServerCredentials servers, Map<String, String> environment) {
    this.names = names;
    this.servers = servers;
    this.environment = Map.copyOf(environment);
  }

  /**
   * The same rules with the Broker's credentials given as properties ({@code -Dpact.broker.token},
   * {@code .username}, {@code .password}, or pact-jvm's {@code pactbroker.auth.*}): each stands for
   * the environment variable {@code broker} names, so a server id still wins over them. The verify
   * goal and the Broker goals read them alike.
   *
   * @param broker {@code broker}; null: the defaults
   * @param token the token given; blank: none
   * @param username the user given; blank: none
   * @param password the password given with the user
   * @return the rules reading those credentials
   */
  public BrokerSettings withCredentials(
      RawSettings.Broker broker, String token, String username, String password) {
    RawSettings.Broker b = broker == null ? RawSettings.Broker.DEFAULTS : broker;
    Map<String, String> env = new java.util.HashMap<>(environment);
    if (!blank(token)) {
      env.put(b.tokenEnvironmentVariable(), token);
    }
    if (!blank(username)) {
      env.put(b.usernameEnvironmentVariable(), username);
      env.put(b.passwordEnvironmentVariable(), password == null ? "" : password);
    }
    return new BrokerSettings(names, servers, env);
  }

  /**
   * The Broker of a goal that only talks to it (can-i-deploy, the deployment records): its URL,
   * access and retries ({@code -Dpact.broker.retries} instead of {@code broker}'s when given).
   *
   * @param url {@code brokerUrl}
   * @param broker {@code broker}; null: the defaults
   * @param retries the retries given as a property; null: {@code broker}'s
   * @return the Broker, checked
   */
  public PactBroker goalBroker(String url, RawSettings.Broker broker, Integer retries) {
    return broker(url, EffectiveBroker.withRetries(broker, retries), null, null, false, null);
  }

  /**
   * The Broker that selects the pacts.
   *
   * @param url {@code brokerUrl}
   * @param broker {@code broker}; null: the defaults
   * @param selectorsJson {@code consumerVersionSelectors} as JSON; null: {@code broker}'s
   * @param providerBranch {@code providerBranch}
   * @param enablePending {@code enablePending}
   * @param wipSince {@code includeWipPactsSince}
   * @return the Broker, checked
   */
  public PactBroker broker(
      String url,
      RawSettings.Broker broker,
      String selectorsJson,
      String providerBranch,
      boolean enablePending,
      String wipSince) {
    RawSettings.Broker b = broker == null ? RawSettings.Broker.DEFAULTS : broker;
    URI uri = url(url, b);
    if (b.caCertificate() != null && !b.caCertificate().isFile()) {
      throw new SettingsException(
          names.of("broker", "caCertificate") + " not found: " + b.caCertificate());
    }
    if (!blank(wipSince) && !enablePending) {
      throw new SettingsException(
          names.of("includeWipPactsSince")
              + " needs "
              + names.example("true", "enablePending")
              + ": WIP pacts are always pending");
    }
    String branch = blank(providerBranch) ? null : providerBranch.trim();
    PactBroker config =
        PactBroker.of(uri)
            .withSelectors(
                new SelectorSettings(names)
                    .selectors(selectorsJson, b.consumerVersionSelectors(), branch != null))
            .withProviderBranch(branch)
            .withProviderTags(b.providerTags() == null ? List.of() : b.providerTags())
            .withPending(enablePending)
            .withWipPactsSince(blank(wipSince) ? null : wipSince.trim());
    return withAccess(config, b);
  }

  private URI url(String url, RawSettings.Broker b) {
    URI uri;
    try {
      uri = URI.create(url.trim().endsWith("/") ? url.trim() : url.trim() + "/");
      if (uri.getScheme() == null || uri.getHost() == null || !uri.getScheme().startsWith("http")) {
        throw new IllegalArgumentException();
      }
    } catch (IllegalArgumentException e) {
      throw new SettingsException(names.of("brokerUrl") + " is not an http(s) URL: " + url);
    }
    if (uri.getUserInfo() != null) {
      throw new SettingsException(
          names.of("brokerUrl")
              + " must not contain credentials; put them in "
              + names.server(names.of("broker", "serverId"))
              + " or in "
              + b.tokenEnvironmentVariable());
    }
    return uri;
  }

  /**
   * The Broker a pact URL belongs to, for publishing the results of a webhook-triggered build that
   * names no {@code brokerUrl}: the URL's part before {@code /pacts/provider/}, with the {@code
   * broker} credentials and CA (or the pact URLs' credentials).
   *
   * @param pactUrl a pact URL the Broker serves
   * @param broker {@code broker}; null: the defaults
   * @param pactUrlCredentials the credentials of the pact URLs
   * @return the Broker to publish to
   */
  public PactBroker forPactUrl(
      URI pactUrl, RawSettings.Broker broker, Optional<Credentials> pactUrlCredentials) {
    RawSettings.Broker b = broker == null ? RawSettings.Broker.DEFAULTS : broker;
    PactBroker config;
    try {
      config = PactBroker.forPactUrl(pactUrl);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(
          names.of("publishResults")
              + " with "
              + names.of("pactUrls")
              + " needs pact URLs served by a Pact Broker, or "
              + names.of("brokerUrl")
              + ": "
              + e.getMessage());
    }
    config = withAccess(config, b);
    return config.credentials().isEmpty() && pactUrlCredentials.isPresent()
        ? config.withCredentials(pactUrlCredentials.get())
        : config;
  }

  private PactBroker withAccess(PactBroker config, RawSettings.Broker b) {
    PactBroker c =
        config
            .withCaCertificate(b.caCertificate() == null ? null : b.caCertificate().toPath())
            .withTimeout(Duration.ofSeconds(Math.max(1, b.timeout())))
            .withRetries(Math.max(0, b.retries()))
            .withClientCertificate(clientCertificate(b).orElse(null))
            .withProxies(proxies());
    Optional<Credentials> credentials = credentials(b);
    return credentials.isPresent() ? c.withCredentials(credentials.get()) : c;
  }

  /**
   * The {@code broker} client certificate, offered to the Broker and to pact URLs, checked.
   *
   * @param broker {@code broker}; null: the defaults (none)
   * @return the certificate, when one is given
   * @throws SettingsException naming the setting at fault
   */
  public Optional<io.pactcontainers.source.ClientCertificate> clientCertificate(
      RawSettings.Broker broker) {
    if (broker == null) {
      return Optional.empty();
    }
    return new ClientCertificates(names, environment)
        .of(
            "broker",
            broker.clientCertificate(),
            broker.clientKey(),
            broker.clientCertificatePasswordEnvironmentVariable());
  }

  /**
   * The proxies of the Broker and pact URLs: the front end's (settings.xml's), else the
   * environment's ({@link ProxySettings}).
   *
   * @return the proxies, {@link HttpProxies#NONE} when none is set
   * @throws SettingsException naming the setting, when a proxy is not usable
   */
  public HttpProxies proxies() {
    return ProxySettings.of(servers, environment);
  }

  /**
   * What to publish with: the provider version, its branch and tags, the build URL.
   *
   * @param version the provider version
   * @param branch its branch; null: none
   * @param buildUrl the CI build's URL; null: none
   * @param broker {@code broker}: tags, whether a failure fails the run; null: the defaults
   * @param publishTo the Broker to record the version with
   * @param implementationVersion this verifier's version, recorded with the results
   * @return the publishing settings
   */
  public Publishing publishing(
      String version,
      String branch,
      String buildUrl,
      RawSettings.Broker broker,
      PactBroker publishTo,
      String implementationVersion) {
    if (blank(version)) {
      throw new SettingsException(
          names.of("providerVersion")
              + " is needed to publish results"
              + (names.of("providerVersion").equals(names.property(PropertyNames.PROVIDER_VERSION))
                  ? ": the version the results are published for"
                  : "; set " + names.property(PropertyNames.PROVIDER_VERSION)));
    }
    RawSettings.Broker b = broker == null ? RawSettings.Broker.DEFAULTS : broker;
    return new Publishing(
        new ProviderVersion(
            version.trim(),
            Optional.ofNullable(blank(branch) ? null : branch.trim()),
            b.providerTags() == null ? List.of() : b.providerTags(),
            Optional.ofNullable(blank(buildUrl) ? null : buildUrl.trim())),
        b.failIfPublishFails(),
        implementationVersion,
        Optional.of(publishTo));
  }

  /**
   * The {@code broker} credentials: a server's, or the environment's.
   *
   * @param broker {@code broker}; null: the defaults
   * @return the credentials; empty: none given
   */
  public Optional<Credentials> credentials(RawSettings.Broker broker) {
    RawSettings.Broker b = broker == null ? RawSettings.Broker.DEFAULTS : broker;
    if (!blank(b.serverId())) {
      Credentials c = servers.of(b.serverId(), names.of("broker", "serverId"));
      return Optional.of(
          blank(b.authHeaderName())
              ? c
              : header(
                  b.authHeaderName(),
                  c instanceof Credentials.Bearer bearer
                      ? bearer.token()
                      : ((Credentials.Basic) c).password()));
    }
    String token = environment.get(b.tokenEnvironmentVariable());
    if (!blank(token)) {
      return Optional.of(
          blank(b.authHeaderName())
              ? new Credentials.Bearer(token.trim())
              : header(b.authHeaderName(), token.trim()));
    }
    if (!blank(b.authHeaderName())) {
      throw new SettingsException(
          names.of("broker", "authHeaderName")
              + " "
              + b.authHeaderName()
              + " has no value: put it in "
              + names.serverPassword(names.of("broker", "serverId"))
              + ", or in the environment variable "
              + b.tokenEnvironmentVariable());
    }
    String user = environment.get(b.usernameEnvironmentVariable());
    String password = environment.get(b.passwordEnvironmentVariable());
    if (!blank(user) && password != null) {
      return Optional.of(new Credentials.Basic(user, password));
    }
    return Optional.empty();
  }

  /**
   * The credentials of a server the front end keeps.
   *
   * @param id the server's id
   * @param setting the setting that names it
   * @return its credentials
   */
  Credentials server(String id, String setting) {
    return servers.of(id, setting);
  }

  private Credentials header(String name, String value) {
    try {
      return new Credentials.Header(name.trim(), value);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(names.of("broker", "authHeaderName") + ": " + e.getMessage());
    }
  }

  /**
   * The library's Broker error in the front end's words: a timeout names the settings that govern
   * it.
   *
   * @param e the Broker's error
   * @param names how the front end writes a setting
   * @return the message
   */
  public static String message(BrokerException e, SettingNames names) {
    return e.getMessage()
        + (e.timedOut()
            ? "; if the Broker is just slow, raise "
                + names.of("broker", "timeout")
                + " (seconds); "
                + names.of("broker", "retries")
                + " sets how often a read is tried again (a timed-out read at most once more)"
            : "");
  }

  /** The selector rules: JSON or elements, each checked as the Broker would. */
  private record SelectorSettings(SettingNames names) {
    List<ConsumerVersionSelector> selectors(
        String json, List<? extends RawSettings.Selector> elements, boolean providerBranchGiven) {
      if (!blank(json)) {
        return fromJson(json, providerBranchGiven);
      }
      List<ConsumerVersionSelector> out = new ArrayList<>();
      if (elements != null) {
        for (RawSettings.Selector s : elements) {
          ConsumerVersionSelector selector = s.selector();
          String which =
              names.of("broker", "consumerVersionSelectors", "selector") + " #" + (out.size() + 1);
          if (selector.toJson().isEmpty()) {
            throw new SettingsException(
                which + " is empty; set e.g. " + names.example("true", "mainBranch"));
          }
          check(which + " " + json(selector), selector, providerBranchGiven);
          out.add(selector);
        }
      }
      return out;
    }

    private List<ConsumerVersionSelector> fromJson(String json, boolean providerBranchGiven) {
      String setting = names.property(PropertyNames.BROKER_SELECTORS);
      List<ConsumerVersionSelector> parsed;
      try {
        parsed = ConsumerVersionSelector.parseAll(json);
      } catch (IllegalArgumentException e) {
        throw new SettingsException(setting + ": " + e.getMessage());
      }
      for (int i = 0; i < parsed.size(); i++) {
        check(
            setting + ": selector $[" + i + "] " + json(parsed.get(i)),
            parsed.get(i),
            providerBranchGiven);
      }
      return parsed;
    }

    private void check(String which, ConsumerVersionSelector s, boolean providerBranchGiven) {
      List<String> problems = s.problems(providerBranchGiven);
      if (!problems.isEmpty()) {
        throw new SettingsException(
            which
                + " would be rejected by the Pact Broker: "
                + String.join("; ", problems)
                + (problems.stream().anyMatch(p -> p.contains("needs the provider's branch"))
                    ? "; set " + branchSetting()
                    : ""));
      }
    }

    private String branchSetting() {
      String setting = names.of("providerBranch");
      String property = names.property(PropertyNames.PROVIDER_BRANCH);
      return setting.equals(property) ? setting : setting + " (" + property + ")";
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
  }
}

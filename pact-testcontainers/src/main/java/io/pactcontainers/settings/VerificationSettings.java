package io.pactcontainers.settings;

import static io.pactcontainers.settings.ProviderSettings.blank;
import static io.pactcontainers.settings.ProviderSettings.checkUrlOrPath;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.model.JsonLimits;
import io.pactcontainers.report.ReportFormat;
import io.pactcontainers.report.ReportSet;
import io.pactcontainers.report.ReportWriter;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.source.Redact;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.InteractionFilter;
import io.pactcontainers.verify.LastFailed;
import io.pactcontainers.verify.ProviderTls;
import io.pactcontainers.verify.Publishing;
import io.pactcontainers.verify.RequestFilter;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationConfig;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The settings layer: a front end's raw settings ({@link RawSettings}) mapped onto the library's
 * {@link VerificationConfig}, every rule once, every message naming the setting in the front end's
 * words (as Jib's {@code PluginConfigurationProcessor}). The Maven goals, the JUnit 5 extension and
 * the next front end all come through here.
 */
public final class VerificationSettings {
  private final RawSettings raw;
  private final SettingsContext context;
  private final SettingNames names;

  private VerificationSettings(RawSettings raw, SettingsContext context) {
    this.raw = raw;
    this.context = context;
    this.names = raw.names();
  }

  /**
   * Maps a verification's settings, checking every one before anything starts.
   *
   * @param raw the settings as the user gave them
   * @param context what the front end and the machine give besides
   * @return the configuration, and the credentials met on the way
   * @throws SettingsException naming the first setting at fault
   */
  public static MappedSettings map(RawSettings raw, SettingsContext context) {
    return new VerificationSettings(raw, context).map();
  }

  /**
   * The secret values the settings give literally (not through commands or the environment): known
   * before anything runs, so that even a configuration error cannot show them.
   *
   * @param raw the settings
   * @return the values
   */
  public static List<String> literalSecrets(RawSettings raw) {
    return HeaderSettings.literalSecrets(raw);
  }

  /**
   * The reports the settings ask for.
   *
   * @param raw the settings
   * @return the reports, by format
   * @throws SettingsException naming an unknown format and the valid ones
   */
  public static ReportSet reports(RawSettings raw) {
    return reports(raw.reports(), raw.reportFiles(), raw.names());
  }

  private static ReportSet reports(
      List<String> given, Map<String, File> reportFiles, SettingNames names) {
    ReportSet set;
    try {
      set =
          ReportSet.parse(
              given != null
                  ? given
                  : ReportFormat.DEFAULTS.stream()
                      .map(f -> f.name().toLowerCase(Locale.ROOT))
                      .toList());
    } catch (IllegalArgumentException e) {
      throw new SettingsException(names.of("reports") + ": " + e.getMessage());
    }
    Map<String, File> files = reportFiles == null ? Map.of() : reportFiles;
    for (Map.Entry<String, File> e : files.entrySet()) {
      ReportFormat format;
      try {
        format = ReportFormat.parse(e.getKey());
      } catch (IllegalArgumentException bad) {
        throw new SettingsException(names.of("reportFiles") + ": " + bad.getMessage());
      }
      if (e.getValue().isDirectory()) {
        throw new SettingsException(
            names.of("reportFiles", e.getKey())
                + ": "
                + e.getValue()
                + " is a folder; name the report's file");
      }
      set = set.withFile(format, e.getValue().toPath());
    }
    return set;
  }

  /** A class's name, as a report of the user's own is named ({@code com.acme.TeamReport}). */
  private static final Pattern CLASS_NAME =
      Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)+");

  /**
   * The reports, the user's own classes among them: a name in {@code reports} that is a class's
   * ({@code com.acme.TeamReport}) is made from the front end's class path (the project's test
   * classes) and must implement {@link io.pactcontainers.report.ReportWriter}.
   */
  private ReportSet reportsWithClasses() {
    List<String> given = raw.reports() == null ? List.of() : raw.reports();
    List<String> classes =
        given.stream()
            .filter(n -> n != null && CLASS_NAME.matcher(n.trim()).matches())
            .map(String::trim)
            .toList();
    if (classes.isEmpty()) {
      return reports(raw);
    }
    List<String> formats =
        given.stream().filter(n -> !classes.contains(n == null ? "" : n.trim())).toList();
    ReportSet set = reports(formats, raw.reportFiles(), names);
    for (String name : classes) {
      set =
          set.withCustom(
              name,
              UserClassInstances.of(
                  name,
                  io.pactcontainers.report.ReportWriter.class,
                  names.of("reports") + " " + name,
                  context));
    }
    return set;
  }

  /**
   * Where the reports go: {@code reportsDirectory} (relative to the project), else {@code reports}
   * in the output folder. The previous run's report is read there too ({@code lastFailed}).
   *
   * @param raw the settings
   * @param projectDirectory what a relative {@code reportsDirectory} is relative to
   * @param outputFolder the output folder
   * @return the reports' folder
   */
  public static Path reportsFolder(RawSettings raw, Path projectDirectory, Path outputFolder) {
    File given = raw.reportsDirectory();
    if (given == null || given.getPath().isBlank()) {
      return outputFolder.resolve("reports");
    }
    return projectDirectory.resolve(given.toPath()).normalize();
  }

  private MappedSettings map() {
    checkNumbers();
    var target = new ProviderSettings(names).target(raw, context.info());
    List<Credentials> credentials = new ArrayList<>();
    PactSources.Where where = new PactSources(raw, names, brokers()).where(credentials);
    if (where.selection().urlsGiven() && where.broker().isPresent()) {
      context
          .info()
          .accept(
              "Verifying the pact URL(s) given; the Pact Broker is not asked to select pacts"
                  + (raw.publishResults() ? ", only to take the results" : ""));
    }
    proxyLines(where).forEach(context.info());
    if (raw.publishResults() && where.broker().isEmpty() && !where.selection().urlsGiven()) {
      throw new SettingsException(
          names.of("publishResults")
              + " needs "
              + names.of("brokerUrl")
              + " or a pact URL from a Pact Broker ("
              + names.of("pactUrls")
              + "): results can only be published to a Pact Broker");
    }
    VerificationConfig config =
        VerificationConfig.of(raw.providerName(), target, where.sources())
            .withFilter(filter())
            .withAllowEmpty(raw.allowEmpty())
            .withRequestTimeout(Duration.ofSeconds(raw.requestTimeout()))
            .withOutputDirectory(context.outputFolder())
            .withShards(raw.shards())
            .withJsonLimits(new JsonLimits(raw.maxBodySize() * 1024L * 1024L));
    config = tls(config);
    config = states(config);
    config = runControls(config);
    config = shaping(config);
    if (raw.publishResults()) {
      config = config.withPublishing(publishing(where));
    }
    return new MappedSettings(config, credentials, reportsWithClasses());
  }

  /** Which proxy the Broker and the pact URLs are reached through, when one is: said once. */
  private static List<String> proxyLines(PactSources.Where where) {
    List<String> lines = new ArrayList<>();
    where
        .broker()
        .ifPresent(
            b ->
                b.proxies()
                    .forUri(b.url())
                    .ifPresent(
                        p ->
                            lines.add(
                                "The Pact Broker "
                                    + Redact.userInfo(b.url())
                                    + " is reached through the proxy "
                                    + p.describe())));
    where.sources().stream()
        .flatMap(
            s ->
                s instanceof PactSource.Url u
                    ? u.proxies().forUri(u.uri()).stream()
                    : java.util.stream.Stream.<io.pactcontainers.source.HttpProxy>empty())
        .distinct()
        .forEach(p -> lines.add("Pact URLs are fetched through the proxy " + p.describe()));
    return lines;
  }

  BrokerSettings brokers() {
    return new BrokerSettings(names, context.servers(), context.environment())
        .withCredentials(
            raw.broker(), raw.brokerToken(), raw.brokerUsername(), raw.brokerPassword());
  }

  /** The Broker settings of these raw settings, their credentials as a verification's. */
  static BrokerSettings brokers(RawSettings raw, SettingsContext context) {
    return new VerificationSettings(raw, context).brokers();
  }

  private void checkNumbers() {
    if (blank(raw.providerName())) {
      // The plugin defaults it (the artifactId); a command line or a file may leave it out.
      throw new SettingsException(
          names.of("providerName")
              + " is not set; give the provider's name as the pacts spell it, e.g. "
              + names.example("my-provider", "providerName"));
    }
    if (raw.maxBodySize() <= 0) {
      throw new SettingsException(
          names.of("maxBodySize") + " must be a positive number of MB, found " + raw.maxBodySize());
    }
    if (raw.shards() < 1) {
      throw new SettingsException(
          names.of("shards") + " must be at least 1, found " + raw.shards());
    }
    if (raw.requestTimeout() <= 0) {
      throw new SettingsException(
          names.of("requestTimeout")
              + " must be a positive number of seconds, found "
              + raw.requestTimeout());
    }
  }

  /**
   * The consumers, description, state and last-failed selections. The last run's report is read
   * here, before anything starts: a missing one is an error of this setting.
   */
  private InteractionFilter filter() {
    InteractionFilter f =
        new InteractionFilter(
            raw.consumers() == null ? List.of() : raw.consumers(),
            pattern(raw.interactionDescription(), names.of("interactionDescription")),
            pattern(raw.providerState(), names.of("providerState")));
    if (!raw.lastFailed()) {
      return f;
    }
    Path report =
        reportsFolder(raw, context.projectDirectory(), context.outputFolder())
            .resolve(ReportWriter.fileName(raw.providerName()) + ".json");
    try {
      return f.withLastFailed(LastFailed.read(report, raw.providerName()));
    } catch (LastFailed.Unreadable e) {
      throw new SettingsException(
          names.property(PropertyNames.LAST_FAILED) + ": " + e.getMessage(), e);
    }
  }

  private Optional<Pattern> pattern(String regex, String setting) {
    if (blank(regex)) {
      return Optional.empty();
    }
    try {
      return Optional.of(Pattern.compile(regex));
    } catch (PatternSyntaxException e) {
      throw new SettingsException(
          setting + " is not a valid regular expression: " + e.getDescription() + " in " + regex);
    }
  }

  /**
   * The provider's TLS checked against its place, for a front end that learns the place only as its
   * run opens ({@link RawSettings#providerKnownWhenMapped()}): the rule the mapping applies where
   * the place is known then.
   *
   * @param config the mapped configuration, with the provider's place
   * @param names the front end's names of the settings
   * @throws SettingsException when a client certificate is given for a provider reached over http
   */
  public static void checkProviderTls(VerificationConfig config, SettingNames names) {
    if (config.providerTls().clientCertificate().isPresent() && !httpsProvider(config.target())) {
      throw clientCertificateOverHttp(names.of("provider", "clientCertificate"), names);
    }
  }

  /** Offered only in a TLS handshake: over http it would be left out without a word. */
  private static SettingsException clientCertificateOverHttp(String setting, SettingNames names) {
    return new SettingsException(
        setting
            + " is given, but the provider is reached over http, where no client certificate"
            + " is asked for; a provider behind mutual TLS is verified at its https address: "
            + names.example("https://localhost:8443", "provider", "baseUrl"));
  }

  /** Whether the provider is reached over https: only a running one at an https URL is. */
  private static boolean httpsProvider(io.pactcontainers.provider.ProviderTarget target) {
    return target instanceof io.pactcontainers.provider.RunningProvider r
        && "https".equalsIgnoreCase(r.baseUrl().getScheme());
  }

  /** The provider's CA or insecure TLS, and its client certificate. */
  private VerificationConfig tls(VerificationConfig config) {
    RawSettings.Provider given = raw.provider();
    // -Dpact.provider.clientCertificate and clientKey stand for the provider's own.
    File certificate =
        raw.providerClientCertificate() != null
            ? raw.providerClientCertificate()
            : given == null ? null : given.clientCertificate();
    File key =
        raw.providerClientCertificate() != null || raw.providerClientKey() != null
            ? raw.providerClientKey() // a certificate given by property brings its own key
            : given == null ? null : given.clientKey();
    boolean property = raw.providerClientCertificate() != null || raw.providerClientKey() != null;
    Optional<io.pactcontainers.source.ClientCertificate> client =
        new ClientCertificates(names, context.environment())
            .of(
                property
                    ? names.of("providerClientCertificate")
                    : names.of("provider", "clientCertificate"),
                property ? names.of("providerClientKey") : names.of("provider", "clientKey"),
                names.of("provider", "clientCertificatePasswordEnvironmentVariable"),
                certificate,
                key,
                given == null
                    ? RawSettings.Provider.DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE
                    : given.clientCertificatePasswordEnvironmentVariable());
    if (client.isPresent() && raw.providerKnownWhenMapped() && !httpsProvider(config.target())) {
      throw clientCertificateOverHttp(
          property
              ? names.of("providerClientCertificate")
              : names.of("provider", "clientCertificate"),
          names);
    }
    if (given == null || (given.caCertificate() == null && !given.insecureTls())) {
      return client.isEmpty()
          ? config
          : config.withProviderTls(new ProviderTls(Optional.empty(), false, client));
    }
    RawSettings.Provider p = given;
    if (p.caCertificate() != null && !p.caCertificate().isFile()) {
      throw new SettingsException(
          names.of("provider", "caCertificate")
              + " not found: "
              + p.caCertificate()
              + "; give the PEM file of the CA that signed the provider's certificate");
    }
    if (p.caCertificate() != null && p.insecureTls()) {
      throw new SettingsException(
          names.of("provider", "caCertificate")
              + " and "
              + names.of("provider", "insecureTls")
              + " contradict each other; keep "
              + names.of("caCertificate")
              + ", which checks the certificate");
    }
    return config.withProviderTls(
        new ProviderTls(
            Optional.ofNullable(p.caCertificate()).map(java.io.File::toPath),
            p.insecureTls(),
            client));
  }

  /** The state-change endpoint, per consumer too, the message endpoint and message providers. */
  private VerificationConfig states(VerificationConfig config) {
    VerificationConfig c = config;
    checkUrlOrPath(raw.stateChangeUrl(), names.of("stateChangeUrl"));
    checkUrlOrPath(raw.messageUrl(), names.of("messageUrl"));
    if (!blank(raw.stateChangeUrl())) {
      c = c.withStateChange(stateChange(raw.stateChangeUrl()));
    }
    if (!blank(raw.messageUrl())) {
      c = c.withMessageUrl(raw.messageUrl().trim());
    }
    c =
        MessageProviders.of(raw.messageProviders(), context, names)
            .map(c::withMessageSource)
            .orElse(c);
    Map<String, StateChangeConfig> perConsumer = new LinkedHashMap<>();
    if (raw.consumerStateChangeUrls() != null) {
      for (var e : raw.consumerStateChangeUrls().entrySet()) {
        String setting = names.part(names.of("consumerStateChangeUrls"), e.getKey());
        if (blank(e.getValue())) {
          throw new SettingsException(setting + " is empty; give the consumer's state URL");
        }
        checkUrlOrPath(e.getValue(), setting);
        perConsumer.put(e.getKey(), stateChange(e.getValue()));
      }
    }
    return c.withConsumerStateChanges(perConsumer);
  }

  private StateChangeConfig stateChange(String url) {
    return new StateChangeConfig(url.trim(), raw.stateChangeUsesBody(), raw.stateChangeTeardown());
  }

  /** Fail fast, redirects, the base path. */
  private VerificationConfig runControls(VerificationConfig config) {
    checkUrlOrPath(raw.basePath(), names.of("basePath"));
    return config
        .withFailFast(raw.failFast())
        .withFollowRedirects(raw.followRedirects())
        .withBasePath(raw.basePath() == null ? "" : raw.basePath());
  }

  /** The headers (commands run now, once) and the user's request filters. */
  private VerificationConfig shaping(VerificationConfig config) {
    VerificationConfig shaped = config;
    for (RequestHeader h :
        new HeaderSettings(names)
            .headers(raw, context.projectDirectory(), context.interpolated())) {
      shaped = shaped.withRequestHeader(h);
    }
    for (RequestFilter f : RequestFilters.of(raw.requestFilters(), context, names)) {
      shaped = shaped.withRequestFilter(f);
    }
    return shaped;
  }

  private Publishing publishing(PactSources.Where where) {
    BrokerSettings brokers = brokers();
    PactBroker publishTo =
        where.broker().isPresent()
            ? where.broker().get()
            : brokers.forPactUrl(
                URI.create(
                    raw.pactUrls().stream()
                        .filter(u -> !blank(u))
                        .findFirst()
                        .orElseThrow()
                        .trim()),
                effectiveBroker(),
                where.brokerCredentials().or(where::urlCredentials));
    PublishedVersion published = publishedVersion();
    return brokers.publishing(
        published.version(),
        published.branch(),
        raw.buildUrl(),
        effectiveBroker(),
        publishTo,
        context.implementationVersion());
  }

  /** The provider version and branch to publish with. */
  private record PublishedVersion(String version, String branch) {}

  /**
   * The provider version to publish: the one given ({@code -SNAPSHOT} trimmed when asked), else the
   * source's (git, the CI's variables), else the build's unless it is a SNAPSHOT; the branch given,
   * else the source's. What was detected is said in one line.
   */
  private PublishedVersion publishedVersion() {
    String given = raw.providerVersion();
    String branch = raw.providerBranch();
    if (!blank(given) && !blank(branch)) {
      return new PublishedVersion(trimmed(given), branch);
    }
    Optional<SourceVersion> source =
        SourceVersion.detect(context.projectDirectory(), context.environment());
    String detectedBranch = source.flatMap(SourceVersion::branch).orElse(null);
    if (!blank(given)) {
      source
          .filter(s -> detectedBranch != null)
          .ifPresent(s -> context.info().accept(branchLine(detectedBranch, s)));
      return new PublishedVersion(trimmed(given), detectedBranch);
    }
    if (source.isPresent()) {
      SourceVersion s = source.get();
      if (s.dirty() && !raw.publishDirtyVersion()) {
        throw new SettingsException(dirtyMessage(s));
      }
      String b = blank(branch) ? detectedBranch : branch;
      context.info().accept(versionLine(s, b));
      return new PublishedVersion(s.version(), b);
    }
    return new PublishedVersion(buildVersionUnlessSnapshot(), branch);
  }

  private String trimmed(String version) {
    return raw.trimSnapshot() ? version.replaceFirst("-SNAPSHOT$", "") : version;
  }

  /** The build's version when nothing else gives one: a SNAPSHOT only when trimmed on request. */
  private String buildVersionUnlessSnapshot() {
    String build = raw.buildVersion();
    if (blank(build)) {
      return null;
    }
    if (build.endsWith("-SNAPSHOT") && !raw.trimSnapshot()) {
      throw new SettingsException(
          names.of("providerVersion")
              + " is needed to publish results: none is given, the project's folder is no git"
              + " checkout and no CI variable names a commit, and the build's version "
              + build
              + " is a SNAPSHOT, which names no build (can-i-deploy would answer for whatever"
              + " was published last under it); set "
              + names.property(PropertyNames.PROVIDER_VERSION)
              + " (a commit SHA), or "
              + names.of("trimSnapshot")
              + " to publish it as "
              + build.replaceFirst("-SNAPSHOT$", ""));
    }
    context
        .info()
        .accept(
            "No "
                + names.of("providerVersion")
                + " given: publishing for the build's version "
                + trimmed(build));
    return trimmed(build);
  }

  private String versionLine(SourceVersion s, String branch) {
    return "No "
        + names.of("providerVersion")
        + " given: publishing for provider version "
        + s.version()
        + (blank(branch) ? "" : " on branch " + branch)
        + ", from "
        + s.source();
  }

  private String branchLine(String branch, SourceVersion s) {
    return "No "
        + names.of("providerBranch")
        + " given: publishing on branch "
        + branch
        + ", from "
        + s.source();
  }

  private String dirtyMessage(SourceVersion s) {
    return "The provider version from git would be "
        + s.version()
        + ": the project's folder has changes not committed (git status), so no commit is the"
        + " code verified; commit them, or set "
        + names.of("providerVersion")
        + ", or "
        + names.of("publishDirtyVersion")
        + " to publish "
        + s.version()
        + " all the same";
  }

  /**
   * {@code broker}, with {@code providerTags} added to its provider tags and {@code brokerRetries}
   * as its retries.
   */
  RawSettings.Broker effectiveBroker() {
    return EffectiveBroker.of(raw);
  }
}

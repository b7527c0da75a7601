package io.pactcontainers.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.pactcontainers.cli.FileStructures.BrokerSpec;
import io.pactcontainers.cli.FileStructures.FileCopySpec;
import io.pactcontainers.cli.FileStructures.HeaderSpec;
import io.pactcontainers.cli.FileStructures.SidecarSpec;
import io.pactcontainers.cli.FileStructures.WaitForSpec;
import io.pactcontainers.settings.RawSettings;
import io.pactcontainers.settings.SettingNames;
import io.pactcontainers.settings.SettingsException;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code verify}'s settings as the library's raw view ({@link RawSettings}), each read from the
 * first source that gives it ({@link Layers}): a text read as a number or a switch here, with a
 * message naming where it was given; every rule about the values is the library's.
 */
final class CliRawSettings implements RawSettings {
  private final Layers layers;
  private final CliNames names;

  CliRawSettings(Layers layers) {
    this.layers = layers;
    this.names = new CliNames(layers);
  }

  @Override
  public SettingNames names() {
    return names;
  }

  Layers layers() {
    return layers;
  }

  // ---- reading one setting as its type

  String text(String key) {
    return layers.get(key).map(g -> scalar(g)).filter(s -> !s.isBlank()).orElse(null);
  }

  private static String scalar(Given g) {
    if (!g.value().isValueNode()) {
      throw new SettingsException(g.where() + ": expected one value, found " + g.value());
    }
    return g.value().asText().strip();
  }

  int number(String key, int otherwise) {
    Optional<Given> given = layers.get(key);
    if (given.isEmpty()) {
      return otherwise;
    }
    String s = scalar(given.get());
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new SettingsException(
          given.get().where() + " must be a whole number, found '" + s + "'");
    }
  }

  private Integer numberOrNull(String key) {
    return layers.get(key).isEmpty() ? null : number(key, 0);
  }

  boolean flag(String key, boolean otherwise) {
    Optional<Given> given = layers.get(key);
    if (given.isEmpty()) {
      return otherwise;
    }
    String s = scalar(given.get()).toLowerCase(Locale.ROOT);
    if (!s.equals("true") && !s.equals("false")) {
      throw new SettingsException(
          given.get().where() + " must be true or false, found '" + s + "'");
    }
    return Boolean.parseBoolean(s);
  }

  List<String> list(String key) {
    Optional<Given> given = layers.get(key);
    if (given.isEmpty()) {
      return null;
    }
    JsonNode v = given.get().value();
    if (v.isValueNode()) {
      return Texts.list(v.asText());
    }
    if (!v.isArray()) {
      throw new SettingsException(given.get().where() + ": expected a list, found " + v);
    }
    List<String> items = new ArrayList<>();
    v.forEach(item -> items.add(item.asText()));
    return items;
  }

  List<File> files(String key) {
    List<String> paths = list(key);
    return paths == null ? null : paths.stream().map(p -> path(key, p)).toList();
  }

  /** A path setting: null when not given. */
  File file(String key) {
    String path = text(key);
    return path == null ? null : path(key, path);
  }

  /**
   * A path as given: read from the {@code --config} file's folder when the file gave it (the file
   * travels with the project, wherever the command runs), else from the working directory.
   */
  private File path(String key, String path) {
    boolean inFile = layers.get(key).filter(g -> g.origin() == Given.Origin.FILE).isPresent();
    return inFile ? fromFileFolder(new File(path)) : new File(path);
  }

  private File fromFileFolder(File f) {
    return f == null || f.isAbsolute()
        ? f
        : layers.fileFolder().map(d -> d.resolve(f.getPath()).normalize().toFile()).orElse(f);
  }

  private Map<String, String> map(String key) {
    Optional<Given> given = layers.get(key);
    if (given.isEmpty()) {
      return null;
    }
    JsonNode v = given.get().value();
    if (!v.isObject()) {
      throw new SettingsException(given.get().where() + ": expected NAME: VALUE pairs, found " + v);
    }
    Map<String, String> pairs = new LinkedHashMap<>();
    v.properties().forEach(e -> pairs.put(e.getKey(), e.getValue().asText()));
    return pairs;
  }

  private <T> List<T> structures(String key, Class<T> type) {
    return layers.get(key).map(g -> FileStructures.list(g, type)).orElse(null);
  }

  // ---- the settings

  @Override
  public String providerName() {
    return text("providerName");
  }

  @Override
  public File pactDirectory() {
    return file("pactDirectory");
  }

  @Override
  public List<File> pactDirectories() {
    return files("pactDirectories");
  }

  @Override
  public List<File> pactFiles() {
    return files("pactFiles");
  }

  @Override
  public List<String> pactUrls() {
    return list("pactUrls");
  }

  @Override
  public List<String> consumers() {
    return list("consumers");
  }

  @Override
  public String interactionDescription() {
    return text("interactionDescription");
  }

  @Override
  public String providerState() {
    return text("providerState");
  }

  /**
   * Whether the state filter is given empty ({@code --filter-state ""}, {@code --filter-no-state},
   * {@code PACT_PROVIDER_STATE=}): the interactions without a state, as the library reads an empty
   * {@code -Dpact.filter.providerState} (see {@link VerifyCommand}).
   */
  boolean providerStateEmpty() {
    return layers.get("providerState").filter(g -> Layers.text(g.value()).isBlank()).isPresent();
  }

  @Override
  public String brokerUrl() {
    return text("brokerUrl");
  }

  @Override
  public Broker broker() {
    return layers
        .get("broker")
        .map(g -> FileStructures.one(g.value(), BrokerSpec.class, g.where()))
        .map(b -> b.withFilesFrom(this::fromFileFolder))
        .orElse(null);
  }

  @Override
  public String consumerVersionSelectors() {
    return text("consumerVersionSelectors");
  }

  @Override
  public String providerBranch() {
    return text("providerBranch");
  }

  @Override
  public boolean enablePending() {
    return flag("enablePending", false);
  }

  @Override
  public String includeWipPactsSince() {
    return text("includeWipPactsSince");
  }

  @Override
  public boolean publishResults() {
    return flag("publishResults", false);
  }

  @Override
  public String brokerToken() {
    return text("brokerToken");
  }

  @Override
  public String brokerUsername() {
    return text("brokerUsername");
  }

  @Override
  public String brokerPassword() {
    return text("brokerPassword");
  }

  @Override
  public List<String> providerTags() {
    return list("providerTags");
  }

  @Override
  public boolean trimSnapshot() {
    return flag("trimSnapshot", false);
  }

  @Override
  public boolean publishDirtyVersion() {
    return flag("publishDirtyVersion", false);
  }

  @Override
  public File reportsDirectory() {
    return file("reportsDirectory");
  }

  @Override
  public String providerVersion() {
    return text("providerVersion");
  }

  @Override
  public String buildUrl() {
    return text("buildUrl");
  }

  @Override
  public Integer brokerRetries() {
    return numberOrNull("brokerRetries");
  }

  @Override
  public boolean failFast() {
    return flag("failFast", false);
  }

  @Override
  public boolean lastFailed() {
    return flag("lastFailed", false);
  }

  @Override
  public boolean followRedirects() {
    return flag("followRedirects", RawSettings.super.followRedirects());
  }

  @Override
  public String basePath() {
    return text("basePath");
  }

  @Override
  public Map<String, String> consumerStateChangeUrls() {
    return map("consumerStateChangeUrls");
  }

  @Override
  public Provider provider() {
    boolean given =
        VerifyOptions.ALL.stream()
            .anyMatch(o -> o.key().startsWith("provider.") && layers.get(o.key()).isPresent());
    return given ? new CliProvider() : null;
  }

  @Override
  public String providerBaseUrl() {
    return text("providerBaseUrl");
  }

  @Override
  public String stateChangeUrl() {
    return text("stateChangeUrl");
  }

  @Override
  public boolean stateChangeUsesBody() {
    return flag("stateChangeUsesBody", RawSettings.super.stateChangeUsesBody());
  }

  @Override
  public boolean stateChangeTeardown() {
    return flag("stateChangeTeardown", RawSettings.super.stateChangeTeardown());
  }

  @Override
  public String messageUrl() {
    return text("messageUrl");
  }

  @Override
  public List<? extends Header> headers() {
    return structures("headers", HeaderSpec.class);
  }

  @Override
  public Map<String, String> requestHeaders() {
    return map("requestHeaders");
  }

  @Override
  public List<String> requestFilters() {
    String filter = text("requestFilter");
    return filter == null ? null : List.of(filter);
  }

  @Override
  public List<String> secretRequestHeaders() {
    return list("secretRequestHeaders");
  }

  @Override
  public boolean allowEmpty() {
    return flag("allowEmpty", false);
  }

  @Override
  public List<String> reports() {
    return list("reports");
  }

  @Override
  public Map<String, File> reportFiles() {
    Map<String, File> files = new LinkedHashMap<>();
    for (String format : List.of("json", "junit")) {
      Optional.ofNullable(file("reportFiles." + format)).ifPresent(f -> files.put(format, f));
    }
    return files.isEmpty() ? null : files;
  }

  @Override
  public int shards() {
    return number("shards", RawSettings.super.shards());
  }

  @Override
  public int requestTimeout() {
    return number("requestTimeout", RawSettings.super.requestTimeout());
  }

  @Override
  public int maxBodySize() {
    return number("maxBodySize", RawSettings.super.maxBodySize());
  }

  /** Where logs and reports go. */
  File outputDirectory() {
    return file("outputDirectory");
  }

  boolean showFullDiff() {
    return flag("showFullDiff", false);
  }

  boolean timings() {
    return flag("timings", false);
  }

  /** {@code provider}: read from its keys ({@code provider.image}...) when asked. */
  private final class CliProvider implements Provider {
    @Override
    public String image() {
      return text("provider.image");
    }

    @Override
    public File dockerfile() {
      return file("provider.dockerfile");
    }

    @Override
    public String baseUrl() {
      return text("provider.baseUrl");
    }

    @Override
    public File caCertificate() {
      return file("provider.caCertificate");
    }

    @Override
    public boolean insecureTls() {
      return flag("provider.insecureTls", false);
    }

    @Override
    public File clientCertificate() {
      return file("provider.clientCertificate");
    }

    @Override
    public File clientKey() {
      return file("provider.clientKey");
    }

    @Override
    public String clientCertificatePasswordEnvironmentVariable() {
      String v = text("provider.clientCertificatePasswordEnvironmentVariable");
      return v == null ? DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE : v;
    }

    @Override
    public int port() {
      return number("provider.port", DEFAULT_PORT);
    }

    @Override
    public Map<String, String> env() {
      return map("provider.env");
    }

    @Override
    public List<String> command() {
      return list("provider.command");
    }

    @Override
    public WaitFor waitFor() {
      String path = text("provider.waitFor.httpPath");
      String log = text("provider.waitFor.logMessage");
      if (path == null && log == null) {
        return null;
      }
      return new WaitForSpec(
          path,
          numberOrNull("provider.waitFor.status"),
          log,
          numberOrNull("provider.waitFor.times"));
    }

    @Override
    public int startupTimeout() {
      return number("provider.startupTimeout", DEFAULT_STARTUP_TIMEOUT);
    }

    @Override
    public String pullPolicy() {
      return text("provider.pullPolicy");
    }

    @Override
    public String memory() {
      return text("provider.memory");
    }

    @Override
    public int pullTimeout() {
      return number("provider.pullTimeout", DEFAULT_PULL_TIMEOUT);
    }

    @Override
    public List<? extends FileCopy> files() {
      List<FileCopySpec> files = structures("provider.files", FileCopySpec.class);
      return files == null
          ? null
          : files.stream()
              .map(f -> new FileCopySpec(fromFileFolder(f.source()), f.target()))
              .toList();
    }

    @Override
    public List<? extends Sidecar> sidecars() {
      return structures("provider.sidecars", SidecarSpec.class);
    }
  }
}

package io.pactcontainers.cli;

import io.pactcontainers.Setting;
import io.pactcontainers.settings.SettingNames;
import java.util.Map;
import java.util.Optional;

/**
 * Settings named as this user gave them: the option ({@code --image}), or the environment variable
 * ({@code PACT_PROVIDER_IMAGE}) or the file's key ({@code provider.image in pact-verify.yml}) where
 * the value came from there; a setting not given is named by its option, else by its key in the
 * {@code --config} file.
 */
final class CliNames implements SettingNames {
  /** The library's other ways of naming a setting, by the key they stand for. */
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("image", "provider.image"),
          Map.entry("providerImage", "provider.image"),
          Map.entry("providerClientCertificate", "provider.clientCertificate"),
          Map.entry("providerClientKey", "provider.clientKey"),
          Map.entry("dockerfile", "provider.dockerfile"),
          Map.entry("baseUrl", "providerBaseUrl"),
          Map.entry("provider.baseUrl", "providerBaseUrl"),
          Map.entry("pactUrls.pactUrl", "pactUrls"),
          Map.entry("pactDirectories.pactDirectory", "pactDirectories"),
          Map.entry("provider.sidecars.sidecar", "provider.sidecars"),
          Map.entry("provider.files.file", "provider.files"),
          Map.entry("headers.header", "headers"),
          Map.entry("broker.consumerVersionSelectors.selector", "broker"));

  private final Layers layers;

  CliNames(Layers layers) {
    this.layers = layers;
  }

  @Override
  public String of(String... path) {
    String joined = String.join(".", path);
    if (joined.equals("provider")) {
      return "the provider";
    }
    if (joined.startsWith("sidecar.")) {
      return of("provider.sidecars") + " " + joined.substring("sidecar.".length());
    }
    return key(ALIASES.getOrDefault(joined, joined)).orElse(joined);
  }

  /** A setting's name, if the key is one of the command's settings. */
  private Optional<String> key(String key) {
    Optional<Option> option = layers.row(key);
    if (option.isEmpty()) {
      return Optional.empty();
    }
    Optional<Given> given = layers.get(key).filter(g -> g.origin() != Given.Origin.DEFAULT);
    if (given.isPresent()) {
      return Optional.of(given.get().where());
    }
    return Optional.of(option.get().longName().orElse(key + " in the --config file"));
  }

  @Override
  public String header(String name) {
    return "the header " + name + " of " + of("headers");
  }

  @Override
  public String part(String setting, String child) {
    return setting + " " + child;
  }

  @Override
  public String example(String value, String... path) {
    String setting = of(path);
    return setting.startsWith("-") ? setting + " " + value : String.join(".", path) + ": " + value;
  }

  @Override
  public String property(String name) {
    return layers.byProperty(name).map(o -> key(o.key()).orElseThrow()).orElse("-D" + name);
  }

  /** A setting a run-time message names (the library's {@link Setting}), as this user gave it. */
  String setting(Setting setting) {
    return switch (setting) {
      case PROVIDER_NAME -> of("providerName");
      case PROVIDER_IMAGE -> of("provider", "image");
      case SIDECAR_IMAGE -> of("sidecar", "image");
      case PROVIDER_FILE_SOURCE -> of("provider", "files");
      case PROVIDER_DOCKERFILE -> of("provider", "dockerfile");
      case WAIT ->
          of("provider", "waitFor", "httpPath") + " or " + of("provider", "waitFor", "logMessage");
      case STARTUP_TIMEOUT -> of("provider", "startupTimeout");
      case PROVIDER_MEMORY -> of("provider", "memory");
      case REQUEST_TIMEOUT -> of("requestTimeout");
      case FAIL_FAST -> of("failFast");
      case ALLOW_EMPTY -> of("allowEmpty");
      case FOLLOW_REDIRECTS -> of("followRedirects");
      case LAST_FAILED -> of("lastFailed");
      case STATE_CHANGE_URL -> of("stateChangeUrl");
      case MESSAGE_URL -> of("messageUrl");
      case PROVIDER_CLIENT_CERTIFICATE -> of("provider", "clientCertificate");
      case PROVIDER_CA_CERTIFICATE -> of("provider", "caCertificate");
      case PROVIDER_INSECURE_TLS -> of("provider", "insecureTls");
      case FILTER_CONSUMERS -> of("consumers");
      case FILTER_DESCRIPTION -> of("interactionDescription");
      case FILTER_PROVIDER_STATE -> of("providerState");
      case PROVIDER -> of("provider", "image") + ", " + of("provider", "baseUrl");
      case MESSAGE_PROVIDERS -> of("messageUrl");
    };
  }
}

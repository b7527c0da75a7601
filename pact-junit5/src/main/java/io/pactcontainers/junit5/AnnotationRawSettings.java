package io.pactcontainers.junit5;

import io.pactcontainers.broker.ConsumerVersionSelector;
import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.settings.PropertyOverrides;
import io.pactcontainers.settings.RawSettings;
import io.pactcontainers.settings.SettingNames;
import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A {@link PactProviderTest} class's settings as the library's raw view: the annotation's
 * attributes (their {@code ${NAME}} read from the environment, then the system properties), else
 * the {@code pact.*} system properties the plugin reads too (pact-jvm's names among them). No rule
 * here: the library's settings layer checks and maps them.
 *
 * @param annotation the class's annotation
 * @param properties our system properties given, by name (pact-jvm's aliases read as ours)
 * @param methodValues the values of the headers given by {@link PactProviderTest.Header#method()},
 *     by the header's name, each method called once
 */
record AnnotationRawSettings(
    PactProviderTest annotation, Map<String, String> properties, Map<String, String> methodValues)
    implements RawSettings {

  /** The settings of a class whose header values come from no method. */
  AnnotationRawSettings(PactProviderTest annotation, Map<String, String> properties) {
    this(annotation, properties, Map.of());
  }

  /** The system properties this front end reads, the annotation's attributes winning. */
  static final List<String> PROPERTY_NAMES =
      List.of(
          PropertyNames.BROKER_URL,
          PropertyNames.BROKER_SELECTORS,
          PropertyNames.BROKER_TOKEN,
          PropertyNames.BROKER_USERNAME,
          PropertyNames.BROKER_PASSWORD,
          PropertyNames.BROKER_RETRIES,
          PropertyNames.ENABLE_PENDING,
          PropertyNames.WIP_SINCE,
          PropertyNames.PUBLISH_RESULTS,
          PropertyNames.PROVIDER_VERSION,
          PropertyNames.PUBLISH_DIRTY_VERSION,
          PropertyNames.PROVIDER_BRANCH,
          PropertyNames.PROVIDER_TAGS,
          PropertyNames.TRIM_SNAPSHOT,
          PropertyNames.BUILD_URL,
          PropertyNames.PACT_URLS,
          PropertyNames.PACT_DIRECTORIES,
          PropertyNames.FILTER_CONSUMERS,
          PropertyNames.FILTER_DESCRIPTION,
          PropertyNames.FILTER_PROVIDER_STATE,
          PropertyNames.REPORTS_DIRECTORY,
          PropertyNames.ALLOW_EMPTY);

  /**
   * The provider's place until the session opens: the extension knows it only then (the container's
   * mapped port, or the {@code @ProviderUrl}).
   */
  static final String PROVIDER_NOT_YET_KNOWN = "http://localhost";

  @Override
  public SettingNames names() {
    return AnnotationNames.INSTANCE;
  }

  private String property(String name) {
    String v = properties.get(name);
    return v == null || v.isBlank() ? null : v;
  }

  private boolean flag(String name, boolean given) {
    return given || Boolean.parseBoolean(properties.getOrDefault(name, "false").trim());
  }

  @Override
  public String providerName() {
    return annotation.provider();
  }

  @Override
  public String providerBaseUrl() {
    return PROVIDER_NOT_YET_KNOWN;
  }

  @Override
  public File pactDirectory() {
    // Beside a Broker or pact URLs it counts only where it exists: the library's rule
    // (PactLocations), as for the plugin's default folder.
    return new File(annotation.pacts());
  }

  @Override
  public List<File> pactDirectories() {
    List<String> folders = strings(annotation.pactDirectories(), PropertyNames.PACT_DIRECTORIES);
    return folders == null ? null : folders.stream().map(File::new).toList();
  }

  @Override
  public List<String> pactUrls() {
    if (annotation.pactUrls().length > 0) {
      return Arrays.stream(annotation.pactUrls())
          .map(u -> Placeholders.resolved(u, "@PactProviderTest(pactUrls)"))
          .toList();
    }
    return list(PropertyNames.PACT_URLS);
  }

  /** The attribute's values, else the comma-separated property's; null: neither. */
  private List<String> strings(String[] given, String property) {
    return given.length > 0 ? List.of(given) : list(property);
  }

  /** A comma-separated property as Maven reads one: items trimmed, blanks left out. */
  private List<String> list(String name) {
    String v = property(name);
    return v == null
        ? null
        : Arrays.stream(v.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
  }

  /** The attribute, its {@code ${NAME}} resolved, else the property; null: neither. */
  private String text(String given, String what, String property) {
    return given.isBlank() ? property(property) : Placeholders.resolved(given, what);
  }

  @Override
  public String brokerUrl() {
    return annotation.brokerUrl().isBlank()
        ? property(PropertyNames.BROKER_URL)
        : Placeholders.resolved(annotation.brokerUrl(), "@PactProviderTest.brokerUrl");
  }

  @Override
  public String consumerVersionSelectors() {
    return annotation.consumerVersionSelectors().isBlank()
        ? property(PropertyNames.BROKER_SELECTORS)
        : annotation.consumerVersionSelectors();
  }

  @Override
  public boolean enablePending() {
    return flag(PropertyNames.ENABLE_PENDING, annotation.enablePending());
  }

  @Override
  public String includeWipPactsSince() {
    return text(
        annotation.broker().includeWipPactsSince(),
        AnnotationNames.INSTANCE.of("includeWipPactsSince"),
        PropertyNames.WIP_SINCE);
  }

  @Override
  public Broker broker() {
    return new AnnotationBroker(annotation.broker());
  }

  /**
   * The provider's TLS settings, when any is given; its place is the {@link ProviderUrl} the run
   * opens with, not a setting of this view.
   */
  @Override
  public Provider provider() {
    PactProviderTest.Tls tls = annotation.providerTls();
    boolean given =
        !tls.caCertificate().isBlank()
            || tls.insecure()
            || !tls.clientCertificate().isBlank()
            || !tls.clientKey().isBlank();
    return given ? new AnnotationProviderTls(tls) : null;
  }

  @Override
  public boolean providerKnownWhenMapped() {
    return false;
  }

  @Override
  public String brokerToken() {
    return property(PropertyNames.BROKER_TOKEN);
  }

  @Override
  public String brokerUsername() {
    return property(PropertyNames.BROKER_USERNAME);
  }

  @Override
  public String brokerPassword() {
    return property(PropertyNames.BROKER_PASSWORD);
  }

  @Override
  public Integer brokerRetries() {
    String retries = property(PropertyNames.BROKER_RETRIES);
    try {
      return retries == null ? null : Integer.valueOf(retries.trim());
    } catch (NumberFormatException e) {
      throw ExtensionErrors.withCause(
          AnnotationNames.INSTANCE.property(PropertyNames.BROKER_RETRIES)
              + " is not a whole number: "
              + retries,
          e);
    }
  }

  @Override
  public boolean publishResults() {
    return flag(PropertyNames.PUBLISH_RESULTS, false);
  }

  @Override
  public String providerVersion() {
    return property(PropertyNames.PROVIDER_VERSION);
  }

  @Override
  public String providerBranch() {
    return text(
        annotation.broker().providerBranch(),
        AnnotationNames.INSTANCE.of("providerBranch"),
        PropertyNames.PROVIDER_BRANCH);
  }

  /** Added to {@code broker}'s tags by the settings layer, as the plugin's property is. */
  @Override
  public List<String> providerTags() {
    return list(PropertyNames.PROVIDER_TAGS);
  }

  @Override
  public boolean trimSnapshot() {
    return flag(PropertyNames.TRIM_SNAPSHOT, false);
  }

  @Override
  public String buildUrl() {
    return text(
        annotation.broker().buildUrl(),
        AnnotationNames.INSTANCE.of("buildUrl"),
        PropertyNames.BUILD_URL);
  }

  @Override
  public List<String> consumers() {
    return strings(annotation.consumers(), PropertyNames.FILTER_CONSUMERS);
  }

  @Override
  public String interactionDescription() {
    return annotation.interactionDescription().isEmpty()
        ? property(PropertyNames.FILTER_DESCRIPTION)
        : annotation.interactionDescription();
  }

  /** pact-jvm's {@code -Dpact.filter.providerState=} (nothing): the interactions without one. */
  @Override
  public String providerState() {
    return annotation.providerState().isEmpty()
        ? PropertyOverrides.providerStateFilter(properties.get(PropertyNames.FILTER_PROVIDER_STATE))
        : annotation.providerState();
  }

  @Override
  public String stateChangeUrl() {
    return annotation.stateChangeUrl().isBlank() ? null : annotation.stateChangeUrl();
  }

  @Override
  public List<? extends Header> headers() {
    return Arrays.stream(annotation.headers())
        .map(h -> new AnnotationHeader(h, methodValues.get(h.name())))
        .toList();
  }

  @Override
  public List<String> requestFilters() {
    return Arrays.stream(annotation.requestFilters()).map(Class::getName).toList();
  }

  @Override
  public boolean publishDirtyVersion() {
    return flag(PropertyNames.PUBLISH_DIRTY_VERSION, false);
  }

  @Override
  public File reportsDirectory() {
    String v = property(PropertyNames.REPORTS_DIRECTORY);
    return v == null ? null : new File(v);
  }

  @Override
  public List<String> reports() {
    return List.of(annotation.reports());
  }

  @Override
  public boolean allowEmpty() {
    return flag(PropertyNames.ALLOW_EMPTY, annotation.allowEmpty());
  }

  @Override
  public int requestTimeout() {
    return annotation.requestTimeout();
  }

  /** A {@link PactProviderTest.Header} as the raw view's: "" is not given. */
  private record AnnotationHeader(PactProviderTest.Header h, String methodValue) implements Header {
    @Override
    public String name() {
      return h.name();
    }

    @Override
    public String value() {
      if (methodValue != null) {
        return methodValue;
      }
      if (h.value().isEmpty()) {
        return null;
      }
      return Placeholders.resolved(h.value(), AnnotationNames.INSTANCE.header(h.name()) + ".value");
    }

    /** A value from a method is named by the method, not by an empty {@code value}. */
    @Override
    public String valuePart() {
      return methodValue != null ? "method = \"" + h.method() + "\"" : "value";
    }

    @Override
    public String command() {
      return h.command().isBlank() ? null : h.command();
    }

    @Override
    public int timeout() {
      return h.timeout();
    }

    @Override
    public String replace() {
      return h.always() ? "always" : "present";
    }

    @Override
    public List<String> consumers() {
      return List.of(h.consumers());
    }

    @Override
    public boolean stateCalls() {
      return false;
    }

    @Override
    public boolean secret() {
      return h.secret();
    }
  }

  /** {@link PactProviderTest.Broker} as the raw view's: "" is not given. */
  private record AnnotationBroker(PactProviderTest.Broker b) implements Broker {
    @Override
    public String serverId() {
      return null;
    }

    @Override
    public String tokenEnvironmentVariable() {
      return b.tokenVariable();
    }

    @Override
    public String usernameEnvironmentVariable() {
      return b.usernameVariable();
    }

    @Override
    public String passwordEnvironmentVariable() {
      return b.passwordVariable();
    }

    @Override
    public String authHeaderName() {
      return b.authHeaderName().isBlank() ? null : b.authHeaderName();
    }

    @Override
    public File caCertificate() {
      return file(b.caCertificate(), "broker", "caCertificate");
    }

    @Override
    public File clientCertificate() {
      return file(b.clientCertificate(), "broker", "clientCertificate");
    }

    @Override
    public File clientKey() {
      return file(b.clientKey(), "broker", "clientKey");
    }

    @Override
    public String clientCertificatePasswordEnvironmentVariable() {
      return b.clientCertificatePasswordVariable();
    }

    @Override
    public List<? extends Selector> consumerVersionSelectors() {
      return Arrays.stream(b.selectors()).map(AnnotationSelector::new).toList();
    }

    @Override
    public List<String> providerTags() {
      return List.of(b.providerTags());
    }

    @Override
    public boolean failIfPublishFails() {
      return b.failIfPublishFails();
    }

    @Override
    public int timeout() {
      return b.timeout();
    }

    @Override
    public int retries() {
      return b.retries();
    }
  }

  /**
   * {@link PactProviderTest.Tls} as the raw view's provider, which has nothing but its TLS: "" is
   * not given.
   */
  private record AnnotationProviderTls(PactProviderTest.Tls t) implements Provider {
    @Override
    public File caCertificate() {
      return file(t.caCertificate(), "provider", "caCertificate");
    }

    @Override
    public boolean insecureTls() {
      return t.insecure();
    }

    @Override
    public File clientCertificate() {
      return file(t.clientCertificate(), "provider", "clientCertificate");
    }

    @Override
    public File clientKey() {
      return file(t.clientKey(), "provider", "clientKey");
    }

    @Override
    public String clientCertificatePasswordEnvironmentVariable() {
      return t.clientCertificatePasswordVariable();
    }

    @Override
    public String image() {
      return null;
    }

    @Override
    public File dockerfile() {
      return null;
    }

    @Override
    public String baseUrl() {
      return null;
    }

    @Override
    public int port() {
      return DEFAULT_PORT;
    }

    @Override
    public Map<String, String> env() {
      return null;
    }

    @Override
    public List<String> command() {
      return null;
    }

    @Override
    public WaitFor waitFor() {
      return null;
    }

    @Override
    public int startupTimeout() {
      return DEFAULT_STARTUP_TIMEOUT;
    }

    @Override
    public String pullPolicy() {
      return null;
    }

    @Override
    public String memory() {
      return null;
    }

    @Override
    public int pullTimeout() {
      return DEFAULT_PULL_TIMEOUT;
    }

    @Override
    public List<? extends FileCopy> files() {
      return null;
    }

    @Override
    public List<? extends Sidecar> sidecars() {
      return null;
    }
  }

  /**
   * A file attribute ("" is not given), its {@code ${NAME}} resolved, named as the user wrote it.
   */
  private static File file(String given, String... setting) {
    return given.isBlank()
        ? null
        : new File(Placeholders.resolved(given, AnnotationNames.INSTANCE.of(setting)));
  }

  /** {@link PactProviderTest.Selector} as the raw view's: an attribute at its default is unset. */
  private record AnnotationSelector(PactProviderTest.Selector s) implements Selector {
    @Override
    public ConsumerVersionSelector selector() {
      return new ConsumerVersionSelector(
          yes(s.mainBranch()),
          text(s.branch()),
          yes(s.matchingBranch()),
          text(s.tag()),
          yes(s.latest()),
          text(s.fallbackTag()),
          text(s.fallbackBranch()),
          text(s.consumer()),
          yes(s.deployed()),
          yes(s.released()),
          yes(s.deployedOrReleased()),
          text(s.environment()));
    }

    private static Boolean yes(boolean given) {
      return given ? Boolean.TRUE : null;
    }

    private static String text(String given) {
      return given.isBlank() ? null : given;
    }
  }
}

package io.pactcontainers.junit5;

import io.pactcontainers.Secrets;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.provider.ProviderTarget;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.report.ReportSet;
import io.pactcontainers.settings.MappedSettings;
import io.pactcontainers.settings.VerificationSettings;
import io.pactcontainers.verify.Reproduction;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationListener;
import io.pactcontainers.verify.VerificationSession;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.containers.GenericContainer;

/**
 * One {@link PactProviderTest} class's run, kept in its {@link ExtensionContext.Store} from {@code
 * beforeAll} until JUnit closes the class's context. It is both a {@code CloseableResource} (the
 * only values JUnit before 5.13 closes) and an {@link AutoCloseable} (what JUnit 5.13 and later
 * close, and JUnit 6 only), as Testcontainers' own extension keeps its containers; closing twice
 * does nothing.
 */
@SuppressWarnings("deprecation") // CloseableResource: deprecated in 5.13, needed before it
final class ClassRun implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  private final PactTestClass declared;

  /** The settings, the provider not known yet until the session opens. */
  private final VerificationConfig settings;

  private final Secrets secrets;
  private final ReportSet reports;
  private final Path reportsFolder;
  private final VerificationListener listener;
  private final Optional<GenericContainer<?>> startedHere;
  private Opened opened;
  private boolean closed;

  /** Where a class without a provider "sends" its requests: nowhere (RFC 2606's .invalid). */

  /** What the run holds once its session is open. */
  record Opened(
      VerificationSession session, VerificationConfig config, Reproduction reproduction) {}

  private ClassRun(
      PactTestClass declared,
      VerificationConfig settings,
      Secrets secrets,
      ReportSet reports,
      Path reportsFolder,
      VerificationListener listener,
      Optional<GenericContainer<?>> startedHere) {
    this.declared = declared;
    this.settings = settings;
    this.secrets = secrets;
    this.reports = reports;
    this.reportsFolder = reportsFolder;
    this.listener = listener;
    this.startedHere = startedHere;
  }

  /**
   * Reads the class's settings and starts its container unless it runs already (as Testcontainers'
   * own {@code @Container} would have), on the test's thread.
   */
  static ClassRun begin(PactTestClass declared) {
    // The class's static initializers first, as reading a @Container field would run them: a team
    // that mints its token there (System.setProperty) has it set before ${NAME} is resolved.
    initialize(declared.type());
    // The headers resolved (a command run) once, before the container starts: its log is masked.
    AnnotationRawSettings raw =
        AnnotationSettings.raw(
            declared.settings(), declared.type(), line -> System.out.println("[pact] " + line));
    Path reportsFolder =
        VerificationSettings.reportsFolder(
            raw, Path.of("").toAbsolutePath(), Path.of(declared.settings().outputDirectory()));
    removePreviousReports(reportsFolder, declared.settings());
    VerificationListener early =
        new PrintingListener(Secrets.of(VerificationSettings.literalSecrets(raw)));
    MappedSettings mapped = AnnotationSettings.map(raw, declared.type(), early::info);
    VerificationConfig settings = mapped.config();
    ReportSet reports = mapped.reports();
    VerificationListener listener = new PrintingListener(mapped.secrets());
    Optional<GenericContainer<?>> startedHere = Optional.empty();
    if (declared.container().isPresent()) {
      GenericContainer<?> c = declared.containerValue();
      if (c.getExposedPorts().isEmpty()) {
        throw new ExtensionConfigurationException(
            "@ProviderContainer "
                + PactTestClass.name(declared.container().get())
                + " exposes no port; add .withExposedPorts(<the provider's port>): the requests go"
                + " to the first");
      }
      if (!c.isRunning()) {
        ContainerStart.start(c, () -> describe(declared, c), mapped.secrets());
        startedHere = Optional.of(c);
      }
    }
    return new ClassRun(
        declared, settings, mapped.secrets(), reports, reportsFolder, listener, startedHere);
  }

  /**
   * An earlier run's reports go before anything can fail: a class that errors before verifying must
   * not leave the last run's "passed" report to be read as its own.
   */
  private static void removePreviousReports(Path dir, PactProviderTest settings) {
    try {
      ReportSet.removePrevious(dir, settings.provider());
    } catch (IOException e) {
      throw ExtensionErrors.withCause(
          "Cannot remove the previous run's reports in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Only once it has started or failed to: the image's name resolves the image. */
  private static String describe(PactTestClass declared, GenericContainer<?> c) {
    return "the @ProviderContainer "
        + PactTestClass.name(declared.container().get())
        + " ("
        + c.getDockerImageName()
        + ")";
  }

  /** The reports the class asked for. */
  /** Where the reports go ({@code outputDirectory/reports}, or {@code -Dpact.reportsDirectory}). */
  Path reportsFolder() {
    return reportsFolder;
  }

  ReportSet reports() {
    return reports;
  }

  PactTestClass declared() {
    return declared;
  }

  /** The session, opened on first use with the test instance that reads instance members. */
  synchronized Opened open(Optional<Object> instance) {
    if (closed) {
      throw new IllegalStateException("the class's run is closed");
    }
    if (opened != null) {
      return opened;
    }
    ProviderTarget reproduce;
    RunningProvider provider;
    if (declared.container().isPresent()) {
      GenericContainer<?> c = declared.containerValue();
      int port = c.getExposedPorts().get(0);
      provider =
          new RunningProvider(
              URI.create("http://" + c.getHost() + ":" + c.getMappedPort(port)),
              Optional.of(text -> ContainerStart.follow(c, text)));
      reproduce = again(c, port);
    } else if (declared.url().isPresent()) {
      provider = new RunningProvider(declared.urlValue(instance));
      reproduce = provider;
    } else {
      // Message pacts only, their messages from the class's methods: nothing to send a request to.
      provider = RunningProvider.NONE;
      reproduce = provider;
    }
    // The @State methods are called by the session on the thread that verifies: the test's own.
    Optional<StateMethods> states =
        StateMethods.of(declared.type(), instance.orElse(null), listener::warn);
    VerificationConfig config =
        AnnotationSettings.withStates(AnnotationSettings.withProvider(settings, provider), states);
    for (io.pactcontainers.verify.RequestHook hook :
        RequestHookMethods.of(declared.type(), instance.orElse(null))) {
      config = config.withRequestHook(hook);
    }
    config =
        MessageProviderMethods.of(declared.type(), instance.orElse(null))
            .map(config::withMessageSource)
            .orElse(config);
    VerificationSession session = VerificationSession.open(config, listener);
    opened = new Opened(session, config, Reproduction.of(config.withTarget(reproduce)));
    return opened;
  }

  /**
   * The container as the reproduction lines start it again: its image by id (the very image that
   * ran, whatever its tag points at later), its environment and command, its first exposed port.
   */
  private static ProviderTarget again(GenericContainer<?> c, int port) {
    String image;
    try {
      image = c.getContainerInfo().getImageId();
    } catch (RuntimeException e) {
      image = null;
    }
    ProviderContainer p =
        ProviderContainer.fromImage(image == null ? c.getDockerImageName() : image)
            .withPort(port)
            .withEnv(c.getEnvMap());
    String[] command = c.getCommandParts();
    return command == null || command.length == 0 ? p : p.withCommand(List.of(command));
  }

  synchronized Optional<Opened> opened() {
    return Optional.ofNullable(opened);
  }

  VerificationListener listener() {
    return listener;
  }

  Secrets secrets() {
    return secrets;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (opened != null) {
        opened.session().close();
      }
    } finally {
      startedHere.ifPresent(GenericContainer::stop);
    }
  }

  /** Says the run's lines on standard output, where Surefire and IDEs show a test's output. */
  private static final class PrintingListener implements VerificationListener {
    private final Secrets secrets;

    PrintingListener(Secrets secrets) {
      this.secrets = secrets;
    }

    @Override
    public void event(io.pactcontainers.verify.RunEvent event) {
      io.pactcontainers.report.RunPresenter.tell(event, this);
    }

    @Override
    public void info(String line) {
      System.out.println("[pact] " + secrets.mask(line));
    }

    @Override
    public void warn(String line) {
      System.out.println("[pact] WARNING " + secrets.mask(line));
    }

    /** The annotation's attribute, or the property, that gives a setting here. */
    @Override
    public String settingName(io.pactcontainers.Setting setting) {
      return switch (setting) {
        case PROVIDER_NAME -> AnnotationNames.INSTANCE.of("providerName");
        case ALLOW_EMPTY -> AnnotationNames.INSTANCE.of("allowEmpty");
        case REQUEST_TIMEOUT -> AnnotationNames.INSTANCE.of("requestTimeout");
        case STATE_CHANGE_URL -> AnnotationNames.INSTANCE.of("stateChangeUrl");
        case FILTER_CONSUMERS -> AnnotationNames.INSTANCE.of("consumers");
        case FILTER_DESCRIPTION -> AnnotationNames.INSTANCE.of("interactionDescription");
        case FILTER_PROVIDER_STATE -> AnnotationNames.INSTANCE.of("providerState");
        case PROVIDER_CLIENT_CERTIFICATE ->
            AnnotationNames.INSTANCE.of("provider", "clientCertificate");
        case PROVIDER_CA_CERTIFICATE -> AnnotationNames.INSTANCE.of("provider", "caCertificate");
        case PROVIDER_INSECURE_TLS -> AnnotationNames.INSTANCE.of("provider", "insecureTls");
        case PROVIDER -> "a static @ProviderContainer field or a @ProviderUrl";
        case MESSAGE_PROVIDERS -> "a @MessageProvider method";
        default -> setting.words();
      };
    }
  }

  private static void initialize(Class<?> type) {
    try {
      Class.forName(type.getName(), true, type.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw ExtensionErrors.withCause("Cannot initialize " + type.getName() + ": " + e, e);
    }
  }
}

package io.pactcontainers.junit5;

import io.pactcontainers.broker.BrokerSource;
import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.ProviderVersion;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.report.ReportFormat;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import io.pactcontainers.verify.Reproduction;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationListener;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.VerificationSession;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContextException;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;

/**
 * Runs a {@link PactProviderTest} class: maps the annotations onto the library's configuration,
 * opens one {@link VerificationSession} for the class (the provider container started once), hands
 * its tests to the {@code @TestFactory}, and after the class writes the reports, publishes (with
 * the library's rules) and removes what it started. Everything a verification does is the
 * library's; this class only maps.
 */
public final class PactVerificationExtension implements ParameterResolver, AfterAllCallback {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PactVerificationExtension.class);

  /** What one class's run holds until it ends. */
  private record Run(
      VerificationSession session,
      VerificationConfig config,
      Optional<StateMethods> states,
      Optional<GenericContainer<?>> startedHere)
      implements AutoCloseable {
    @Override
    public void close() {
      try {
        session.close();
      } finally {
        states.ifPresent(StateMethods::close);
        startedHere.ifPresent(GenericContainer::stop);
      }
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PactVerification.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    Run run =
        classContext
            .getStore(NAMESPACE)
            .getOrComputeIfAbsent(Run.class, k -> open(context), Run.class);
    return new PactVerification(
        run.session(),
        new ConsoleReport(false, false, Reproduction.of(run.config())),
        run.config().secrets());
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext c = context;
    while (c.getTestMethod().isPresent() && c.getParent().isPresent()) {
      c = c.getParent().get();
    }
    return c;
  }

  private Run open(ExtensionContext context) {
    Class<?> testClass = context.getRequiredTestClass();
    PactProviderTest settings = testClass.getAnnotation(PactProviderTest.class);
    if (settings == null) {
      throw new ExtensionContextException(
          testClass.getName() + " needs @PactProviderTest to verify pacts");
    }
    Object instance = context.getTestInstance().orElse(null);
    VerificationListener listener = new PrintingListener();
    Optional<GenericContainer<?>> container = container(testClass);
    Optional<GenericContainer<?>> startedHere = Optional.empty();
    Optional<StateMethods> states = Optional.empty();
    try {
      if (container.isPresent() && !container.get().isRunning()) {
        container.get().start(); // as Testcontainers' own @Container would; stopped after the class
        startedHere = container;
      }
      VerificationConfig config = config(settings, provider(testClass, instance, container));
      states = StateMethods.of(testClass, instance, listener::warn);
      config = withStates(settings, config, states);
      return new Run(VerificationSession.open(config, listener), config, states, startedHere);
    } catch (IOException | RuntimeException e) {
      // Nothing of a run that could not open is left running.
      states.ifPresent(StateMethods::close);
      startedHere.ifPresent(GenericContainer::stop);
      if (e instanceof RuntimeException r) {
        throw r;
      }
      throw new ExtensionContextException("Cannot open the @State methods' endpoint: " + e, e);
    }
  }

  private static RunningProvider provider(
      Class<?> testClass, Object instance, Optional<GenericContainer<?>> container) {
    return container
        .map(PactVerificationExtension::inContainer)
        .or(() -> url(testClass, instance).map(RunningProvider::new))
        .orElseThrow(
            () ->
                new ExtensionContextException(
                    testClass.getName()
                        + " has no provider: give it a static @ProviderContainer field (a"
                        + " Testcontainers container) or a @ProviderUrl field or method"));
  }

  /** The annotation's settings as the library's configuration. */
  private static VerificationConfig config(PactProviderTest settings, RunningProvider provider) {
    VerificationConfig config =
        VerificationConfig.of(settings.provider(), provider, sources(settings))
            .withRequestTimeout(Duration.ofSeconds(settings.requestTimeout()))
            .withOutputDirectory(Path.of(settings.outputDirectory()));
    return publishing(settings, RequestShaping.apply(settings, config));
  }

  /** The provider's own state endpoint, or the class's {@link State} methods behind one. */
  private static VerificationConfig withStates(
      PactProviderTest settings, VerificationConfig config, Optional<StateMethods> states) {
    if (!settings.stateChangeUrl().isBlank()) {
      return config.withStateChange(new StateChangeConfig(settings.stateChangeUrl(), true, true));
    }
    return states
        .map(s -> config.withStateChange(new StateChangeConfig(s.url().toString(), true, true)))
        .orElse(config);
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    Run run = context.getStore(NAMESPACE).get(Run.class, Run.class);
    if (run == null) {
      return;
    }
    VerificationResult result = run.session().publish(run.session().result());
    Path reports = run.config().outputDirectory().resolve("reports");
    Files.createDirectories(reports);
    List<Path> written = new ArrayList<>();
    for (ReportFormat f : List.of(ReportFormat.JSON, ReportFormat.HTML, ReportFormat.MARKDOWN)) {
      written.addAll(f.writer().write(result, reports, f.extension(), run.config().secrets()));
    }
    System.out.println(
        "[pact] "
            + io.pactcontainers.report.Summary.totals(result)
            + "; reports: "
            + String.join(", ", written.stream().map(Path::toString).toList()));
  }

  /** The Broker's URL: the annotation's (its ${NAME} read), else {@code -Dpact.broker.url}. */
  private static String brokerUrl(PactProviderTest settings) {
    String url =
        settings.brokerUrl().isBlank()
            ? System.getProperty("pact.broker.url", "")
            : RequestShaping.resolved(settings.brokerUrl(), "@PactProviderTest.brokerUrl");
    return url.trim();
  }

  private static List<PactSource> sources(PactProviderTest settings) {
    List<PactSource> sources = new ArrayList<>();
    Path dir = Path.of(settings.pacts());
    if (brokerUrl(settings).isBlank() || Files.isDirectory(dir)) {
      sources.add(new PactSource.Directory(dir));
    }
    broker(settings).ifPresent(b -> sources.add(new BrokerSource(b)));
    return sources;
  }

  private static Optional<PactBroker> broker(PactProviderTest settings) {
    if (brokerUrl(settings).isBlank()) {
      return Optional.empty();
    }
    PactBroker b =
        PactBroker.of(URI.create(brokerUrl(settings))).withPending(settings.enablePending());
    if (!settings.consumerVersionSelectors().isBlank()) {
      b =
          b.withSelectors(
              io.pactcontainers.broker.ConsumerVersionSelector.parseAll(
                  settings.consumerVersionSelectors()));
    }
    String token = System.getenv("PACT_BROKER_TOKEN");
    if (token != null && !token.isBlank()) {
      b = b.withCredentials(new Credentials.Bearer(token));
    }
    String branch = System.getProperty("pact.provider.branch");
    return Optional.of(branch == null ? b : b.withProviderBranch(branch));
  }

  /**
   * Publishing as the plugin's {@code -Dpact.verifier.publishResults=true}, with the provider
   * version and branch from {@code pact.provider.version} and {@code pact.provider.branch}.
   */
  private static VerificationConfig publishing(PactProviderTest settings, VerificationConfig c) {
    if (!Boolean.getBoolean("pact.verifier.publishResults") || brokerUrl(settings).isBlank()) {
      return c;
    }
    String version = System.getProperty("pact.provider.version");
    if (version == null || version.isBlank()) {
      throw new ExtensionContextException(
          "-Dpact.verifier.publishResults=true needs -Dpact.provider.version: the version the"
              + " results are published for");
    }
    return c.withPublishing(
        new VerificationConfig.Publishing(
            new ProviderVersion(
                version,
                Optional.ofNullable(System.getProperty("pact.provider.branch")),
                List.of(),
                Optional.empty()),
            true,
            "pact-junit5"));
  }

  @SuppressWarnings("unchecked")
  private static Optional<GenericContainer<?>> container(Class<?> testClass) {
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(ProviderContainer.class)) {
          if (!Modifier.isStatic(f.getModifiers())
              || !GenericContainer.class.isAssignableFrom(f.getType())) {
            throw new ExtensionContextException(
                "@ProviderContainer " + f.getName() + " must be a static Testcontainers container");
          }
          try {
            f.setAccessible(true);
            return Optional.ofNullable((GenericContainer<?>) f.get(null));
          } catch (IllegalAccessException e) {
            throw new ExtensionContextException("Cannot read @ProviderContainer " + f.getName(), e);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Its first exposed port on the Docker host; its output followed for the log excerpts. */
  private static RunningProvider inContainer(GenericContainer<?> c) {
    if (c.getExposedPorts().isEmpty()) {
      throw new ExtensionContextException(
          "The @ProviderContainer exposes no port: add .withExposedPorts(<the provider's port>)");
    }
    return new RunningProvider(
        URI.create("http://" + c.getHost() + ":" + c.getMappedPort(c.getExposedPorts().get(0))),
        Optional.of(
            text ->
                c.followOutput(
                    frame -> {
                      if (frame.getType() != OutputFrame.OutputType.END) {
                        text.accept(frame.getUtf8String());
                      }
                    })));
  }

  private static Optional<URI> url(Class<?> testClass, Object instance) {
    for (Class<?> c = testClass; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field f : c.getDeclaredFields()) {
        if (f.isAnnotationPresent(ProviderUrl.class)) {
          f.setAccessible(true);
          return Optional.of(
              uri(
                  read(() -> f.get(Modifier.isStatic(f.getModifiers()) ? null : instance)),
                  f.getName()));
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (m.isAnnotationPresent(ProviderUrl.class)) {
          m.setAccessible(true);
          return Optional.of(
              uri(
                  read(() -> m.invoke(Modifier.isStatic(m.getModifiers()) ? null : instance)),
                  m.getName()));
        }
      }
    }
    return Optional.empty();
  }

  private interface Reading {
    Object read() throws ReflectiveOperationException;
  }

  private static Object read(Reading r) {
    try {
      return r.read();
    } catch (ReflectiveOperationException e) {
      throw new ExtensionContextException("Cannot read the @ProviderUrl: " + e, e);
    }
  }

  private static URI uri(Object value, String name) {
    if (value instanceof URI u) {
      return u;
    }
    if (value instanceof String s && !s.isBlank()) {
      return URI.create(s.trim());
    }
    throw new ExtensionContextException(
        "@ProviderUrl " + name + " gave " + value + ": give the provider's URL as a String or URI");
  }

  /** Says the run's lines on standard output, where Surefire and IDEs show a test's output. */
  private static final class PrintingListener implements VerificationListener {
    @Override
    public void info(String line) {
      System.out.println("[pact] " + line);
    }

    @Override
    public void warn(String line) {
      System.out.println("[pact] WARNING " + line);
    }
  }
}

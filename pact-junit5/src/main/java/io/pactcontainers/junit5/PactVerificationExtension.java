package io.pactcontainers.junit5;

import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.report.Summary;
import io.pactcontainers.report.Verdict;
import io.pactcontainers.verify.VerificationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link PactProviderTest} class, built like Testcontainers' own extension: {@code
 * beforeAll} reads the class's declarations and starts its {@link ProviderContainer} (unless it
 * runs already), the run kept in the class's Store, which closes it (the session, the container
 * started here) when the class is done; the {@code @TestFactory} gets the run's tests; {@code
 * afterAll} publishes (with the library's rules) and writes the reports. A {@code @Nested} class
 * uses the run of the class it sits in. Everything a verification does is the library's; this class
 * only maps.
 */
public final class PactVerificationExtension
    implements BeforeAllCallback, AfterAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PactVerificationExtension.class);

  /** Creates the extension; JUnit does, through {@link PactProviderTest}. */
  public PactVerificationExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    if (run(context).isPresent()) {
      return; // a @Nested class: the enclosing class's run
    }
    PactTestClass declared = PactTestClass.of(context.getRequiredTestClass());
    context.getStore(NAMESPACE).put(ClassRun.class, ClassRun.begin(declared));
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == PactVerification.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ClassRun run = run(context).orElseThrow();
    Optional<Object> instance =
        context
            .getTestInstances()
            .flatMap(all -> all.findInstance(run.declared().type()))
            .map(Object.class::cast);
    ClassRun.Opened opened = run.open(instance);
    return new PactVerification(
        opened.session(), new ConsoleReport(false, false, opened.reproduction()), run.secrets());
  }

  @Override
  public void afterAll(ExtensionContext context) throws IOException {
    ClassRun run = context.getStore(NAMESPACE).get(ClassRun.class, ClassRun.class);
    if (run == null
        || run.declared().type() != context.getRequiredTestClass()
        || run.opened().isEmpty()) {
      return; // not this class's run (a @Nested class), or no test factory ran
    }
    ClassRun.Opened opened = run.opened().get();
    VerificationResult result =
        opened.session().publish(opened.session().result()).withReproduction(opened.reproduction());
    Path reports = run.reportsFolder();
    run.listener().info(Summary.totals(result));
    List<String> notWritten =
        run.reports()
            .write(
                result,
                reports,
                System.getenv(),
                run.secrets(),
                run.listener()::info,
                run.listener()::warn);
    if (!notWritten.isEmpty()) {
      // Said with the verdict: the class's run is not complete without its reports.
      throw new ExtensionConfigurationException(
          Summary.totals(result)
              + ", but "
              + Verdict.reportsNotWritten(
                  notWritten, reports.toFile(), "@PactProviderTest(outputDirectory)"));
    }
  }

  /** This class's run, or the run of a class it is nested in. */
  private static Optional<ClassRun> run(ExtensionContext context) {
    return Optional.ofNullable(context.getStore(NAMESPACE).get(ClassRun.class, ClassRun.class));
  }
}

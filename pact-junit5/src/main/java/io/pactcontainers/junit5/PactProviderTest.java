package io.pactcontainers.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that verifies a provider against its pacts: a {@code @TestFactory} taking a {@link
 * PactVerification} returns one dynamic test per interaction. The provider is the class's {@link
 * ProviderContainer} (any Testcontainers container) or its {@link ProviderUrl}.
 *
 * <pre>{@code
 * @PactProviderTest(provider = "grill-chef", pacts = "pacts", stateChangeUrl = "/_pact/state")
 * class GrillChefPactTest {
 *   @ProviderContainer
 *   static GenericContainer<?> chef =
 *       new GenericContainer<>("grill-chef:1.4.2").withExposedPorts(8000);
 *
 *   @TestFactory
 *   Stream<DynamicTest> pacts(PactVerification verification) {
 *     return verification.tests();
 *   }
 * }
 * }</pre>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(PactVerificationExtension.class)
public @interface PactProviderTest {
  /**
   * The provider's name as the pacts spell it.
   *
   * @return the name
   */
  String provider();

  /**
   * A folder of pact files, relative to the working directory (the module's folder under Maven).
   *
   * @return the folder; ignored when {@link #brokerUrl()} is given and the folder does not exist
   */
  String pacts() default "pacts";

  /**
   * A Pact Broker to take the pacts from (its token in {@code PACT_BROKER_TOKEN}), with the
   * Broker's default selection.
   *
   * @return the Broker's URL, or "" for none
   */
  String brokerUrl() default "";

  /**
   * The provider's state endpoint, a path in the provider ({@code /_pact/state}) or a URL; "" when
   * the states are set by {@link State} methods or need none.
   *
   * @return the endpoint
   */
  String stateChangeUrl() default "";

  /**
   * Seconds any one request may take.
   *
   * @return the timeout
   */
  int requestTimeout() default 30;

  /**
   * Where the reports go ({@code reports/}: JSON, HTML, Markdown; the JUnit XML is Surefire's).
   *
   * @return the folder
   */
  String outputDirectory() default "target/pact";
}

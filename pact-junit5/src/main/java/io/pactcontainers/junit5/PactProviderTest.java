package io.pactcontainers.junit5;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
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
 *
 * <p>A subclass is a pact test with its superclass's settings (unless it declares its own), and a
 * {@code @Nested} class inside one uses the enclosing class's run: the same provider, the same
 * interactions.
 */
@Inherited
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
   * Broker's default selection unless {@link #consumerVersionSelectors()}; {@code ${NAME}} is read
   * from the environment, then the system properties; "" takes the system property {@code
   * pact.broker.url} when set.
   *
   * @return the Broker's URL, or "" for none
   */
  String brokerUrl() default "";

  /**
   * More folders of pact files besides {@link #pacts()}, each of which must exist, as the plugin's
   * {@code <pactDirectories>}.
   *
   * @return the folders, relative to the working directory
   */
  String[] pactDirectories() default {};

  /**
   * Pact URLs (a Broker webhook's {@code ${pactbroker.pactUrl}}): results are published to each
   * pact's own link; {@code ${NAME}} is read from the environment, then the system properties. None
   * given: {@code -Dpact.urls} (pact-jvm's {@code -Dpact.filter.pacturl}).
   *
   * @return the URLs
   */
  String[] pactUrls() default {};

  /**
   * Only these consumers' pacts are verified; none: all, or {@code -Dpact.filter.consumers}. A
   * filtered class is said to be partial and is never published.
   *
   * @return the consumer names
   */
  String[] consumers() default {};

  /**
   * A regular expression on interaction descriptions; "" for all, or {@code
   * -Dpact.filter.description}. A filtered class is never published.
   *
   * @return the expression
   */
  String interactionDescription() default "";

  /**
   * A regular expression on provider states; "" for all, or {@code -Dpact.filter.providerState}. A
   * filtered class is never published.
   *
   * @return the expression
   */
  String providerState() default "";

  /**
   * How the Broker of {@link #brokerUrl()} is reached, what it selects and what is published with
   * the results, as the plugin's {@code <broker>}.
   *
   * @return the Broker's settings
   */
  Broker broker() default @Broker;

  /**
   * How a provider at an https {@link ProviderUrl} is trusted (its CA, or not checked at all) and
   * the client certificate it asks for behind mutual TLS, as the plugin's {@code <provider>}
   * children of those names.
   *
   * @return the provider's TLS settings
   */
  Tls providerTls() default @Tls;

  /**
   * Consumer version selectors for the Broker, as one JSON array ({@code
   * [{"mainBranch":true},{"deployedOrReleased":true}]}); "" for the Broker's default.
   *
   * @return the selectors
   */
  String consumerVersionSelectors() default "";

  /**
   * Asks the Broker which pacts are pending: their failures are reported (the tests aborted, not
   * failed) and do not fail the run.
   *
   * @return whether pending pacts are on
   */
  boolean enablePending() default false;

  /**
   * Headers set on requests (real tokens), each only where the pact's request has it unless {@link
   * Header#always()}.
   *
   * @return the headers
   */
  Header[] headers() default {};

  /**
   * Request filters (public, with a constructor without parameters): each sees every request as
   * generated and returns the one to send (signing its body, say).
   *
   * @return the filters, applied in order
   */
  Class<? extends io.pactcontainers.verify.RequestFilter>[] requestFilters() default {};

  /**
   * The TLS of a provider reached at an https {@link ProviderUrl}. {@code ${NAME}} is read from the
   * environment, then the system properties.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({})
  @interface Tls {
    /**
     * The CA that signed the provider's certificate (PEM), relative to the working directory: a
     * provider with a certificate of its own (a test CA, a self-signed one) is trusted through it.
     *
     * @return the file, or "" for the JDK's trust
     */
    String caCertificate() default "";

    /**
     * Whether the provider's certificate is not checked at all (pact-jvm's {@code
     * HttpsTestTarget(insecure = true)}); each run warns that it was not. Not with {@link
     * #caCertificate()}, which checks it.
     *
     * @return true to trust any certificate
     */
    boolean insecure() default false;

    /**
     * The client certificate offered to a provider behind mutual TLS: a PEM file of the certificate
     * chain with {@link #clientKey()}, or a PKCS#12 file; relative to the working directory.
     *
     * @return the file, or "" for none
     */
    String clientCertificate() default "";

    /**
     * The PEM file of {@link #clientCertificate()}'s private key (PKCS#8, PKCS#1 or EC), unless it
     * is in the certificate's file.
     *
     * @return the file, or ""
     */
    String clientKey() default "";

    /**
     * The environment variable holding a PKCS#12 {@link #clientCertificate()}'s password.
     *
     * @return the variable's name
     */
    String clientCertificatePasswordVariable() default "PACT_PROVIDER_CLIENT_CERTIFICATE_PASSWORD";
  }

  /**
   * The Broker's access, selection and publishing settings, as the plugin's {@code <broker>}. Each
   * also comes from the plugin's system property when not given here ({@code
   * -Dpact.provider.branch}, {@code -Dpact.provider.tags}, {@code -Dpact.buildUrl}, {@code
   * -Dpact.verifier.includeWipPactsSince}, {@code -Dpact.broker.retries}, pact-jvm's names read as
   * ours). {@code ${NAME}} is read from the environment, then the system properties.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({})
  @interface Broker {
    /**
     * The environment variable (or system property {@code pact.broker.token}) holding the token.
     *
     * @return the variable's name
     */
    String tokenVariable() default "PACT_BROKER_TOKEN";

    /**
     * The environment variable holding the basic-auth user name ({@code -Dpact.broker.username}).
     *
     * @return the variable's name
     */
    String usernameVariable() default "PACT_BROKER_USERNAME";

    /**
     * The environment variable holding the basic-auth password ({@code -Dpact.broker.password}).
     *
     * @return the variable's name
     */
    String passwordVariable() default "PACT_BROKER_PASSWORD";

    /**
     * A header that carries the token instead of {@code Authorization: Bearer} (an API gateway's
     * {@code X-Api-Key}).
     *
     * @return the header's name, or "" for Authorization
     */
    String authHeaderName() default "";

    /**
     * The CA that signed the Broker's certificate (PEM), relative to the working directory.
     *
     * @return the file, or "" for the JDK's trust
     */
    String caCertificate() default "";

    /**
     * The client certificate offered to a Broker (and pact URLs) behind mutual TLS: a PEM file of
     * the certificate chain with {@link #clientKey()}, or a PKCS#12 file; relative to the working
     * directory.
     *
     * @return the file, or "" for none
     */
    String clientCertificate() default "";

    /**
     * The PEM file of {@link #clientCertificate()}'s private key (PKCS#8, PKCS#1 or EC), unless it
     * is in the certificate's file.
     *
     * @return the file, or ""
     */
    String clientKey() default "";

    /**
     * The environment variable holding a PKCS#12 {@link #clientCertificate()}'s password.
     *
     * @return the variable's name
     */
    String clientCertificatePasswordVariable() default "PACT_BROKER_CLIENT_CERTIFICATE_PASSWORD";

    /**
     * Seconds a Broker call may take.
     *
     * @return the timeout
     */
    int timeout() default 30;

    /**
     * How often a Broker read is tried again ({@code -Dpact.broker.retries} wins).
     *
     * @return the retries
     */
    int retries() default 3;

    /**
     * Consumer version selectors, one annotation each; {@link
     * PactProviderTest#consumerVersionSelectors()} (JSON) wins when given.
     *
     * @return the selectors; none: the Broker's default
     */
    Selector[] selectors() default {};

    /**
     * WIP pacts are included from this date ({@code 2024-01-31}); needs {@link
     * PactProviderTest#enablePending()}.
     *
     * @return the date, or ""
     */
    String includeWipPactsSince() default "";

    /**
     * The provider's branch, sent for pending and WIP pacts and published with the results.
     *
     * @return the branch, or "" (then the git branch or the CI's)
     */
    String providerBranch() default "";

    /**
     * Tags of the published provider version.
     *
     * @return the tags
     */
    String[] providerTags() default {};

    /**
     * The CI build's URL, published with the results.
     *
     * @return the URL, or ""
     */
    String buildUrl() default "";

    /**
     * Whether a failed publication fails the class.
     *
     * @return true unless said otherwise
     */
    boolean failIfPublishFails() default true;
  }

  /**
   * One consumer version selector, with the Broker's field names
   * (docs.pact.io/pact_broker/advanced_topics/consumer_version_selectors); an attribute left at its
   * default is not sent.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({})
  @interface Selector {
    /**
     * The latest pact of each consumer's main branch.
     *
     * @return whether
     */
    boolean mainBranch() default false;

    /**
     * The pacts of this consumer branch.
     *
     * @return the branch, or ""
     */
    String branch() default "";

    /**
     * The consumer branch named as the provider's branch.
     *
     * @return whether
     */
    boolean matchingBranch() default false;

    /**
     * The pacts of consumer versions with this tag.
     *
     * @return the tag, or ""
     */
    String tag() default "";

    /**
     * Only the latest of those selected (with {@link #tag()} or {@link #branch()}).
     *
     * @return whether
     */
    boolean latest() default false;

    /**
     * The tag used when {@link #tag()} has no pact.
     *
     * @return the tag, or ""
     */
    String fallbackTag() default "";

    /**
     * The branch used when {@link #branch()} has no pact.
     *
     * @return the branch, or ""
     */
    String fallbackBranch() default "";

    /**
     * Only this consumer's pacts.
     *
     * @return the consumer, or ""
     */
    String consumer() default "";

    /**
     * The consumer versions deployed (to {@link #environment()} or anywhere).
     *
     * @return whether
     */
    boolean deployed() default false;

    /**
     * The consumer versions released (in {@link #environment()} or anywhere).
     *
     * @return whether
     */
    boolean released() default false;

    /**
     * The consumer versions deployed or released (in {@link #environment()} or anywhere).
     *
     * @return whether
     */
    boolean deployedOrReleased() default false;

    /**
     * The environment of {@link #deployed()}, {@link #released()} or {@link #deployedOrReleased()}.
     *
     * @return the environment, or ""
     */
    String environment() default "";
  }

  /** A header set on requests, as the plugin's {@code <headers><header>}. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target({})
  @interface Header {
    /**
     * The header's name.
     *
     * @return the name
     */
    String name();

    /**
     * Its value; {@code ${NAME}} is read from the environment, then the system properties.
     *
     * @return the value, or "" when {@link #command()} gives it
     */
    String value() default "";

    /**
     * A command whose output is the value (a token minted for this run), run once through {@code sh
     * -c} in the working directory before anything is sent, as the plugin's {@code <command>}.
     *
     * @return the command, or "" when {@link #value()} gives the value
     */
    String command() default "";

    /**
     * A static method of the test class (or a superclass) without parameters whose {@code String}
     * result is the value (a token minted in Java), called once before the provider starts; instead
     * of {@link #value()} and {@link #command()}.
     *
     * @return the method's name, or ""
     */
    String method() default "";

    /**
     * On every request, replacing the pact's value, instead of only where the pact has the header.
     *
     * @return whether always
     */
    boolean always() default false;

    /**
     * Only on these consumers' requests; none: all.
     *
     * @return the consumer names
     */
    String[] consumers() default {};

    /**
     * Whether the value is a secret (masked in the reproduction commands).
     *
     * @return true unless said otherwise
     */
    boolean secret() default true;

    /**
     * Seconds {@link #command()} may take, as the plugin's {@code <timeout>}.
     *
     * @return the timeout
     */
    int timeout() default 60;
  }

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
   * Where the reports go ({@code reports/}: JSON, HTML, Markdown; the JUnit XML is Surefire's) and
   * the provider's log ({@code logs/}). Not the plugin's {@code target/pact}: a build that verifies
   * both ways keeps both sets of reports.
   *
   * @return the folder
   */
  String outputDirectory() default "target/pact-junit5";

  /**
   * Whether a class that finds nothing to verify (no pact for {@link #provider()}, or a filter that
   * keeps none) passes, as the plugin's {@code <allowEmpty>}; also {@code -Dpact.allowEmpty=true}.
   *
   * @return whether an empty run passes
   */
  boolean allowEmpty() default false;

  /**
   * The report formats written to {@link #outputDirectory()}{@code /reports} after the class: any
   * of {@code json}, {@code junit}, {@code html}, {@code markdown}, as the plugin's {@code
   * <reports>} (Surefire writes its own JUnit XML of the tests).
   *
   * @return the formats
   */
  String[] reports() default {"json", "html", "markdown"};
}

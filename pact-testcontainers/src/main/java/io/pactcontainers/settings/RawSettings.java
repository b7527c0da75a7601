package io.pactcontainers.settings;

import java.io.File;
import java.util.List;
import java.util.Map;

/**
 * A verification's settings as the user gave them, read-only (as Jib's {@code RawConfiguration}
 * under its Maven and Gradle plugins): each front end reads its own source (POM parameters,
 * annotations, options) into this view, and {@link VerificationSettings} maps it onto the library's
 * configuration, in one place for every front end. Raw: a setting not given is null (or false, or
 * an empty list); its default is the settings layer's. Names are the Maven plugin's parameter
 * names; {@link #names()} says how this front end writes them.
 */
public interface RawSettings {

  /**
   * How this front end writes a setting, for messages.
   *
   * @return the front end's names
   */
  SettingNames names();

  /**
   * The provider's name in the pacts.
   *
   * @return {@code providerName}
   */
  String providerName();

  /**
   * The folder of pacts.
   *
   * @return {@code pactDirectory}; null: none
   */
  File pactDirectory();

  /**
   * More folders of pacts, each of which must exist.
   *
   * @return {@code pactDirectories}; null: none
   */
  default List<File> pactDirectories() {
    return null;
  }

  /**
   * Pact files.
   *
   * @return {@code pactFiles}; null: none
   */
  default List<File> pactFiles() {
    return null;
  }

  /**
   * Pact URLs (a webhook's {@code ${pactbroker.pactUrl}}).
   *
   * @return {@code pactUrls}; null: none
   */
  default List<String> pactUrls() {
    return null;
  }

  /**
   * The credentials of the pact URLs, by the id of a server the front end knows (settings.xml).
   *
   * @return {@code pactUrlsServerId}; null: none
   */
  default String pactUrlsServerId() {
    return null;
  }

  /**
   * The consumers to verify.
   *
   * @return {@code consumers}; null or empty: all
   */
  default List<String> consumers() {
    return null;
  }

  /**
   * A regular expression on interaction descriptions.
   *
   * @return {@code interactionDescription}; null: all
   */
  default String interactionDescription() {
    return null;
  }

  /**
   * A regular expression on provider states.
   *
   * @return {@code providerState}; null: all
   */
  default String providerState() {
    return null;
  }

  /**
   * The Pact Broker's URL.
   *
   * @return {@code brokerUrl}; null: no Broker
   */
  default String brokerUrl() {
    return null;
  }

  /**
   * The Broker's access and publishing settings.
   *
   * @return {@code broker}; null: the defaults
   */
  default Broker broker() {
    return null;
  }

  /**
   * Consumer version selectors as the Broker's JSON.
   *
   * @return {@code consumerVersionSelectors}; null: the Broker's default, or {@code broker}'s
   */
  default String consumerVersionSelectors() {
    return null;
  }

  /**
   * The provider's branch.
   *
   * @return {@code providerBranch}; null: none
   */
  default String providerBranch() {
    return null;
  }

  /**
   * Whether pending pacts are verified without failing the run.
   *
   * @return {@code enablePending}
   */
  default boolean enablePending() {
    return false;
  }

  /**
   * The date from which WIP pacts are included.
   *
   * @return {@code includeWipPactsSince}; null: none
   */
  default String includeWipPactsSince() {
    return null;
  }

  /**
   * Whether results are published to the Broker.
   *
   * @return {@code publishResults}
   */
  default boolean publishResults() {
    return false;
  }

  /**
   * The Broker's token, standing for the environment variable {@code broker} names.
   *
   * @return {@code brokerToken}; null: none
   */
  default String brokerToken() {
    return null;
  }

  /**
   * The Broker's user name, standing for the environment variable {@code broker} names.
   *
   * @return {@code brokerUsername}; null: none
   */
  default String brokerUsername() {
    return null;
  }

  /**
   * The Broker's password, standing for the environment variable {@code broker} names.
   *
   * @return {@code brokerPassword}; null: none
   */
  default String brokerPassword() {
    return null;
  }

  /**
   * Provider tags added to {@code broker}'s.
   *
   * @return {@code providerTags}; null: none
   */
  default List<String> providerTags() {
    return null;
  }

  /**
   * Where the reports go.
   *
   * @return {@code reportsDirectory}; null: {@code reports} in the output folder
   */
  default File reportsDirectory() {
    return null;
  }

  /**
   * Whether {@code -SNAPSHOT} is trimmed from the published provider version.
   *
   * @return {@code trimSnapshot}
   */
  default boolean trimSnapshot() {
    return false;
  }

  /**
   * Whether a version detected from a working tree with changes not committed ({@code +dirty}) may
   * be published.
   *
   * @return {@code publishDirtyVersion}
   */
  default boolean publishDirtyVersion() {
    return false;
  }

  /**
   * The version of the build the front end runs in (Maven's {@code ${project.version}}): published
   * when no {@code providerVersion} is given and neither git nor the CI gives one, unless it is a
   * SNAPSHOT, which names no build.
   *
   * @return the build's version; null: none
   */
  default String buildVersion() {
    return null;
  }

  /**
   * The provider version results are published for.
   *
   * @return {@code providerVersion}; null: none
   */
  default String providerVersion() {
    return null;
  }

  /**
   * The CI build's URL, published with the results.
   *
   * @return {@code buildUrl}; null: none
   */
  default String buildUrl() {
    return null;
  }

  /**
   * The Broker's retries, standing for {@code broker}'s.
   *
   * @return {@code brokerRetries}; null: {@code broker}'s
   */
  default Integer brokerRetries() {
    return null;
  }

  /**
   * Whether the run stops at the first interaction that does not pass.
   *
   * @return {@code failFast}
   */
  default boolean failFast() {
    return false;
  }

  /**
   * Whether only the interactions that did not pass in the previous run are verified.
   *
   * @return {@code lastFailed}
   */
  default boolean lastFailed() {
    return false;
  }

  /**
   * Whether 3xx answers are followed.
   *
   * @return {@code followRedirects}
   */
  default boolean followRedirects() {
    return true;
  }

  /**
   * A path put before every request's path.
   *
   * @return {@code basePath}; null: none
   */
  default String basePath() {
    return null;
  }

  /**
   * State-change URLs by consumer.
   *
   * @return {@code consumerStateChangeUrls}; null: none
   */
  default Map<String, String> consumerStateChangeUrls() {
    return null;
  }

  /**
   * The provider's container (or URL).
   *
   * @return {@code provider}; null: not given
   */
  default Provider provider() {
    return null;
  }

  /**
   * An image standing for {@code provider}'s ({@code -Dpact.provider.image}, a matrix row).
   *
   * @return {@code providerImage}; null: {@code provider}'s
   */
  default String providerImage() {
    return null;
  }

  /**
   * A client certificate standing for {@code provider}'s ({@code
   * -Dpact.provider.clientCertificate}).
   *
   * @return {@code providerClientCertificate}; null: {@code provider}'s
   */
  default File providerClientCertificate() {
    return null;
  }

  /**
   * The client certificate's key standing for {@code provider}'s ({@code
   * -Dpact.provider.clientKey}).
   *
   * @return {@code providerClientKey}; null: {@code provider}'s
   */
  default File providerClientKey() {
    return null;
  }

  /**
   * A running provider's URL standing for {@code provider}'s container.
   *
   * @return {@code providerBaseUrl}; null: {@code provider}'s
   */
  default String providerBaseUrl() {
    return null;
  }

  /**
   * Whether the provider's place is known when the settings are mapped: not where a front end
   * learns it only as its run opens (pact-junit5's container or {@code @ProviderUrl}); its rules
   * are then checked by {@link VerificationSettings#checkProviderTls} at that point.
   *
   * @return false when the provider's place is known only later
   */
  default boolean providerKnownWhenMapped() {
    return true;
  }

  /**
   * The provider's state-change endpoint.
   *
   * @return {@code stateChangeUrl}; null: none
   */
  default String stateChangeUrl() {
    return null;
  }

  /**
   * Whether the state is sent in the body (else as query parameters).
   *
   * @return {@code stateChangeUsesBody}
   */
  default boolean stateChangeUsesBody() {
    return true;
  }

  /**
   * Whether states are torn down after each interaction.
   *
   * @return {@code stateChangeTeardown}
   */
  default boolean stateChangeTeardown() {
    return true;
  }

  /**
   * The provider's message endpoint.
   *
   * @return {@code messageUrl}; null: none
   */
  default String messageUrl() {
    return null;
  }

  /**
   * The classes whose {@code @MessageProvider} methods produce the messages, by class name, made
   * from the class path the front end gives ({@link SettingsContext#classes}) as request filters
   * are.
   *
   * @return {@code messageProviders}; null: none
   */
  default List<String> messageProviders() {
    return null;
  }

  /**
   * Headers added to the requests.
   *
   * @return {@code headers}; null: none
   */
  default List<? extends Header> headers() {
    return null;
  }

  /**
   * The short form: headers added to every request.
   *
   * @return {@code requestHeaders}; null: none
   */
  default Map<String, String> requestHeaders() {
    return null;
  }

  /**
   * The user's request filters, by class name, loaded from the class path the front end gives
   * ({@link SettingsContext#classes}).
   *
   * @return {@code requestFilter}s; null: none
   */
  default List<String> requestFilters() {
    return null;
  }

  /**
   * The names of the request headers whose values are secrets.
   *
   * @return {@code secretRequestHeaders}; null: the library's ({@code Authorization}...)
   */
  default List<String> secretRequestHeaders() {
    return null;
  }

  /**
   * Whether a run that finds nothing to verify passes.
   *
   * @return {@code allowEmpty}
   */
  default boolean allowEmpty() {
    return false;
  }

  /**
   * The report formats by name.
   *
   * @return {@code reports}; null: json, junit, html and markdown
   */
  default List<String> reports() {
    return null;
  }

  /**
   * Reports written to files of their own, besides the reports' folder: the whole run in one file
   * per format (the Rust verifier's {@code --json FILE}, {@code --junit FILE}).
   *
   * @return the file by format name ({@code json}, {@code junit}...); null: none
   */
  default Map<String, File> reportFiles() {
    return null;
  }

  /**
   * The number of provider containers that verify side by side.
   *
   * @return {@code shards}
   */
  default int shards() {
    return 1;
  }

  /**
   * How long a request may wait for the provider's answer, in seconds.
   *
   * @return {@code requestTimeout}
   */
  default int requestTimeout() {
    return 30;
  }

  /**
   * The largest pact or body read, in MB.
   *
   * @return {@code maxBodySize}
   */
  default int maxBodySize() {
    return 200;
  }

  /** {@code provider}: the provider's container, or the URL of a running provider. */
  interface Provider {
    /** The environment variable of a PKCS#12 client certificate's password when none is named. */
    String DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE =
        "PACT_PROVIDER_CLIENT_CERTIFICATE_PASSWORD";

    /** The port the provider serves on when none is given. */
    int DEFAULT_PORT = io.pactcontainers.provider.ProviderContainer.DEFAULT_PORT;

    /** Seconds the provider may take to become ready when none is given. */
    int DEFAULT_STARTUP_TIMEOUT = 60;

    /** Seconds an image may take to pull when none is given. */
    int DEFAULT_PULL_TIMEOUT = 60;

    /** When an image is pulled when none is given. */
    String DEFAULT_PULL_POLICY = "ifMissing";

    /**
     * The image.
     *
     * @return {@code image}; null: none
     */
    String image();

    /**
     * The folder with the Dockerfile.
     *
     * @return {@code dockerfile}; null: none
     */
    File dockerfile();

    /**
     * A running provider's URL.
     *
     * @return {@code baseUrl}; null: none
     */
    String baseUrl();

    /**
     * The CA that signed the provider's certificate (PEM).
     *
     * @return {@code caCertificate}; null: the JDK's
     */
    File caCertificate();

    /**
     * Whether the provider's certificate is not checked.
     *
     * @return {@code insecureTls}
     */
    boolean insecureTls();

    /**
     * The client certificate offered to the provider when it asks for one (mutual TLS): a PEM file
     * of the certificate chain (with {@link #clientKey()}), or a PKCS#12 file.
     *
     * @return {@code clientCertificate}; null: none
     */
    default File clientCertificate() {
      return null;
    }

    /**
     * The PEM file of the client certificate's private key.
     *
     * @return {@code clientKey}; null: in the certificate's PEM file, or none
     */
    default File clientKey() {
      return null;
    }

    /**
     * The environment variable of a PKCS#12 client certificate's password.
     *
     * @return {@code clientCertificatePasswordEnvironmentVariable}
     */
    default String clientCertificatePasswordEnvironmentVariable() {
      return DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE;
    }

    /**
     * The port the provider serves on in its container.
     *
     * @return {@code port}
     */
    int port();

    /**
     * The container's environment.
     *
     * @return {@code env}; null: none
     */
    Map<String, String> env();

    /**
     * The container's command.
     *
     * @return {@code command}; null: the image's
     */
    List<String> command();

    /**
     * How readiness is awaited.
     *
     * @return {@code waitFor}; null: the port
     */
    WaitFor waitFor();

    /**
     * Seconds the provider may take to become ready.
     *
     * @return {@code startupTimeout}
     */
    int startupTimeout();

    /**
     * When the image is pulled.
     *
     * @return {@code pullPolicy}; null: {@value #DEFAULT_PULL_POLICY}
     */
    String pullPolicy();

    /**
     * The memory limit.
     *
     * @return {@code memory}; null: Docker's
     */
    String memory();

    /**
     * Seconds an image may take to pull.
     *
     * @return {@code pullTimeout}
     */
    int pullTimeout();

    /**
     * Files copied into the container.
     *
     * @return {@code files}; null: none
     */
    List<? extends FileCopy> files();

    /**
     * Containers started beside the provider.
     *
     * @return {@code sidecars}; null: none
     */
    List<? extends Sidecar> sidecars();
  }

  /** {@code waitFor}: an HTTP path, a log line, or the port. */
  interface WaitFor {
    /**
     * An HTTP path that answers when ready.
     *
     * @return {@code httpPath}; null: none
     */
    String httpPath();

    /**
     * The status {@code httpPath} answers.
     *
     * @return {@code status}
     */
    int status();

    /**
     * A regular expression on the log that says ready.
     *
     * @return {@code logMessage}; null: none
     */
    String logMessage();

    /**
     * How many log lines must match.
     *
     * @return {@code times}
     */
    int times();
  }

  /** {@code files}: a file copied into the container. */
  interface FileCopy {
    /**
     * The file on this machine.
     *
     * @return {@code source}
     */
    File source();

    /**
     * Where it goes in the container.
     *
     * @return {@code target}
     */
    String target();
  }

  /** {@code sidecars}: a container beside the provider (a database). */
  interface Sidecar {
    /**
     * Its network alias.
     *
     * @return {@code name}
     */
    String name();

    /**
     * Its image.
     *
     * @return {@code image}
     */
    String image();

    /**
     * The port it serves on; 0: none awaited.
     *
     * @return {@code port}
     */
    int port();

    /**
     * Its environment.
     *
     * @return {@code env}; null: none
     */
    Map<String, String> env();

    /**
     * Its command.
     *
     * @return {@code command}; null: the image's
     */
    List<String> command();

    /**
     * How its readiness is awaited.
     *
     * @return {@code waitFor}; null: the port
     */
    WaitFor waitFor();

    /**
     * Seconds it may take to become ready.
     *
     * @return {@code startupTimeout}
     */
    int startupTimeout();
  }

  /** {@code broker}: how the Broker is reached, and what is published with the results. */
  interface Broker {
    /** The environment variable of the Broker's token when none is named. */
    String DEFAULT_TOKEN_VARIABLE = "PACT_BROKER_TOKEN";

    /** The environment variable of the Broker's user name when none is named. */
    String DEFAULT_USERNAME_VARIABLE = "PACT_BROKER_USERNAME";

    /** The environment variable of the Broker's password when none is named. */
    String DEFAULT_PASSWORD_VARIABLE = "PACT_BROKER_PASSWORD";

    /** The environment variable of a PKCS#12 client certificate's password when none is named. */
    String DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE = "PACT_BROKER_CLIENT_CERTIFICATE_PASSWORD";

    /** Seconds a Broker call may take when none is given. */
    int DEFAULT_TIMEOUT = 30;

    /** How often a Broker read is tried again when none is given. */
    int DEFAULT_RETRIES = 3;

    /** The defaults: what a front end without Broker settings has. */
    Broker DEFAULTS =
        new Broker() {
          @Override
          public String serverId() {
            return null;
          }

          @Override
          public String tokenEnvironmentVariable() {
            return DEFAULT_TOKEN_VARIABLE;
          }

          @Override
          public String usernameEnvironmentVariable() {
            return DEFAULT_USERNAME_VARIABLE;
          }

          @Override
          public String passwordEnvironmentVariable() {
            return DEFAULT_PASSWORD_VARIABLE;
          }

          @Override
          public String authHeaderName() {
            return null;
          }

          @Override
          public File caCertificate() {
            return null;
          }

          @Override
          public List<? extends Selector> consumerVersionSelectors() {
            return null;
          }

          @Override
          public List<String> providerTags() {
            return null;
          }

          @Override
          public boolean failIfPublishFails() {
            return true;
          }

          @Override
          public int timeout() {
            return DEFAULT_TIMEOUT;
          }

          @Override
          public int retries() {
            return DEFAULT_RETRIES;
          }
        };

    /**
     * The id of a server holding the credentials, in the front end's store (settings.xml).
     *
     * @return {@code serverId}; null: none
     */
    String serverId();

    /**
     * The environment variable of the token.
     *
     * @return {@code tokenEnvironmentVariable}
     */
    String tokenEnvironmentVariable();

    /**
     * The environment variable of the user name.
     *
     * @return {@code usernameEnvironmentVariable}
     */
    String usernameEnvironmentVariable();

    /**
     * The environment variable of the password.
     *
     * @return {@code passwordEnvironmentVariable}
     */
    String passwordEnvironmentVariable();

    /**
     * A header that carries the token instead of {@code Authorization: Bearer}.
     *
     * @return {@code authHeaderName}; null: none
     */
    String authHeaderName();

    /**
     * The CA that signed the Broker's certificate (PEM).
     *
     * @return {@code caCertificate}; null: the JDK's
     */
    File caCertificate();

    /**
     * The client certificate offered to the Broker (and to pact URLs) when it asks for one (mutual
     * TLS): a PEM file of the certificate chain (with {@link #clientKey()}), or a PKCS#12 file.
     *
     * @return {@code clientCertificate}; null: none
     */
    default File clientCertificate() {
      return null;
    }

    /**
     * The PEM file of the client certificate's private key.
     *
     * @return {@code clientKey}; null: in the certificate's PEM file, or none
     */
    default File clientKey() {
      return null;
    }

    /**
     * The environment variable of a PKCS#12 client certificate's password.
     *
     * @return {@code clientCertificatePasswordEnvironmentVariable}
     */
    default String clientCertificatePasswordEnvironmentVariable() {
      return DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE;
    }

    /**
     * Consumer version selectors, one element each.
     *
     * @return {@code consumerVersionSelectors}; null: none
     */
    List<? extends Selector> consumerVersionSelectors();

    /**
     * Tags of the provider version.
     *
     * @return {@code providerTags}; null: none
     */
    List<String> providerTags();

    /**
     * Whether a failed publication fails the run.
     *
     * @return {@code failIfPublishFails}
     */
    boolean failIfPublishFails();

    /**
     * Seconds a Broker call may take.
     *
     * @return {@code timeout}
     */
    int timeout();

    /**
     * How often a Broker read is tried again.
     *
     * @return {@code retries}
     */
    int retries();
  }

  /** {@code selector}: one consumer version selector, as the Broker's fields. */
  interface Selector {
    /**
     * The selector's fields, as the Broker names them.
     *
     * @return {@code mainBranch}, {@code branch}... in the Broker's JSON order; null values: unset
     */
    io.pactcontainers.broker.ConsumerVersionSelector selector();
  }

  /** {@code header}: a header added to the requests, its value given or minted by a command. */
  interface Header {
    /** Seconds a header's command may take when none is given. */
    int DEFAULT_TIMEOUT = 60;

    /**
     * The header's name.
     *
     * @return {@code name}
     */
    String name();

    /**
     * Its value.
     *
     * @return {@code value}; null: from {@code command}
     */
    String value();

    /**
     * The part of the header's setting that gives {@link #value()}, for messages and reproduction
     * lines: {@code value}, or what the front end took the value from instead (a method).
     *
     * @return {@code value} unless the front end says otherwise
     */
    default String valuePart() {
      return "value";
    }

    /**
     * A command whose output is the value.
     *
     * @return {@code command}; null: {@code value}
     */
    String command();

    /**
     * Seconds the command may take.
     *
     * @return {@code timeout}
     */
    int timeout();

    /**
     * Which requests get it: {@code present} (whose pact has it) or {@code always}.
     *
     * @return {@code replace}; null: present
     */
    String replace();

    /**
     * The consumers whose requests get it.
     *
     * @return {@code consumers}; null or empty: all
     */
    List<String> consumers();

    /**
     * Whether state-change calls get it too.
     *
     * @return {@code stateCalls}
     */
    boolean stateCalls();

    /**
     * Whether its value is a secret, masked everywhere.
     *
     * @return {@code secret}
     */
    boolean secret();
  }
}

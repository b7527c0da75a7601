package io.pactcontainers.maven;

import io.pactcontainers.settings.PropertyNames;
import java.io.File;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The provider of a verification and how it is asked: the provider itself (and the -D shortcuts
 * that replace parts of it), its state endpoints and where its messages come from. Parameters only,
 * as its subclass's: read once into {@link VerifyParameters}.
 */
abstract class AbstractProviderMojo extends AbstractPactSourceMojo {
  /** The provider's name as the pacts spell it. */
  @Parameter(property = PropertyNames.PROVIDER_NAME, defaultValue = "${project.artifactId}")
  String providerName;

  /**
   * The provider under test: {@code <image>}, {@code <dockerfile>} or {@code <baseUrl>}, and how to
   * run it.
   */
  @Parameter ProviderConfiguration provider;

  /** Verifies this image instead of {@code <provider><image>} (nightly runs over many tags). */
  @Parameter(property = PropertyNames.PROVIDER_IMAGE)
  String providerImage;

  /**
   * The client certificate offered to the provider instead of {@code <provider><clientCertificate>}
   * (a CI's certificate): PEM with {@code -Dpact.provider.clientKey}, or PKCS#12.
   */
  @Parameter(property = PropertyNames.PROVIDER_CLIENT_CERTIFICATE)
  File providerClientCertificate;

  /** The PEM key of {@code providerClientCertificate}, instead of {@code <provider><clientKey>}. */
  @Parameter(property = PropertyNames.PROVIDER_CLIENT_KEY)
  File providerClientKey;

  /** Verifies the provider running at this URL instead of starting a container. */
  @Parameter(property = PropertyNames.PROVIDER_BASE_URL)
  String providerBaseUrl;

  /**
   * The provider-state endpoint: a path inside the provider ({@code /_pact/state}) or an absolute
   * URL.
   */
  @Parameter(property = PropertyNames.STATE_CHANGE_URL)
  String stateChangeUrl;

  /** POST the state as a JSON body (true) or as query parameters (false). */
  @Parameter(property = PropertyNames.STATE_CHANGE_USES_BODY, defaultValue = "true")
  boolean stateChangeUsesBody;

  /** Calls the state endpoint again with {@code "action": "teardown"} after each interaction. */
  @Parameter(property = PropertyNames.STATE_CHANGE_TEARDOWN, defaultValue = "true")
  boolean stateChangeTeardown;

  /** Where the provider produces messages for message pacts (path or URL). */
  @Parameter(property = PropertyNames.MESSAGE_URL)
  String messageUrl;

  /**
   * Classes on the project's test class path (public, with a constructor without parameters) whose
   * {@code @MessageProvider("description")} methods produce the messages of message pacts, in this
   * JVM: the provider needs no message endpoint. Descriptions no method answers go to {@code
   * messageUrl} when it is set.
   */
  @Parameter(property = PropertyNames.MESSAGE_PROVIDERS)
  List<String> messageProviders;

  /**
   * State endpoints of some consumers' pacts, by consumer name ({@code
   * <web>/_pact/state-web</web>}), used instead of {@code <stateChangeUrl>} for them.
   */
  @Parameter Map<String, String> consumerStateChangeUrls;
}

package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.source.ClientCertificate;
import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.HttpProxies;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How to reach a Pact Broker (or PactFlow) and which pacts to ask it for.
 *
 * @param url the Broker's base URL
 * @param credentials how to authenticate, when the Broker wants it
 * @param selectors which consumer versions' pacts to verify; empty: the Broker's default
 * @param providerBranch the branch of the provider version being verified (pending pacts,
 *     matchingBranch)
 * @param providerTags tags of the provider version (older Brokers' pending calculation)
 * @param includePending ask the Broker which pacts are pending
 * @param includeWipPactsSince a date (2024-01-01) from which work-in-progress pacts are included
 * @param caCertificate a PEM file of an extra CA to trust, besides the JVM's trust store
 * @param timeout how long one request to the Broker may take
 * @param retries how often a transient failure (connection refused, 502, 503, 504) is retried
 * @param clientCertificate offered when the Broker asks for one (mutual TLS)
 * @param proxies the proxies it is reached through
 */
public record PactBroker(
    URI url,
    Optional<Credentials> credentials,
    List<ConsumerVersionSelector> selectors,
    Optional<String> providerBranch,
    List<String> providerTags,
    boolean includePending,
    Optional<String> includeWipPactsSince,
    Optional<Path> caCertificate,
    Duration timeout,
    int retries,
    Optional<ClientCertificate> clientCertificate,
    HttpProxies proxies) {

  /**
   * Checks the components.
   *
   * @param url the Broker's base URL
   * @param credentials how to authenticate, when the Broker wants it
   * @param selectors which consumer versions' pacts to verify; empty: the Broker's default
   * @param providerBranch the branch of the provider version being verified (pending pacts,
   *     matchingBranch)
   * @param providerTags tags of the provider version (older Brokers' pending calculation)
   * @param includePending ask the Broker which pacts are pending
   * @param includeWipPactsSince a date (2024-01-01) from which work-in-progress pacts are included
   * @param caCertificate a PEM file of an extra CA to trust, besides the JVM's trust store
   * @param timeout how long one request to the Broker may take
   * @param retries how often a transient failure (connection refused, 502, 503, 504) is retried
   * @param clientCertificate offered when the Broker asks for one (mutual TLS)
   * @param proxies the proxies it is reached through
   */
  public PactBroker {
    requireNonNull(url, "url");
    requireNonNull(credentials, "credentials");
    selectors = List.copyOf(selectors);
    requireNonNull(providerBranch, "providerBranch");
    providerTags = List.copyOf(providerTags);
    requireNonNull(includeWipPactsSince, "includeWipPactsSince");
    requireNonNull(caCertificate, "caCertificate");
    requireNonNull(timeout, "timeout");
    requireNonNull(clientCertificate, "clientCertificate");
    requireNonNull(proxies, "proxies");
  }

  /**
   * A Broker with the defaults: no credentials, the Broker's default selection, no pending or WIP
   * pacts, 30 s per request, 3 retries of transient failures.
   *
   * @param url the Broker's base URL
   * @return the configuration
   */
  public static PactBroker of(URI url) {
    return new PactBroker(
        url,
        Optional.empty(),
        List.of(),
        Optional.empty(),
        List.of(),
        false,
        Optional.empty(),
        Optional.empty(),
        Duration.ofSeconds(30),
        3,
        Optional.empty(),
        HttpProxies.NONE);
  }

  /**
   * The Broker a pact URL belongs to: the part of the URL before {@code /pacts/provider/}, as a
   * Broker's pact URLs are laid out (pact_broker, lib/pact_broker/api.rb). Used to publish results
   * of a pact given by URL (a webhook-triggered build) when no Broker URL is configured.
   *
   * @param pactUrl a pact URL a Broker gave
   * @return the Broker it belongs to
   * @throws IllegalArgumentException when the URL is not a Broker's pact URL
   */
  public static PactBroker forPactUrl(URI pactUrl) {
    String s = pactUrl.toString();
    int at = s.indexOf("/pacts/provider/");
    if (at < 0 || !s.startsWith("http")) {
      throw new IllegalArgumentException(
          "not a Pact Broker pact URL (no /pacts/provider/ in it): "
              + io.pactcontainers.source.Redact.userInfo(pactUrl));
    }
    return of(URI.create(s.substring(0, at + 1)));
  }

  /**
   * @param c how to authenticate
   * @return a copy with those credentials
   */
  public PactBroker withCredentials(Credentials c) {
    return copy(b -> b.credentials = Optional.of(c));
  }

  /**
   * @param s which consumer versions' pacts to verify
   * @return a copy with those selectors
   */
  public PactBroker withSelectors(List<ConsumerVersionSelector> s) {
    return copy(b -> b.selectors = s);
  }

  /**
   * @param branch the branch of the provider version verified
   * @return a copy with that branch
   */
  public PactBroker withProviderBranch(String branch) {
    return copy(b -> b.providerBranch = Optional.ofNullable(branch));
  }

  /**
   * @param tags tags of the provider version verified
   * @return a copy with those tags
   */
  public PactBroker withProviderTags(List<String> tags) {
    return copy(b -> b.providerTags = tags);
  }

  /**
   * @param pending whether to ask the Broker which pacts are pending
   * @return a copy asking so, or not
   */
  public PactBroker withPending(boolean pending) {
    return copy(b -> b.includePending = pending);
  }

  /**
   * @param since a date (2024-01-01) from which work-in-progress pacts are included
   * @return a copy including them
   */
  public PactBroker withWipPactsSince(String since) {
    return copy(b -> b.includeWipPactsSince = Optional.ofNullable(since));
  }

  /**
   * @param pem a PEM file of an extra CA to trust
   * @return a copy trusting it
   */
  public PactBroker withCaCertificate(Path pem) {
    return copy(b -> b.caCertificate = Optional.ofNullable(pem));
  }

  /**
   * @param certificate offered when the Broker asks for one; null: none
   * @return a copy offering it
   */
  public PactBroker withClientCertificate(ClientCertificate certificate) {
    return copy(b -> b.clientCertificate = Optional.ofNullable(certificate));
  }

  /**
   * @param t how long one request may take
   * @return a copy with that timeout
   */
  public PactBroker withTimeout(Duration t) {
    return copy(b -> b.timeout = t);
  }

  /**
   * @param r how often a transient failure is retried
   * @return a copy with that many retries
   */
  public PactBroker withRetries(int r) {
    return copy(b -> b.retries = r);
  }

  /**
   * @param p the proxies it is reached through
   * @return a copy reached through them
   */
  public PactBroker withProxies(HttpProxies p) {
    return copy(b -> b.proxies = p);
  }

  /**
   * Every secret of its access, to be masked wherever text is shown: the credentials' and the
   * proxies' passwords.
   *
   * @return the secrets
   */
  public List<String> secrets() {
    List<String> s = new java.util.ArrayList<>(proxies.secrets());
    credentials.ifPresent(c -> s.addAll(c.secrets()));
    clientCertificate.ifPresent(c -> s.addAll(c.secrets()));
    return s;
  }

  /**
   * The mutable twin the {@code with*} copies go through, so that each names only the field it
   * changes (a record cannot copy itself with one field changed).
   */
  private static final class Builder {
    private URI url;
    private Optional<Credentials> credentials;
    private List<ConsumerVersionSelector> selectors;
    private Optional<String> providerBranch;
    private List<String> providerTags;
    private boolean includePending;
    private Optional<String> includeWipPactsSince;
    private Optional<Path> caCertificate;
    private Duration timeout;
    private int retries;
    private Optional<ClientCertificate> clientCertificate;
    private HttpProxies proxies;

    private Builder(PactBroker from) {
      this.url = from.url;
      this.credentials = from.credentials;
      this.selectors = from.selectors;
      this.providerBranch = from.providerBranch;
      this.providerTags = from.providerTags;
      this.includePending = from.includePending;
      this.includeWipPactsSince = from.includeWipPactsSince;
      this.caCertificate = from.caCertificate;
      this.timeout = from.timeout;
      this.retries = from.retries;
      this.clientCertificate = from.clientCertificate;
      this.proxies = from.proxies;
    }

    private PactBroker build() {
      return new PactBroker(
          url,
          credentials,
          selectors,
          providerBranch,
          providerTags,
          includePending,
          includeWipPactsSince,
          caCertificate,
          timeout,
          retries,
          clientCertificate,
          proxies);
    }
  }

  private PactBroker copy(java.util.function.Consumer<Builder> change) {
    Builder b = new Builder(this);
    change.accept(b);
    return b.build();
  }
}

package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.broker.PactBroker;
import io.pactcontainers.broker.ProviderVersion;
import io.pactcontainers.provider.ProviderTarget;
import io.pactcontainers.replay.RequestFilter;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything one verification run needs, immutable. Start from {@link #of} and add with the {@code
 * with*} methods.
 *
 * @param provider the provider's name as the pacts spell it
 * @param messageUrl where to ask the provider for a message (path or URL); empty when the pacts
 *     have no message interactions
 * @param allowEmpty whether a run that finds nothing to verify may pass
 * @param outputDirectory where logs and reports go
 * @param shards how many containers of the provider verify the interactions between them (1: one
 *     container, in series); each has its own sidecars and network, so states never interfere
 */
public record VerificationConfig(
    String provider,
    List<PactSource> sources,
    ProviderTarget target,
    Optional<StateChangeConfig> stateChange,
    Optional<String> messageUrl,
    InteractionFilter filter,
    List<RequestFilter> requestFilters,
    boolean allowEmpty,
    Duration requestTimeout,
    Path outputDirectory,
    Optional<Publishing> publishing,
    ProviderTls providerTls,
    io.pactcontainers.model.JsonLimits jsonLimits,
    int shards) {

  /**
   * Publishing results to the Broker the pacts came from.
   *
   * @param failOnError whether a failed publication fails the run
   * @param broker the Broker to record the provider version's branch and tags with; empty: the one
   *     the pacts were selected from
   */
  public record Publishing(
      ProviderVersion version,
      boolean failOnError,
      String implementationVersion,
      Optional<PactBroker> broker) {
    public Publishing {
      requireNonNull(version, "version");
      requireNonNull(implementationVersion, "implementationVersion");
      requireNonNull(broker, "broker");
    }

    public Publishing(ProviderVersion version, boolean failOnError, String implementationVersion) {
      this(version, failOnError, implementationVersion, Optional.empty());
    }
  }

  /**
   * How an https provider is trusted: the JVM's CAs, plus a private CA's PEM if given; host names
   * always checked, unless {@code insecure} turns every check off (a loud warning says so).
   */
  public record ProviderTls(Optional<Path> caCertificate, boolean insecure) {
    public ProviderTls {
      requireNonNull(caCertificate, "caCertificate");
    }

    public static ProviderTls jvmDefaults() {
      return new ProviderTls(Optional.empty(), false);
    }
  }

  public VerificationConfig {
    requireNonNull(providerTls, "providerTls");
    requireNonNull(jsonLimits, "jsonLimits");
    requireNonNull(provider, "provider");
    sources = List.copyOf(sources);
    requireNonNull(target, "target");
    requireNonNull(stateChange, "stateChange");
    requireNonNull(messageUrl, "messageUrl");
    requireNonNull(filter, "filter");
    requestFilters = List.copyOf(requestFilters);
    requireNonNull(requestTimeout, "requestTimeout");
    requireNonNull(outputDirectory, "outputDirectory");
    requireNonNull(publishing, "publishing");
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, found " + shards);
    }
  }

  public static VerificationConfig of(
      String provider, ProviderTarget target, List<PactSource> sources) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        Optional.empty(),
        Optional.empty(),
        InteractionFilter.none(),
        List.of(),
        false,
        Duration.ofSeconds(30),
        Path.of("target", "pact"),
        Optional.empty(),
        ProviderTls.jvmDefaults(),
        io.pactcontainers.model.JsonLimits.DEFAULT,
        1);
  }

  public VerificationConfig withStateChange(StateChangeConfig s) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        Optional.of(s),
        messageUrl,
        filter,
        requestFilters,
        allowEmpty,
        requestTimeout,
        outputDirectory,
        publishing,
        providerTls,
        jsonLimits,
        shards);
  }

  public VerificationConfig withMessageUrl(String url) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        Optional.of(url),
        filter,
        requestFilters,
        allowEmpty,
        requestTimeout,
        outputDirectory,
        publishing,
        providerTls,
        jsonLimits,
        shards);
  }

  public VerificationConfig withFilter(InteractionFilter f) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        messageUrl,
        f,
        requestFilters,
        allowEmpty,
        requestTimeout,
        outputDirectory,
        publishing,
        providerTls,
        jsonLimits,
        shards);
  }

  public VerificationConfig withRequestFilter(RequestFilter f) {
    List<RequestFilter> all = new ArrayList<>(requestFilters);
    all.add(f);
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        messageUrl,
        filter,
        all,
        allowEmpty,
        requestTimeout,
        outputDirectory,
        publishing,
        providerTls,
        jsonLimits,
        shards);
  }

  public VerificationConfig withAllowEmpty(boolean allow) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        messageUrl,
        filter,
        requestFilters,
        allow,
        requestTimeout,
        outputDirectory,
        publishing,
        providerTls,
        jsonLimits,
        shards);
  }

  public VerificationConfig withRequestTimeout(Duration timeout) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        messageUrl,
        filter,
        requestFilters,
        allowEmpty,
        timeout,
        outputDirectory,
        publishing,
        providerTls,
        jsonLimits,
        shards);
  }

  public VerificationConfig withPublishing(Publishing p) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        messageUrl,
        filter,
        requestFilters,
        allowEmpty,
        requestTimeout,
        outputDirectory,
        Optional.of(p),
        providerTls,
        jsonLimits,
        shards);
  }

  public VerificationConfig withProviderTls(ProviderTls tls) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        messageUrl,
        filter,
        requestFilters,
        allowEmpty,
        requestTimeout,
        outputDirectory,
        publishing,
        tls,
        jsonLimits,
        shards);
  }

  /**
   * How large a pact or body may be read; larger ones are reported as such, never as invalid JSON.
   */
  public VerificationConfig withJsonLimits(io.pactcontainers.model.JsonLimits limits) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        messageUrl,
        filter,
        requestFilters,
        allowEmpty,
        requestTimeout,
        outputDirectory,
        publishing,
        providerTls,
        limits,
        shards);
  }

  public VerificationConfig withOutputDirectory(Path dir) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        messageUrl,
        filter,
        requestFilters,
        allowEmpty,
        requestTimeout,
        dir,
        publishing,
        providerTls,
        jsonLimits,
        shards);
  }

  /**
   * Verifies with {@code n} containers of the provider at once, each interaction on one of them.
   */
  public VerificationConfig withShards(int n) {
    return new VerificationConfig(
        provider,
        sources,
        target,
        stateChange,
        messageUrl,
        filter,
        requestFilters,
        allowEmpty,
        requestTimeout,
        outputDirectory,
        publishing,
        providerTls,
        jsonLimits,
        n);
  }
}

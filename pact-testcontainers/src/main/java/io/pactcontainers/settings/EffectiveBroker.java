package io.pactcontainers.settings;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code broker} as the run uses it: the tags of {@code providerTags} ({@code
 * -Dpact.provider.tags}) added to its provider tags, and {@code brokerRetries} ({@code
 * -Dpact.broker.retries}) as its retries. A view: the settings given are never changed.
 */
record EffectiveBroker(RawSettings.Broker given, List<String> providerTags, int retries)
    implements RawSettings.Broker {

  /** {@code broker} with other retries; itself when none are given. */
  static RawSettings.Broker withRetries(RawSettings.Broker broker, Integer retries) {
    if (retries == null) {
      return broker;
    }
    RawSettings.Broker b = broker == null ? RawSettings.Broker.DEFAULTS : broker;
    return new EffectiveBroker(
        b, b.providerTags() == null ? List.of() : List.copyOf(b.providerTags()), retries);
  }

  static RawSettings.Broker of(RawSettings raw) {
    RawSettings.Broker b = raw.broker() == null ? RawSettings.Broker.DEFAULTS : raw.broker();
    List<String> extra = raw.providerTags();
    if ((extra == null || extra.isEmpty()) && raw.brokerRetries() == null) {
      return raw.broker();
    }
    List<String> tags = new ArrayList<>(b.providerTags() == null ? List.of() : b.providerTags());
    if (extra != null) {
      extra.stream()
          .map(String::trim)
          .filter(t -> !t.isEmpty() && !tags.contains(t))
          .forEach(tags::add);
    }
    return new EffectiveBroker(
        b, List.copyOf(tags), raw.brokerRetries() == null ? b.retries() : raw.brokerRetries());
  }

  @Override
  public String serverId() {
    return given.serverId();
  }

  @Override
  public File clientCertificate() {
    return given.clientCertificate();
  }

  @Override
  public File clientKey() {
    return given.clientKey();
  }

  @Override
  public String clientCertificatePasswordEnvironmentVariable() {
    return given.clientCertificatePasswordEnvironmentVariable();
  }

  @Override
  public String tokenEnvironmentVariable() {
    return given.tokenEnvironmentVariable();
  }

  @Override
  public String usernameEnvironmentVariable() {
    return given.usernameEnvironmentVariable();
  }

  @Override
  public String passwordEnvironmentVariable() {
    return given.passwordEnvironmentVariable();
  }

  @Override
  public String authHeaderName() {
    return given.authHeaderName();
  }

  @Override
  public File caCertificate() {
    return given.caCertificate();
  }

  @Override
  public List<? extends RawSettings.Selector> consumerVersionSelectors() {
    return given.consumerVersionSelectors();
  }

  @Override
  public boolean failIfPublishFails() {
    return given.failIfPublishFails();
  }

  @Override
  public int timeout() {
    return given.timeout();
  }
}

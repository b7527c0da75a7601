package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Setting;
import io.pactcontainers.provider.ProviderEnd;
import io.pactcontainers.replay.ProviderHttpClient;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Watches one container's interactions for the signs that sending more is pointless: the provider
 * gone (exited, killed for memory, its container removed), the Docker engine gone, or two
 * interactions in a row without an answer. Also words an I/O error with how the provider ended,
 * which is what the user needs to know first.
 */
final class HaltWatch {
  private final Supplier<Optional<ProviderEnd>> providerEnded;
  private final Duration requestTimeout;
  private final VerificationListener listener;

  /** The client certificate offered to the provider, to say so when it is refused. */
  private final Optional<String> clientCertificate;

  /** Why the provider refused this interaction's TLS handshake (its alert), if it did. */
  private Optional<String> tlsRefusal = Optional.empty();

  /** Why the provider's certificate was not trusted in this interaction, if it was not. */
  private Optional<String> untrusted = Optional.empty();

  /** How the provider ended, as learnt after the last interaction's request failed. */
  private Optional<ProviderEnd> end = Optional.empty();

  /** The error the current interaction erred with, to tell a time-out from other errors. */
  private Throwable lastError;

  /** How many interactions in a row got no answer within the request timeout. */
  private int consecutiveNoAnswers;

  HaltWatch(
      Supplier<Optional<ProviderEnd>> providerEnded,
      Duration requestTimeout,
      VerificationListener listener,
      Optional<String> clientCertificate) {
    this.providerEnded = providerEnded;
    this.requestTimeout = requestTimeout;
    this.listener = listener;
    this.clientCertificate = clientCertificate;
  }

  /** A new interaction begins: what the previous one learnt of the provider's end is stale. */
  void begin() {
    end = Optional.empty();
    tlsRefusal = Optional.empty();
    untrusted = Optional.empty();
  }

  /** The interaction's result is in: counts it if it got no answer at all. */
  void finished(InteractionResult result) {
    boolean noAnswer =
        result instanceof InteractionResult.Errored
            && lastError instanceof RuntimeException e
            && causedBy(e, ProviderHttpClient.NoAnswerException.class);
    consecutiveNoAnswers = noAnswer ? consecutiveNoAnswers + 1 : 0;
    lastError = null;
  }

  /**
   * The error, followed by how the provider ended when it has (crashed, say): what to look at
   * first. Remembers the error, to count an interaction that got no answer.
   */
  String withProviderEnd(PactContainersException error) {
    lastError = error;
    if (!causedBy(error, IOException.class)) {
      return error.getMessage(); // the provider answered (a state endpoint's 500, say): it is up
    }
    tlsRefusal =
        io.pactcontainers.source.ClientCertificate.refusal(error)
            .or(() -> closedAfterAsking(error));
    if (tlsRefusal.isPresent()) {
      return "the provider refused the TLS handshake (" + tlsRefusal.get() + "); " + mtlsAdvice();
    }
    untrusted = untrustedCertificate(error);
    if (untrusted.isPresent()) {
      return "the provider's certificate was not trusted (" + untrusted.get() + "); " + caAdvice();
    }
    end = providerEnded.get();
    return error.getMessage()
        + end.map(
                e ->
                    "; the provider "
                        + e.description()
                        + (e.kind() == ProviderEnd.Kind.ENGINE_GONE
                            ? ""
                            : ": see its log below and in target/pact/logs"))
            .orElse("");
  }

  /**
   * Why no further request should be sent after the interaction just verified, if so. Sending the
   * rest would only repeat the same error, a request timeout each.
   *
   * @param number the interaction's number in the run (1 for the first)
   * @return the reason, in words naming the interaction and what to do
   */
  Optional<String> haltReason(int number) {
    if (end.isPresent()) {
      return Optional.of(ended(end.get(), " during interaction #" + number));
    }
    if (tlsRefusal.isPresent()) {
      // Every request would meet the same refusal: a set-up error, not the contract's.
      return Optional.of(
          "the provider refused the TLS handshake ("
              + tlsRefusal.get()
              + ") during interaction #"
              + number
              + "; "
              + mtlsAdvice());
    }
    if (untrusted.isPresent()) {
      // Every request would meet the same certificate: a set-up error, not the contract's.
      return Optional.of(
          "the provider's certificate was not trusted ("
              + untrusted.get()
              + ") during interaction #"
              + number
              + "; "
              + caAdvice());
    }
    if (consecutiveNoAnswers >= 2) {
      return Optional.of(
          "the provider stopped answering: interactions #"
              + (number - 1)
              + " and #"
              + number
              + " got no answer within "
              + requestTimeout.toMillis()
              + " ms; see its log (paused, deadlocked, out of threads?), or raise "
              + listener.settingName(Setting.REQUEST_TIMEOUT)
              + " if it is only slow");
    }
    return Optional.empty();
  }

  /** The provider asked for a client certificate, then closed without its alert. */
  private static Optional<String> closedAfterAsking(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ProviderHttpClient.ClientCertificateRefused r) {
        return Optional.of(
            "closed after asking for a client certificate: " + r.getCause().getMessage());
      }
    }
    return Optional.empty();
  }

  /**
   * The handshake failed on this side: the JVM did not trust the provider's certificate (no path to
   * a trusted CA, or it does not name the host), which every later request would meet again.
   */
  private static Optional<String> untrustedCertificate(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof java.security.cert.CertificateException) {
        return Optional.of(String.valueOf(c.getMessage()));
      }
    }
    return Optional.empty();
  }

  private String caAdvice() {
    return "give the CA that signed it with "
        + listener.settingName(Setting.PROVIDER_CA_CERTIFICATE)
        + " (the certificate must also name the host the provider is reached at), or trust any"
        + " certificate with "
        + listener.settingName(Setting.PROVIDER_INSECURE_TLS);
  }

  private String mtlsAdvice() {
    String setting = listener.settingName(Setting.PROVIDER_CLIENT_CERTIFICATE);
    return clientCertificate
        .map(
            c ->
                "it does not accept the client certificate "
                    + c
                    + " given by "
                    + setting
                    + "; give one signed by a CA the provider trusts")
        .orElse(
            "it asks for a client certificate (mutual TLS): give one the provider trusts with "
                + setting);
  }

  private String ended(ProviderEnd e, String during) {
    return switch (e.kind()) {
      case ENGINE_GONE ->
          "the Docker engine stopped answering"
              + during
              + "; start it again (`docker info` must answer) and run again: the next run"
              + " removes what this one left";
      case OUT_OF_MEMORY ->
          "the provider "
              + e.description()
              + during
              + "; raise "
              + listener.settingName(Setting.PROVIDER_MEMORY)
              + " or find what it allocates (its log is in target/pact/logs)";
      case EXITED, REMOVED ->
          "the provider " + e.description() + during + "; see its log in target/pact/logs";
    };
  }

  private static boolean causedBy(Throwable t, Class<? extends Throwable> kind) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (kind.isInstance(c)) {
        return true;
      }
    }
    return false;
  }
}

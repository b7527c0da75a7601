package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;

/**
 * A run without a provider ({@link io.pactcontainers.provider.RunningProvider#NONE}) whose pacts
 * have interactions only a provider can answer: HTTP ones, or messages no message provider method
 * produces. A set-up error, said before anything is sent.
 */
public final class ProviderNeededException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  ProviderNeededException(String message) {
    super(message);
  }
}

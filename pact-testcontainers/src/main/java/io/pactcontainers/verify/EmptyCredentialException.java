package io.pactcontainers.verify;

import io.pactcontainers.PactContainersException;

/**
 * A header value that is an authentication scheme with nothing after it ({@code "Bearer "}): what
 * {@code Bearer ${env.TOKEN}} becomes when the variable is empty, as CI services give a secret that
 * is not available to the job. Sent, it would be a request without a credential that reads as one
 * with a credential.
 */
public final class EmptyCredentialException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  EmptyCredentialException(String setting, String value) {
    super(
        setting
            + " is \""
            + value
            + "\" with nothing after the scheme: the variable or command that gives the"
            + " credential gave nothing (an empty variable counts as unset); set it, or remove"
            + " the header");
  }
}

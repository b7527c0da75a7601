package io.pactcontainers.model;

import io.pactcontainers.PactContainersException;

/** A pact larger than the JSON size limit: not invalid, only larger than this run may read. */
public final class JsonLimitException extends PactContainersException {
  private static final long serialVersionUID = 1L;

  /** The limit the pact was over. */
  private final JsonLimits limits;

  JsonLimitException(String location, JsonLimits limits, Throwable cause) {
    super(
        "The pact "
            + location
            + " holds a value larger than the JSON size limit of "
            + limits.describe()
            + "; if the pact is right, raise the limit",
        cause);
    this.limits = limits;
  }

  /**
   * The limit the pact was over.
   *
   * @return the limits of the run
   */
  public JsonLimits limits() {
    return limits;
  }
}

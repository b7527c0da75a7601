package io.pactcontainers.verify;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.model.JsonLimits;

/**
 * What a run verifies and how it goes about it: the interactions selected, whether an empty run
 * passes, how many containers share the work, whether it stops at the first failure, how large a
 * pact may be.
 *
 * @param filter which consumers, descriptions and states to verify
 * @param allowEmpty whether a run that finds nothing to verify may pass
 * @param shards how many containers of the provider verify the interactions between them (1: one
 *     container, in series); each has its own sidecars and network, so states never interfere
 * @param failFast whether the run stops at the first interaction that does not pass (the rest are
 *     not sent, nothing is published)
 * @param jsonLimits how large a pact or body may be read
 */
public record RunControls(
    InteractionFilter filter,
    boolean allowEmpty,
    int shards,
    boolean failFast,
    JsonLimits jsonLimits) {

  /** Every interaction, one container, no stop, the default limits; an empty run fails. */
  public static final RunControls DEFAULTS =
      new RunControls(InteractionFilter.none(), false, 1, false, JsonLimits.DEFAULT);

  /**
   * Checks that nothing is null and that there is at least one shard.
   *
   * @param filter which interactions to verify
   * @param allowEmpty whether an empty run may pass
   * @param shards how many containers, at least 1
   * @param failFast whether to stop at the first interaction that does not pass
   * @param jsonLimits how large a pact or body may be read
   */
  public RunControls {
    requireNonNull(filter, "filter");
    requireNonNull(jsonLimits, "jsonLimits");
    if (shards < 1) {
      throw new IllegalArgumentException("shards must be at least 1, found " + shards);
    }
  }
}

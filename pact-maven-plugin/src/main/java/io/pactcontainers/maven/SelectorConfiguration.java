package io.pactcontainers.maven;

import io.pactcontainers.broker.ConsumerVersionSelector;
import io.pactcontainers.settings.RawSettings;

/**
 * {@code <selector>}: one consumer version selector, as the Broker defines them
 * (docs.pact.io/pact_broker/advanced_topics/consumer_version_selectors). Set only what you need.
 */
public class SelectorConfiguration implements RawSettings.Selector {
  /** The latest version of each consumer on its main branch. */
  Boolean mainBranch;

  /** The latest version on this branch. */
  String branch;

  /** The latest version on the branch with the provider's branch name. */
  Boolean matchingBranch;

  /** Versions with this tag (with {@code latest}: only the latest). */
  String tag;

  /** Only the latest version matching the other fields. */
  Boolean latest;

  /** The tag to use when no version has {@code tag}. */
  String fallbackTag;

  /** The branch to use when no version is on {@code branch}. */
  String fallbackBranch;

  /** Only this consumer. */
  String consumer;

  /** Versions currently deployed (to {@code environment} if given). */
  Boolean deployed;

  /** Versions currently released (in {@code environment} if given). */
  Boolean released;

  /** Versions deployed or released. */
  Boolean deployedOrReleased;

  /** The environment for deployed / released. */
  String environment;

  @Override
  public ConsumerVersionSelector selector() {
    return new ConsumerVersionSelector(
        mainBranch,
        branch,
        matchingBranch,
        tag,
        latest,
        fallbackTag,
        fallbackBranch,
        consumer,
        deployed,
        released,
        deployedOrReleased,
        environment);
  }
}

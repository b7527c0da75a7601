package io.pactcontainers.model;

import java.util.List;

/** One interaction of a pact: an HTTP exchange or a message, sent by the consumer's tests. */
public sealed interface Interaction
    permits HttpInteraction, MessageInteraction, SynchronousMessageInteraction {

  /**
   * Position in the pact file, from 0; used in messages as "interaction #n".
   *
   * @return the index
   */
  int index();

  /**
   * The consumer's description of the interaction.
   *
   * @return the description
   */
  String description();

  /**
   * The V4 interaction key, or empty when the pact has none.
   *
   * @return the key
   */
  String key();

  /**
   * The {@code _id} a Pact Broker adds to each interaction it serves, or empty. Verification
   * results name interactions by it: that is how the Broker ties a result to its interaction.
   *
   * @return the Broker's id
   */
  String brokerId();

  /**
   * The states the provider must be in, set up in order before the interaction.
   *
   * @return the states; empty when none
   */
  List<ProviderState> providerStates();

  /**
   * V4: an interaction the consumer marked pending; its failure does not break the build.
   *
   * @return whether it is pending
   */
  boolean pending();

  /**
   * V4 comments: each {@code text}, then the {@code testname} as "original test: name".
   *
   * @return the comments
   */
  List<String> comments();

  /**
   * How the interaction is named in every message: {@code #2 "a request for a steak"}.
   *
   * @return the label
   */
  default String label() {
    return "#" + index() + " \"" + description() + "\"";
  }
}

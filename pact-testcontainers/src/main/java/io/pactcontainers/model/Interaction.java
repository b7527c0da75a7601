package io.pactcontainers.model;

import java.util.List;

/** One interaction of a pact: an HTTP exchange or a message, sent by the consumer's tests. */
public sealed interface Interaction
    permits HttpInteraction, MessageInteraction, SynchronousMessageInteraction {

  /** Position in the pact file, from 0; used in messages as "interaction #n". */
  int index();

  String description();

  /** The V4 interaction key, or empty when the pact has none. */
  String key();

  /**
   * The {@code _id} a Pact Broker adds to each interaction it serves, or empty. Verification
   * results name interactions by it: that is how the Broker ties a result to its interaction.
   */
  String brokerId();

  List<ProviderState> providerStates();

  /** V4: an interaction the consumer marked pending; its failure does not break the build. */
  boolean pending();

  /** V4 comments: each {@code text}, then the {@code testname} as "original test: name". */
  List<String> comments();

  /** How the interaction is named in every message: {@code #2 "a request for a steak"}. */
  default String label() {
    return "#" + index() + " \"" + description() + "\"";
  }
}

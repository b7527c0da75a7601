package io.pactcontainers.source;

import java.util.List;

/**
 * The pacts found for a provider, with an account of where we looked and what we passed over, so
 * that an empty result can say why.
 */
public record LoadedPacts(List<LoadedPact> pacts, List<String> searched, List<String> skipped) {
  public LoadedPacts {
    pacts = List.copyOf(pacts);
    searched = List.copyOf(searched);
    skipped = List.copyOf(skipped);
  }
}

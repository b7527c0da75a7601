package io.pactcontainers.source;

import java.util.List;

/**
 * The pacts found for a provider, with an account of where we looked, what we passed over and what
 * a source said of it ({@code notes}: "the Broker knows no provider ..."), so that an empty result
 * can say why.
 */
public record LoadedPacts(
    List<LoadedPact> pacts, List<String> searched, List<String> skipped, List<String> notes) {
  public LoadedPacts {
    pacts = List.copyOf(pacts);
    searched = List.copyOf(searched);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  public LoadedPacts(List<LoadedPact> pacts, List<String> searched, List<String> skipped) {
    this(pacts, searched, skipped, List.of());
  }
}

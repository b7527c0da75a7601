package io.pactcontainers.source;

import java.util.List;

/**
 * The pacts found for a provider, with an account of where we looked, what we passed over and what
 * a source said of it ({@code notes}: "the Broker knows no provider ..."), so that an empty result
 * can say why.
 *
 * @param pacts the pacts for the provider, in the sources' order
 * @param searched where the sources looked, for a message when nothing was found
 * @param skipped what was passed over and why (another provider's pact, say)
 * @param notes what a source said of the search
 */
public record LoadedPacts(
    List<LoadedPact> pacts, List<String> searched, List<String> skipped, List<String> notes) {
  /**
   * Checks the components.
   *
   * @param pacts the pacts for the provider, in the sources' order
   * @param searched where the sources looked, for a message when nothing was found
   * @param skipped what was passed over and why (another provider's pact, say)
   * @param notes what a source said of the search
   */
  public LoadedPacts {
    pacts = List.copyOf(pacts);
    searched = List.copyOf(searched);
    skipped = List.copyOf(skipped);
    notes = List.copyOf(notes);
  }

  /**
   * The pacts found, with nothing said of the search.
   *
   * @param pacts the pacts for the provider
   * @param searched where the sources looked
   * @param skipped what was passed over and why
   */
  public LoadedPacts(List<LoadedPact> pacts, List<String> searched, List<String> skipped) {
    this(pacts, searched, skipped, List.of());
  }
}

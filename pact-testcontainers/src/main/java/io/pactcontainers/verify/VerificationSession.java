package io.pactcontainers.verify;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.provider.ProviderLauncher;
import io.pactcontainers.source.LoadedPact;
import io.pactcontainers.source.LoadedPacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A verification run taken one interaction at a time, for a front end that runs each as a test of
 * its own (the JUnit 5 extension): opened, it has read the pacts and started the provider; each
 * {@link #verify} verifies one interaction exactly as {@link Verifier} does (state set-up, request
 * with the same shaping, match, teardown, log excerpt); {@link #result} is the run's result so far,
 * for the same reports, and {@link #publish} publishes it with the same rules. Closing removes what
 * was started.
 */
public final class VerificationSession implements AutoCloseable {

  /**
   * An interaction of the run, as a front end names and runs it.
   *
   * @param index its place in the run (0 for the first)
   * @param consumer the consumer whose pact it is
   * @param interaction the interaction
   * @param pending whether its failure would not count
   */
  public record Planned(int index, String consumer, Interaction interaction, boolean pending) {
    /**
     * "consumer: description given state", as a test is named.
     *
     * @return the name
     */
    public String displayName() {
      String states =
          String.join(
              " and ",
              interaction.providerStates().stream().map(s -> "\"" + s.name() + "\"").toList());
      return consumer
          + ": "
          + interaction.description()
          + (states.isEmpty() ? "" : " given " + states);
    }
  }

  private final VerificationConfig config;
  private final RecordingListener recording;
  private final List<String> warnings;
  private final PactSelection selection;

  /** The provider's container(s); null when there was nothing to verify (and that was allowed). */
  private final Shards shards;

  private final List<Planned> planned;
  private final InteractionResult[] results;
  private final Interruption interruption = new Interruption();
  private final long t0 = System.nanoTime();

  private VerificationSession(
      VerificationConfig config,
      RecordingListener recording,
      List<String> warnings,
      PactSelection selection,
      Shards shards,
      List<Planned> planned) {
    this.config = config;
    this.recording = recording;
    this.warnings = warnings;
    this.selection = selection;
    this.shards = shards;
    this.planned = planned;
    this.results = new InteractionResult[planned.size()];
  }

  /**
   * Reads the pacts, selects the interactions and starts the provider (one container: sharding is
   * the plugin's).
   *
   * @param config what to verify, against what, and how
   * @param unmasked told of what the run does (its lines with the run's secrets masked)
   * @return the open session
   * @throws io.pactcontainers.PactContainersException when the pacts cannot be read, nothing is to
   *     be verified (unless allowed), or the provider cannot start
   */
  public static VerificationSession open(VerificationConfig config, VerificationListener unmasked) {
    VerificationConfig one = config.withShards(1);
    VerificationListener listener = MaskingListener.of(unmasked, one.secrets());
    ProviderLauncher.Preparation preparation =
        new ProviderLauncher(
                one.outputDirectory().resolve("logs"), listener::info, listener::settingName)
            .withSecrets(one.secrets())
            .prepare(one.target(), one.provider(), 1);
    LoadedPacts loaded;
    PactSelection selection;
    try {
      loaded = Verifier.load(one, listener);
      selection = PactSelection.of(loaded.pacts(), one.filter(), listener);
    } catch (RuntimeException e) {
      preparation.abandon();
      throw e;
    }
    List<LoadedPact> pacts = selection.pacts();
    int total = pacts.stream().mapToInt(p -> p.pact().interactions().size()).sum();
    if (total == 0) {
      preparation.abandon();
      Verifier.nothingToVerify(one, loaded, listener, System.nanoTime()); // throws unless allowed
      return new VerificationSession(
          one,
          new RecordingListener(listener, new ArrayList<>()),
          new ArrayList<>(),
          selection,
          null,
          List.of());
    }
    Verifier.announcePlan(one, pacts, total, selection.filtering(), listener);
    List<String> warnings = java.util.Collections.synchronizedList(new ArrayList<>());
    RecordingListener recording = new RecordingListener(listener, warnings);
    Shards shards =
        Shards.start(
            preparation,
            one,
            (p, i) -> Verifier.providerClient(one, p.baseUrl(), listener),
            recording);
    List<Shards.Item> items = Verifier.items(pacts);
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Shards.Item item = items.get(i);
      planned.add(new Planned(i, item.consumer(), item.interaction(), item.pending()));
    }
    VerificationSession session =
        new VerificationSession(one, recording, warnings, selection, shards, List.copyOf(planned));
    shards.begin(items, session.interruption);
    return session;
  }

  /**
   * The interactions to verify, in pact order.
   *
   * @return them
   */
  public List<Planned> interactions() {
    return planned;
  }

  /**
   * Verifies one interaction, once: asked again, it gives the same result.
   *
   * @param interaction one of {@link #interactions()}
   * @return its result
   */
  public synchronized InteractionResult verify(Planned interaction) {
    int i = interaction.index();
    if (results[i] == null) {
      results[i] =
          shards
              .result(i)
              .orElseGet(
                  () ->
                      InteractionResult.Errored.notSent(
                          interaction.interaction(),
                          "the run was interrupted (Ctrl-C or SIGTERM)",
                          interaction.pending()));
    }
    return results[i];
  }

  /**
   * The run's result so far: each pact with the interactions verified until now, those a filter
   * left out, and whether the run is partial.
   *
   * @return the result, for the reports
   */
  public synchronized VerificationResult result() {
    List<PactResult> pactResults = new ArrayList<>();
    int k = 0;
    for (LoadedPact lp : selection.pacts()) {
      List<InteractionResult> verified = new ArrayList<>();
      for (int j = 0; j < lp.pact().interactions().size(); j++, k++) {
        Optional.ofNullable(results[k]).ifPresent(verified::add);
      }
      pactResults.add(
          Verifier.pactResult(lp, lp.pending() || lp.wip(), verified, selection.leftOut(lp)));
    }
    return new VerificationResult(
            config.provider(), pactResults, warnings, Duration.ofNanos(System.nanoTime() - t0))
        .withReproduction(Reproduction.of(config))
        .withFiltering(selection.filtering());
  }

  /**
   * Publishes the result to the Broker when the configuration asks, with the rules of {@link
   * Verifier}: never a partial, filtered, stopped or interrupted run.
   *
   * @param result what {@link #result()} gave once every interaction was verified
   * @return the result, with what was published marked
   */
  public VerificationResult publish(VerificationResult result) {
    long notVerified = planned.size() - result.allResults().size();
    if (config.publishing().isEmpty()) {
      return result;
    }
    if (notVerified > 0) {
      recording.warn(
          "Not publishing: "
              + notVerified
              + " of the run's interactions were not verified (a test filter, say), and the"
              + " Broker would take a partial verification for a whole one");
      return result;
    }
    return new ResultPublishing(config, recording).publish(result);
  }

  /** Removes the containers the session started. */
  @Override
  public void close() {
    try {
      if (shards != null) {
        shards.close();
      }
    } finally {
      interruption.close();
    }
  }
}

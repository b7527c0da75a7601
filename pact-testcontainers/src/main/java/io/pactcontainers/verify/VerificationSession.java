package io.pactcontainers.verify;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.provider.ProviderLauncher;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.source.LoadedPact;
import io.pactcontainers.source.LoadedPacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A verification run: the one run API every front end uses. Opened, it has read the pacts, said the
 * plan and started the provider; {@link #interactions()} are the interactions in pact order; {@link
 * #verify} gives one interaction's result (state set-up, request with its shaping, match, teardown,
 * log excerpt); {@link #result} is the run's result so far, for the reports; {@link #publish}
 * publishes it with the rules for whole runs only; closing removes what was started.
 *
 * <p>The JUnit 5 extension runs each interaction as a test of its own through it; {@link Verifier}
 * is the batch path over the same session, with shards (several containers verifying ahead) and the
 * removal of the containers in the background.
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
  private final List<RunEvent> warnings;
  private final PactSelection selection;

  /** The provider's container(s); null when there was nothing to verify (and that was allowed). */
  private final Shards shards;

  private final List<Planned> planned;
  private final InteractionResult[] results;
  private final Interruption interruption;

  /** Whether closing the session closes its interruption too (it made it). */
  private final boolean ownsInterruption;

  /**
   * A result decided before any interaction: nothing to verify (where that was allowed), or Ctrl-C
   * as the provider started.
   */
  private final Optional<VerificationResult> decidedAtOpen;

  private final long t0;

  private VerificationSession(
      VerificationConfig config,
      RecordingListener recording,
      PactSelection selection,
      Shards shards,
      List<Planned> planned,
      Opening opening,
      Optional<VerificationResult> decidedAtOpen) {
    this.config = config;
    this.recording = recording;
    this.warnings = recording.warnings();
    this.selection = selection;
    this.shards = shards;
    this.planned = planned;
    this.results = new InteractionResult[planned.size()];
    this.interruption = opening.interruption();
    this.ownsInterruption = opening.ownsInterruption();
    this.decidedAtOpen = decidedAtOpen;
    this.t0 = opening.t0();
  }

  /** How a session is opened: its interruption (and whether it is the session's) and start. */
  private record Opening(Interruption interruption, boolean ownsInterruption, long t0) {}

  /**
   * Reads the pacts, selects the interactions and starts the provider (one container: sharding is
   * the batch path's).
   *
   * @param config what to verify, against what, and how
   * @param unmasked told of what the run does (its lines with the run's secrets masked)
   * @return the open session
   * @throws io.pactcontainers.PactContainersException when the pacts cannot be read, nothing is to
   *     be verified (unless allowed), or the provider cannot start
   */
  public static VerificationSession open(VerificationConfig config, VerificationListener unmasked) {
    Interruption interruption = new Interruption();
    try {
      return open(
          config.withShards(1),
          MaskingListener.of(unmasked, config.secrets()),
          new Opening(interruption, true, System.nanoTime()));
    } catch (RuntimeException | Error e) {
      interruption.close();
      throw e;
    }
  }

  /**
   * The batch path's session: its shards as configured, its interruption the caller's (held until
   * the caller's reports are written).
   */
  static VerificationSession openForBatch(
      VerificationConfig config, VerificationListener masked, Interruption interruption, long t0) {
    return open(config, masked, new Opening(interruption, false, t0));
  }

  private static VerificationSession open(
      VerificationConfig config, VerificationListener listener, Opening opening) {
    ProviderLauncher.Preparation preparation =
        new ProviderLauncher(
                config.outputDirectory().resolve("logs"), listener::info, listener::settingName)
            .withSecrets(config.secrets())
            .prepare(config.target(), config.provider(), config.shards());
    LoadedPacts loaded;
    PactSelection selection;
    try {
      loaded = RunPlan.load(config, listener);
      selection = PactSelection.of(loaded.pacts(), config.filter(), listener);
    } catch (RuntimeException e) {
      preparation.abandon(); // a bad pact, a Broker error: leftovers of killed runs are swept still
      throw e;
    }
    List<LoadedPact> pacts = selection.pacts();
    int total = pacts.stream().mapToInt(p -> p.pact().interactions().size()).sum();
    RecordingListener recording =
        new RecordingListener(listener, java.util.Collections.synchronizedList(new ArrayList<>()));
    if (total == 0) {
      preparation.abandon();
      VerificationResult empty = RunPlan.nothingToVerify(config, loaded, listener, opening.t0());
      return new VerificationSession(
          config, recording, selection, null, List.of(), opening, Optional.of(empty));
    }
    // The URL, not the record's equals: its first call links an ObjectMethods bootstrap, ~16 ms of
    // a cold run's critical path (async-profiler).
    if (config.target() instanceof RunningProvider running
        && running.baseUrl().equals(RunningProvider.NONE.baseUrl())) {
      try {
        answeredWithoutProvider(config, pacts, listener);
      } catch (ProviderNeededException e) {
        preparation.abandon();
        throw e;
      }
    }
    RunPlan.announcePlan(config, pacts, total, selection.filtering(), listener);
    if (!(config.target() instanceof RunningProvider)) {
      WarmUp.whileTheProviderStarts(preparation);
    }
    List<Shards.Item> items = RunPlan.items(pacts);
    List<Planned> planned = planned(items);
    Shards shards;
    try {
      shards = startShards(preparation, config, recording);
    } catch (io.pactcontainers.provider.ProviderStartException e) {
      if (!e.stoppedByShutdown()) {
        throw e;
      }
      return stoppedAsTheProviderStarted(config, recording, selection, planned, opening);
    }
    VerificationSession session =
        new VerificationSession(
            config, recording, selection, shards, planned, opening, Optional.empty());
    if (shards.size() > 1) {
      listener.event(new RunEvent.ShardsStarted(shards.size()));
    }
    io.pactcontainers.Timeline.moment("first request");
    shards.begin(items, opening.interruption());
    return session;
  }

  /**
   * Ctrl-C or SIGTERM as the provider started (what was started is removed): interrupted before its
   * first interaction, said and reported as any interrupted run, while the JVM is still held,
   * rather than as a start failure that a stopping JVM may end before it is printed.
   */
  private static VerificationSession stoppedAsTheProviderStarted(
      VerificationConfig config,
      RecordingListener recording,
      PactSelection selection,
      List<Planned> planned,
      Opening opening) {
    VerificationResult interrupted =
        resultOf(
                config,
                selection,
                new InteractionResult[planned.size()],
                recording.warnings(),
                opening.t0())
            .interruptedAfter(0, planned.size());
    return new VerificationSession(
        config, recording, selection, null, planned, opening, Optional.of(interrupted));
  }

  private static List<Planned> planned(List<Shards.Item> items) {
    List<Planned> planned = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Shards.Item item = items.get(i);
      planned.add(new Planned(i, item.consumer(), item.interaction(), item.pending()));
    }
    return List.copyOf(planned);
  }

  private static Shards startShards(
      ProviderLauncher.Preparation preparation,
      VerificationConfig config,
      RecordingListener recording) {
    return Shards.start(
        preparation,
        config,
        // The first client's warnings (TLS checks off) go into the result, and so the reports.
        (p, i) ->
            RunPlan.providerClient(
                config, p.baseUrl(), i == 0 ? recording : VerificationListener.SILENT),
        recording); // shards warn from their threads: the recording list is synchronized
  }

  /**
   * A run without a provider may verify only message interactions whose messages the message source
   * produces: anything else would be sent nowhere.
   */
  private static void answeredWithoutProvider(
      VerificationConfig config, List<LoadedPact> pacts, VerificationListener listener) {
    List<String> need =
        pacts.stream()
            .flatMap(p -> p.pact().interactions().stream())
            .filter(
                i ->
                    !(i instanceof io.pactcontainers.model.MessageInteraction
                            || i instanceof io.pactcontainers.model.SynchronousMessageInteraction)
                        || config.messageSource().filter(m -> m.answers(i.description())).isEmpty())
            .map(i -> "\"" + i.description() + "\"")
            .distinct()
            .toList();
    if (!need.isEmpty()) {
      throw new ProviderNeededException(
          "No provider is given, but the pacts have interactions that need one ("
              + String.join(", ", need)
              + "); give "
              + listener.settingName(io.pactcontainers.Setting.PROVIDER)
              + ", or "
              + listener.settingName(io.pactcontainers.Setting.MESSAGE_PROVIDERS)
              + " for each message");
    }
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
    return next(interaction)
        .orElseGet(
            () ->
                InteractionResult.Errored.notSent(
                    interaction.interaction(),
                    "the run was interrupted (Ctrl-C or SIGTERM)",
                    interaction.pending()));
  }

  /** The interaction's result, empty when the run was interrupted before it. */
  synchronized Optional<InteractionResult> next(Planned interaction) {
    int i = interaction.index();
    if (results[i] == null && shards != null) {
      shards.result(i).ifPresent(r -> results[i] = r);
    }
    return Optional.ofNullable(results[i]);
  }

  /**
   * The run's result so far: each pact with the interactions verified until now, those a filter
   * left out, and whether the run is partial.
   *
   * @return the result, for the reports
   */
  public synchronized VerificationResult result() {
    if (decidedAtOpen.isPresent()) {
      return decidedAtOpen.get();
    }
    return resultOf(config, selection, results, warnings, t0);
  }

  private static VerificationResult resultOf(
      VerificationConfig config,
      PactSelection selection,
      InteractionResult[] results,
      List<RunEvent> warnings,
      long t0) {
    List<PactResult> pactResults = new ArrayList<>();
    int k = 0;
    for (LoadedPact lp : selection.pacts()) {
      List<InteractionResult> verified = new ArrayList<>();
      for (int j = 0; j < lp.pact().interactions().size(); j++, k++) {
        Optional.ofNullable(results[k]).ifPresent(verified::add);
      }
      pactResults.add(
          RunPlan.pactResult(lp, lp.pending() || lp.wip(), verified, selection.leftOut(lp)));
    }
    return new VerificationResult(
            config.provider(), pactResults, warnings, Duration.ofNanos(System.nanoTime() - t0))
        .withReproduction(Reproduction.of(config))
        .withFiltering(selection.filtering());
  }

  /**
   * Publishes the result to the Broker when the configuration asks: never a partial, filtered,
   * stopped or interrupted run.
   *
   * @param result what {@link #result()} gave once every interaction was verified
   * @return the result, with what was published marked
   */
  public VerificationResult publish(VerificationResult result) {
    if (config.publishing().isEmpty() || decidedAtOpen.isPresent()) {
      return result;
    }
    long notVerified = planned.size() - result.allResults().size();
    if (notVerified > 0 && result.interrupted().isEmpty() && result.stopped().isEmpty()) {
      recording.event(
          new RunEvent.PublishingSkipped(
              RunEvent.NotPublishedBecause.NOT_ALL_VERIFIED, String.valueOf(notVerified)));
      return result;
    }
    return new ResultPublishing(config, recording).publish(result);
  }

  /** The selected pacts, in order: the batch path announces each as its results come. */
  List<LoadedPact> pacts() {
    return selection.pacts();
  }

  /** Told of what the run does, its warnings recorded for the result. */
  RecordingListener recording() {
    return recording;
  }

  /**
   * The result when it was decided at open: nothing to verify, or stopped as the provider started.
   */
  Optional<VerificationResult> decidedAtOpen() {
    return decidedAtOpen;
  }

  /** Why the rest should not be sent (the provider gone, say), as it is to be announced. */
  Optional<String> haltToAnnounce() {
    return shards == null ? Optional.empty() : shards.haltToAnnounce();
  }

  /** The last lines of the provider's log, when one container ran ("" otherwise). */
  String logTail(int lines) {
    return shards == null || shards.size() != 1 ? "" : shards.first().logTail(lines);
  }

  /**
   * Hands the containers to {@code removal} (the batch path removes them in the background while
   * its reports are written); the session then has nothing left to close but its interruption.
   */
  void removeWith(ContainersRemoval removal) {
    if (shards != null) {
      removal.start(shards);
    }
  }

  /** Removes the containers the session started. */
  @Override
  public void close() {
    try {
      if (shards != null) {
        shards.close();
      }
    } finally {
      if (ownsInterruption) {
        interruption.close();
      }
    }
  }
}

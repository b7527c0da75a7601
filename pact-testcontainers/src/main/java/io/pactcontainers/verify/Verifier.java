package io.pactcontainers.verify;

import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.provider.ProviderLauncher;
import io.pactcontainers.provider.RunningProvider;
import io.pactcontainers.replay.ProviderHttpClient;
import io.pactcontainers.source.LoadedPact;
import io.pactcontainers.source.LoadedPacts;
import io.pactcontainers.source.Notice;
import io.pactcontainers.source.PactLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a provider against its pacts: loads them, starts the provider, replays every
 * interaction, publishes the results where asked, and returns the result. The one entry point of
 * the library.
 */
public final class Verifier {

  /** A verifier: it keeps nothing between runs, so one may verify many configurations. */
  public Verifier() {}

  /**
   * Verifies every interaction of every pact the configuration selects against its provider.
   *
   * @param config what to verify, against what, and how
   * @param listener told of each pact and interaction as the run goes
   * @return the outcome; a broken contract is a result, not an exception
   * @throws io.pactcontainers.PactContainersException when the run cannot start or read its pacts:
   *     no Docker, a missing image, an invalid pact, nothing to verify, a Broker error
   */
  public VerificationResult verify(VerificationConfig config, VerificationListener listener) {
    return verify(config, listener, result -> {});
  }

  /**
   * Verifies as {@link #verify(VerificationConfig, VerificationListener)} does, and hands the
   * result to {@code beforeExit} before an interrupted JVM may stop.
   *
   * @param config what to verify, against what, and how
   * @param listener told of each pact and interaction as the run goes
   * @param beforeExit given the result (reports written by it, say) before the run lets an
   *     interrupted JVM stop: on Ctrl-C the run ends at the next interaction and this still runs
   * @return the outcome
   * @throws io.pactcontainers.PactContainersException when the run cannot start or read its pacts
   */
  public VerificationResult verify(
      VerificationConfig config,
      VerificationListener listener,
      java.util.function.Consumer<VerificationResult> beforeExit) {
    return verifyMasked(config, MaskingListener.of(listener, config.secrets()), beforeExit);
  }

  private VerificationResult verifyMasked(
      VerificationConfig config,
      VerificationListener listener,
      java.util.function.Consumer<VerificationResult> beforeExit) {
    try (Interruption interruption = new Interruption()) {
      ContainersRemoval removal = new ContainersRemoval();
      VerificationResult result;
      try {
        result = run(config, listener, interruption, removal);
        result
            .interrupted()
            .ifPresent(
                i ->
                    listener.warn(
                        "Verification "
                            + i
                            + " (Ctrl-C or SIGTERM): what ran is reported,"
                            + " nothing is published"));
        beforeExit.accept(result);
      } catch (RuntimeException | Error e) {
        // The run's own error comes first; a removal that failed too is attached to it.
        try {
          removal.await();
        } catch (RuntimeException removing) {
          e.addSuppressed(removing);
        }
        throw e;
      }
      try {
        removal.await();
      } catch (io.pactcontainers.provider.DockerEngineGoneException e) {
        // The verdict stands (every answer was seen); what is left is the next run's to remove.
        listener.warn(e.getMessage());
      }
      return result;
    }
  }

  private VerificationResult run(
      VerificationConfig config,
      VerificationListener listener,
      Interruption interruption,
      ContainersRemoval removal) {
    long t0 = System.nanoTime();
    if (config.target() instanceof RunningProvider) {
      // With a container to start, Docker discovery already keeps the spare core busy.
      WarmUp.startInBackground();
    }
    ProviderLauncher.Preparation preparation =
        new ProviderLauncher(
                config.outputDirectory().resolve("logs"), listener::info, listener::settingName)
            .withSecrets(config.secrets())
            .prepare(config.target(), config.provider(), config.shards());
    LoadedPacts loaded;
    PactSelection selection;
    try {
      loaded = load(config, listener);
      selection = PactSelection.of(loaded.pacts(), config.filter(), listener);
    } catch (RuntimeException e) {
      preparation.abandon(); // a bad pact, a Broker error: leftovers of killed runs are swept still
      throw e;
    }
    List<LoadedPact> pacts = selection.pacts();
    int total = pacts.stream().mapToInt(p -> p.pact().interactions().size()).sum();
    if (total == 0) {
      preparation.abandon();
      return nothingToVerify(config, loaded, listener, t0);
    }
    announcePlan(config, pacts, total, selection.filtering(), listener);
    VerificationResult result =
        verifyOnProvider(config, preparation, selection, total, listener, interruption, removal, t0)
            .withReproduction(Reproduction.of(config))
            .withFiltering(selection.filtering());
    if (config.publishing().isPresent()) {
      result = new ResultPublishing(config, listener).publish(result);
    }
    showNoticesAfterVerification(result, listener);
    return result;
  }

  static LoadedPacts load(VerificationConfig config, VerificationListener listener) {
    long reading = System.nanoTime();
    LoadedPacts loaded =
        new PactLoader(new PactReader(config.jsonLimits()), config.requestTimeout())
            .load(config.sources(), config.provider());
    io.pactcontainers.Timeline.phase("pacts read", reading);
    loaded.skipped().forEach(s -> listener.info("Skipping " + s));
    return loaded;
  }

  static VerificationResult nothingToVerify(
      VerificationConfig config, LoadedPacts loaded, VerificationListener listener, long t0) {
    String why = whyEmpty(config, loaded, listener);
    if (!config.allowEmpty()) {
      throw new NothingToVerifyException(why + "; set allowEmpty to let such a run pass");
    }
    listener.warn(why + " (allowed by configuration)");
    return new VerificationResult(
        config.provider(), List.of(), List.of(why), Duration.ofNanos(System.nanoTime() - t0));
  }

  /**
   * What will be verified, before the provider starts: the consumers, their pacts, why each was
   * selected.
   */
  static void announcePlan(
      VerificationConfig config,
      List<LoadedPact> pacts,
      int total,
      Filtering filtering,
      VerificationListener listener) {
    if (filtering.partial()) {
      // A warning: a partial run is no verification of the pacts, whatever its verdict.
      listener.warn(
          "Verifying provider \""
              + config.provider()
              + "\": "
              + total
              + " of "
              + plural(filtering.available(), "interaction")
              + " in "
              + plural(pacts.size(), "pact")
              + ": "
              + filtering.leftOutPhrase()
              + " (a partial run)");
    } else {
      listener.info(
          "Verifying provider \""
              + config.provider()
              + "\": "
              + plural(total, "interaction")
              + " in "
              + plural(pacts.size(), "pact"));
    }
    config
        .filter()
        .lastFailed()
        .ifPresent(
            l ->
                listener.warn(
                    "Verifying only what did not pass in the last run ("
                        + l.report()
                        + "): "
                        + String.join(", ", l.labels())
                        + "; nothing is published"));
    for (LoadedPact p : pacts) {
      listener.info(
          "  "
              + p.pact().consumer()
              + ": "
              + plural(p.pact().interactions().size(), "interaction")
              + " from "
              + p.pact().location()
              + (p.reason().isEmpty() ? "" : " (selected: " + p.reason() + ")"));
    }
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * Starts the provider's container(s), verifies every interaction on them and hands them to the
   * background removal; on an exception they are removed before it is thrown.
   */
  private VerificationResult verifyOnProvider(
      VerificationConfig config,
      ProviderLauncher.Preparation preparation,
      PactSelection selection,
      int total,
      VerificationListener listener,
      Interruption interruption,
      ContainersRemoval removal,
      long t0) {
    List<LoadedPact> pacts = selection.pacts();
    List<String> warnings =
        java.util.Collections.synchronizedList(new ArrayList<>()); // shards warn from their threads
    RecordingListener recording = new RecordingListener(listener, warnings);
    if (!(config.target() instanceof RunningProvider)) {
      WarmUp.whileTheProviderStarts(preparation);
    }
    Shards shards =
        Shards.start(
            preparation,
            config,
            (p, i) ->
                providerClient(
                    config, p.baseUrl(), i == 0 ? listener : VerificationListener.SILENT),
            recording);
    VerificationResult result;
    try {
      if (shards.size() > 1) {
        listener.info(
            "Verifying with "
                + shards.size()
                + " containers of the provider at once, each interaction on one of them");
      }
      long firstRequest = System.nanoTime();
      io.pactcontainers.Timeline.moment("first request");
      shards.begin(items(pacts), interruption);
      Collected collected = collect(shards, selection, total, recording, interruption, t0);
      io.pactcontainers.Timeline.phase("interactions verified, to the last answer", firstRequest);
      result =
          new VerificationResult(
              config.provider(),
              collected.results(),
              warnings,
              Duration.ofNanos(System.nanoTime() - t0));
      if (interruption.requested()) {
        result = result.interruptedAfter(collected.done(), total);
      }
      showLogTailAfterErrors(shards, result, listener);
    } catch (RuntimeException | Error e) {
      try {
        shards.close();
      } catch (RuntimeException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
    removal.start(shards);
    return result;
  }

  static List<Shards.Item> items(List<LoadedPact> pacts) {
    List<Shards.Item> items = new ArrayList<>();
    for (LoadedPact loadedPact : pacts) {
      boolean pending = loadedPact.pending() || loadedPact.wip();
      String consumer = loadedPact.pact().consumer();
      loadedPact
          .pact()
          .interactions()
          .forEach(i -> items.add(new Shards.Item(consumer, i, pending)));
    }
    return items;
  }

  /** The per-pact results as far as the run went, and how many interactions were verified. */
  private record Collected(List<PactResult> results, int done) {}

  /**
   * Takes the results in pact order as the shards produce them, telling the listener of each pact
   * and interaction; stops at an interruption.
   */
  private static Collected collect(
      Shards shards,
      PactSelection selection,
      int total,
      RecordingListener recording,
      Interruption interruption,
      long t0) {
    List<PactResult> results = new ArrayList<>();
    int done = 0;
    for (LoadedPact loadedPact : selection.pacts()) {
      List<PactResult.NotVerified> leftOut = selection.leftOut(loadedPact);
      Pact pact = loadedPact.pact();
      boolean pending = loadedPact.pending() || loadedPact.wip();
      announcePact(loadedPact, recording);
      List<InteractionResult> pactResults = new ArrayList<>();
      for (int k = 0; k < pact.interactions().size(); k++) {
        Optional<InteractionResult> next = shards.result(done);
        // Interrupted; an error then is most likely the provider being removed under it by the
        // shutdown, not the provider's.
        if (next.isEmpty()
            || interruption.requested() && next.get() instanceof InteractionResult.Errored) {
          results.add(pactResult(loadedPact, pending, pactResults, leftOut));
          return new Collected(results, done);
        }
        InteractionResult r = next.get();
        done++;
        pactResults.add(r);
        recording.interactionVerified(
            pact, r, new Progress(done, total, Duration.ofNanos(System.nanoTime() - t0)));
        int left = total - done;
        shards
            .haltToAnnounce()
            .filter(why -> left > 0)
            .ifPresent(
                why ->
                    recording.warn(
                        "Stopping: "
                            + why
                            + ". "
                            + (left == 1 ? "The last interaction is" : "The " + left + " left are")
                            + " not sent (errored, not failed)"));
      }
      results.add(pactResult(loadedPact, pending, pactResults, leftOut));
    }
    return new Collected(results, done);
  }

  private static void announcePact(LoadedPact loadedPact, RecordingListener recording) {
    Pact pact = loadedPact.pact();
    if (!loadedPact.reason().isEmpty()) {
      recording.info(
          "The pact "
              + pact.consumer()
              + " -> "
              + pact.provider()
              + " was selected: "
              + loadedPact.reason()
              + (loadedPact.wip() ? " (work in progress)" : "")
              + (loadedPact.pending() ? " (pending)" : ""));
    }
    loadedPact.notices().stream()
        .filter(Notice::beforeVerification)
        .forEach(n -> recording.info("  " + n.text()));
    recording.pactStarted(pact, pact.interactions().size());
    pact.warnings().forEach(w -> recording.warn("Pact " + pact.location() + ": " + w));
  }

  /**
   * Each failure shows the lines logged while it ran; a provider that errored (crashed, say) its
   * last lines too.
   */
  private static void showLogTailAfterErrors(
      Shards shards, VerificationResult result, VerificationListener listener) {
    if (shards.size() == 1
        && result.count(InteractionResult.Errored.class) > 0
        && result.interrupted().isEmpty()) {
      String tail = shards.first().logTail(20);
      if (!tail.isBlank()) {
        listener.info("Last lines of the provider's log:\n" + tail);
      }
    }
  }

  /** A pact's results, as far as they went; not published yet. */
  static PactResult pactResult(
      LoadedPact loadedPact,
      boolean pending,
      List<InteractionResult> results,
      List<PactResult.NotVerified> leftOut) {
    Pact pact = loadedPact.pact();
    return new PactResult(
        pact.consumer(),
        pact.provider(),
        pact.location(),
        pending,
        results,
        loadedPact.publishResultsTo(),
        loadedPact.notices(),
        loadedPact.interactionsLeftOut(),
        false,
        leftOut);
  }

  static ProviderHttpClient providerClient(
      VerificationConfig config, java.net.URI baseUrl, VerificationListener listener) {
    VerificationConfig.ProviderTls tls = config.providerTls();
    int timeout = (int) config.requestTimeout().toMillis();
    if (tls.insecure()) {
      listener.warn(
          "TLS checks are OFF for the provider at "
              + baseUrl
              + ": any certificate, for any host name, is trusted."
              + " Use this only against a provider on this machine");
      return new ProviderHttpClient(
          timeout, java.util.Optional.of(ProviderHttpClient.trustingAnything()), false);
    }
    return new ProviderHttpClient(
        timeout, tls.caCertificate().map(io.pactcontainers.source.TrustedCertificates::jvmPlus));
  }

  /**
   * The Broker's notices for the outcome each pact had, as the Rust verifier shows them after the
   * run.
   */
  private static void showNoticesAfterVerification(
      VerificationResult result, VerificationListener listener) {
    for (PactResult p : result.pacts()) {
      boolean success = p.allPassed();
      p.notices().stream()
          .filter(n -> n.afterVerification(success, p.published()))
          .forEach(
              n ->
                  listener.info(
                      "The Pact Broker on the pact between "
                          + p.consumer()
                          + " and "
                          + p.provider()
                          + ": "
                          + n.text()));
    }
  }

  private static String whyEmpty(
      VerificationConfig config, LoadedPacts loaded, VerificationListener listener) {
    StringBuilder sb =
        new StringBuilder("Nothing to verify for provider \"")
            .append(config.provider())
            .append("\": ");
    if (loaded.pacts().isEmpty()) {
      sb.append("no pact for this provider in ").append(String.join(", ", loaded.searched()));
      if (!loaded.skipped().isEmpty()) {
        sb.append("; found only ").append(String.join("; ", loaded.skipped()));
      }
      loaded.notes().forEach(n -> sb.append("; ").append(n));
    } else {
      int interactions =
          loaded.pacts().stream().mapToInt(p -> p.pact().interactions().size()).sum();
      sb.append(loaded.pacts().size())
          .append(" pact(s) with ")
          .append(interactions)
          .append(" interaction(s) found in ")
          .append(String.join(", ", loaded.searched()));
      if (config.filter().lastFailed().filter(l -> l.keys().isEmpty()).isPresent()) {
        sb.append(", and every interaction passed in the last run (")
            .append(config.filter().lastFailed().get().report())
            .append("): nothing to verify again; run without ")
            .append(listener.settingName(io.pactcontainers.Setting.LAST_FAILED))
            .append(" to verify them all");
      } else if (!config.filter().isEmpty()) {
        sb.append(", but the filter (").append(config.filter().describe()).append(") keeps none");
      }
    }
    return sb.toString();
  }
}

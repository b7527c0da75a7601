package io.pactcontainers.verify;

import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.replay.ProviderHttpClient;
import io.pactcontainers.source.LoadedPact;
import io.pactcontainers.source.LoadedPacts;
import io.pactcontainers.source.PactLoader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What a run does before its first request, and the shapes its results take: reading the pacts,
 * saying the plan (or why there is nothing to verify), the work items in pact order, each pact's
 * result, the client the provider is asked with. Used by {@link VerificationSession} alone.
 */
final class RunPlan {
  private RunPlan() {}

  static LoadedPacts load(VerificationConfig config, VerificationListener listener) {
    long reading = System.nanoTime();
    LoadedPacts loaded =
        new PactLoader(new PactReader(config.jsonLimits()), config.requestTimeout())
            .load(config.sources(), config.provider());
    io.pactcontainers.Timeline.phase("pacts read", reading);
    loaded.skipped().forEach(s -> listener.event(new RunEvent.PactSkipped(s)));
    return loaded;
  }

  static VerificationResult nothingToVerify(
      VerificationConfig config, LoadedPacts loaded, VerificationListener listener, long t0) {
    String why = whyEmpty(config, loaded, listener);
    if (!config.allowEmpty()) {
      String allowEmpty = listener.settingName(io.pactcontainers.Setting.ALLOW_EMPTY);
      // Pacts of another provider are most likely a wrong name: allowing the empty run would hide
      // it.
      boolean otherProvider =
          loaded.pacts().isEmpty() && !(loaded.skipped().isEmpty() && loaded.notes().isEmpty());
      throw new NothingToVerifyException(
          why
              + (otherProvider
                  ? "; " + allowEmpty + " would make this run pass having verified nothing"
                  : "; set " + allowEmpty + " to let such a run pass"));
    }
    RunEvent.NothingToVerify allowed = new RunEvent.NothingToVerify(why);
    listener.event(allowed);
    return new VerificationResult(
        config.provider(), List.of(), List.of(allowed), Duration.ofNanos(System.nanoTime() - t0));
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
      listener.event(
          new RunEvent.PartialRunPlanned(
              config.provider(),
              total,
              filtering.available(),
              pacts.size(),
              filtering.leftOutPhrase()));
    } else {
      listener.event(new RunEvent.Planned(config.provider(), total, pacts.size()));
    }
    config
        .filter()
        .lastFailed()
        .ifPresent(
            l ->
                listener.event(
                    new RunEvent.LastFailedOnly(String.valueOf(l.report()), l.labels())));
    for (LoadedPact p : pacts) {
      listener.event(
          new RunEvent.PactPlanned(
              p.pact().consumer(),
              p.pact().interactions().size(),
              p.pact().location(),
              p.reason()));
    }
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
    ProviderTls tls = config.providerTls();
    int timeout = (int) config.requestTimeout().toMillis();
    boolean https = "https".equalsIgnoreCase(baseUrl.getScheme());
    if (!https && (tls.insecure() || tls.caCertificate().isPresent())) {
      listener.event(
          new RunEvent.ProviderTlsUnused(
              String.valueOf(baseUrl),
              listener.settingName(
                  tls.insecure()
                      ? io.pactcontainers.Setting.PROVIDER_INSECURE_TLS
                      : io.pactcontainers.Setting.PROVIDER_CA_CERTIFICATE)));
    } else if (tls.insecure()) {
      listener.event(new RunEvent.ProviderTlsUnchecked(String.valueOf(baseUrl)));
    }
    if (tls.insecure()) {
      return new ProviderHttpClient(
          timeout,
          java.util.Optional.of(
              ProviderHttpClient.trustingAnything(
                  tls.clientCertificate()
                      .map(io.pactcontainers.source.ClientCertificate::keyManagers)
                      .orElse(null))),
          false);
    }
    return new ProviderHttpClient(
        timeout,
        io.pactcontainers.source.TrustedCertificates.context(
            tls.caCertificate(), tls.clientCertificate()));
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
        sb.append(". If they are this provider's pacts, set ")
            .append(listener.settingName(io.pactcontainers.Setting.PROVIDER_NAME))
            .append(" to the name they give it");
      }
      loaded.notes().forEach(n -> sb.append("; ").append(n));
      if (loaded.skipped().isEmpty() && !loaded.notes().isEmpty()) {
        // The Broker knows no provider of that name: the consumers may know it by another one.
        sb.append(". If the consumers know this provider by another name, set ")
            .append(listener.settingName(io.pactcontainers.Setting.PROVIDER_NAME))
            .append(" to it");
      }
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

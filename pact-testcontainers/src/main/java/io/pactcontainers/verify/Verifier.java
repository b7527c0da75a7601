package io.pactcontainers.verify;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.provider.ProviderLauncher;
import io.pactcontainers.provider.ProviderRuntime;
import io.pactcontainers.source.LoadedPacts;
import io.pactcontainers.source.PactLoader;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Verifies a provider against its pacts: loads them, starts the provider, replays every
 * interaction and returns the result. The one entry point of the library.
 */
public final class Verifier {
  private final PactReader reader = new PactReader();

  public VerificationResult verify(VerificationConfig config, VerificationListener listener) {
    long t0 = System.nanoTime();
    LoadedPacts loaded = new PactLoader(reader, config.requestTimeout()).load(config.sources(), config.provider());
    loaded.skipped().forEach(s -> listener.info("Skipping " + s));
    List<Pact> pacts = select(loaded.pacts(), config.filter());
    int total = pacts.stream().mapToInt(p -> p.interactions().size()).sum();
    if (total == 0) {
      String why = whyEmpty(config, loaded);
      if (!config.allowEmpty()) {
        throw new NothingToVerifyException(why + "; set allowEmpty to let such a run pass");
      }
      listener.warn(why + " (allowed by configuration)");
      return new VerificationResult(config.provider(), List.of(), List.of(why), Duration.ofNanos(System.nanoTime() - t0));
    }
    listener.info("Verifying provider \"" + config.provider() + "\": " + total + " interaction" + (total == 1 ? "" : "s")
        + " in " + pacts.size() + " pact" + (pacts.size() == 1 ? "" : "s"));
    List<String> warnings = new ArrayList<>();
    VerificationListener recording = new VerificationListener() {
      @Override
      public void info(String line) {
        listener.info(line);
      }

      @Override
      public void warn(String line) {
        warnings.add(line);
        listener.warn(line);
      }

      @Override
      public void pactStarted(Pact pact, int interactions) {
        listener.pactStarted(pact, interactions);
      }

      @Override
      public void interactionVerified(Pact pact, InteractionResult result) {
        listener.interactionVerified(pact, result);
      }
    };
    List<PactVerification> results = new ArrayList<>();
    ProviderLauncher launcher = new ProviderLauncher(config.outputDirectory().resolve("logs"), listener::info);
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.requestTimeout()).build();
    try (ProviderRuntime provider = launcher.start(config.target(), config.provider())) {
      InteractionRunner runner = new InteractionRunner(config, provider.baseUrl(), http, recording);
      for (Pact pact : pacts) {
        recording.pactStarted(pact, pact.interactions().size());
        List<InteractionResult> pactResults = new ArrayList<>();
        for (Interaction interaction : pact.interactions()) {
          InteractionResult r = runner.run(interaction, false);
          pactResults.add(r);
          recording.interactionVerified(pact, r);
        }
        results.add(new PactVerification(pact.consumer(), pact.provider(), pact.location(), false, pactResults));
      }
      VerificationResult result = new VerificationResult(config.provider(), results, warnings,
          Duration.ofNanos(System.nanoTime() - t0));
      if (!result.successful()) {
        String tail = provider.logTail(20);
        if (!tail.isBlank()) {
          listener.info("Last lines of the provider's log:\n" + tail);
        }
      }
      return result;
    }
  }

  private static List<Pact> select(List<Pact> pacts, InteractionFilter filter) {
    List<Pact> out = new ArrayList<>();
    for (Pact p : pacts) {
      if (!filter.keeps(p)) {
        continue;
      }
      List<Interaction> kept = p.interactions().stream().filter(filter::keeps).toList();
      if (!kept.isEmpty()) {
        out.add(p.withInteractions(kept));
      }
    }
    return out;
  }

  private static String whyEmpty(VerificationConfig config, LoadedPacts loaded) {
    StringBuilder sb = new StringBuilder("Nothing to verify for provider \"").append(config.provider()).append("\": ");
    if (loaded.pacts().isEmpty()) {
      sb.append("no pact for this provider in ").append(String.join(", ", loaded.searched()));
      if (!loaded.skipped().isEmpty()) {
        sb.append("; found only ").append(String.join("; ", loaded.skipped()));
      }
    } else {
      int interactions = loaded.pacts().stream().mapToInt(p -> p.interactions().size()).sum();
      sb.append(loaded.pacts().size()).append(" pact(s) with ").append(interactions).append(" interaction(s) found in ")
          .append(String.join(", ", loaded.searched()));
      if (!config.filter().isEmpty()) {
        sb.append(", but the filter (").append(config.filter().describe()).append(") keeps none");
      }
    }
    return sb.toString();
  }
}

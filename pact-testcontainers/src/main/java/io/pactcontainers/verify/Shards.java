package io.pactcontainers.verify;

import io.pactcontainers.model.Interaction;
import io.pactcontainers.provider.ProviderLauncher;
import io.pactcontainers.provider.ProviderRuntime;
import io.pactcontainers.replay.ProviderHttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

/**
 * The provider containers a run verifies against, and the order results come out in. One shard:
 * each interaction runs when its result is asked for, on the caller's thread, as a run always did.
 * Several: one worker per container takes the next interaction not yet taken, so every
 * interaction's state set-up, request and teardown happen on one container and no two interactions
 * share a container at once; results still come out in pact order.
 */
final class Shards implements AutoCloseable {
  /**
   * An interaction to verify, the consumer whose pact it is, and whether its failure would count.
   */
  record Item(String consumer, Interaction interaction, boolean pending) {}

  /**
   * Interactions that did not pass this many times wait for the provider's log to settle (a server
   * logs a request after answering it, and Docker streams it on a moment later); after that the
   * lines come as they are, so that a pact failing everywhere is not slowed down.
   */
  private static final int LOG_WAITS = 100;

  private record Shard(
      ProviderRuntime provider, ProviderHttpClient http, InteractionRunner runner) {}

  private final List<Shard> shards = java.util.Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger logWaits = new AtomicInteger();
  private final VerificationConfig config;
  private final BiFunction<ProviderRuntime, Integer, ProviderHttpClient> clients;
  private final VerificationListener listener;

  /**
   * Several containers: each one's start, which its worker waits for before it takes interactions.
   */
  private List<java.util.concurrent.Future<ProviderRuntime>> starting = List.of();

  private List<Item> items = List.of();
  private List<CompletableFuture<Optional<InteractionResult>>> results = List.of();
  private Interruption interruption;

  /** Why the run stopped sending requests, once it has; null while it goes on. */
  private volatile String halt;

  private final java.util.concurrent.atomic.AtomicBoolean haltAnnounced =
      new java.util.concurrent.atomic.AtomicBoolean();

  private Shards(
      VerificationConfig config,
      BiFunction<ProviderRuntime, Integer, ProviderHttpClient> clients,
      VerificationListener listener) {
    this.config = config;
    this.clients = clients;
    this.listener = listener;
  }

  /**
   * One container: starts it and returns once it is ready. Several: starts them all at once and
   * returns; each worker begins as soon as its own container is ready, so the first interactions
   * are verified while the other containers still start.
   */
  static Shards start(
      ProviderLauncher.Preparation preparation,
      VerificationConfig config,
      BiFunction<ProviderRuntime, Integer, ProviderHttpClient> clients,
      VerificationListener listener) {
    Shards s = new Shards(config, clients, listener);
    if (config.shards() == 1
        || config.target() instanceof io.pactcontainers.provider.RunningProvider) {
      ProviderRuntime p = preparation.start();
      try {
        s.shards.add(s.shard(p, 0));
      } catch (RuntimeException e) {
        p.close();
        throw e;
      }
    } else {
      s.starting = preparation.startEach();
    }
    return s;
  }

  private Shard shard(ProviderRuntime p, int index) {
    ProviderHttpClient http = clients.apply(p, index);
    return new Shard(
        p, http, new InteractionRunner(config, p.baseUrl(), p.imageId(), http, listener, p::ended));
  }

  int size() {
    return starting.isEmpty() ? shards.size() : starting.size();
  }

  /** The first container: the one whose log a single-container run shows. */
  ProviderRuntime first() {
    return shards.get(0).provider();
  }

  void begin(List<Item> work, Interruption stop) {
    this.items = List.copyOf(work);
    this.interruption = stop;
    List<CompletableFuture<Optional<InteractionResult>>> futures = new ArrayList<>();
    work.forEach(i -> futures.add(new CompletableFuture<>()));
    this.results = futures;
    if (starting.isEmpty()) {
      return;
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger running = new AtomicInteger(starting.size());
    for (int w = 0; w < starting.size(); w++) {
      int index = w;
      Thread worker =
          new Thread(
              () -> {
                try {
                  Shard shard = shard(awaitStart(index), index);
                  shards.add(shard);
                  for (int i = next.getAndIncrement();
                      i < items.size() && !stop.requested();
                      i = next.getAndIncrement()) {
                    results.get(i).complete(Optional.of(run(shard, items.get(i), i)));
                  }
                } catch (RuntimeException | Error e) {
                  // A container that could not start, or a broken worker: the run ends with it, the
                  // others stop.
                  next.set(items.size());
                  results.forEach(f -> f.completeExceptionally(e));
                } finally {
                  if (running.decrementAndGet() == 0) {
                    // Interrupted: whatever nobody took will not come.
                    results.forEach(f -> f.complete(Optional.empty()));
                  }
                }
              },
              "pact-shard-" + (w + 1));
      worker.setDaemon(true);
      worker.start();
    }
  }

  private ProviderRuntime awaitStart(int index) {
    try {
      return starting.get(index).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new io.pactcontainers.provider.ProviderStartException(
          "Interrupted while starting the provider", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r
          ? r
          : new io.pactcontainers.provider.ProviderStartException(
              "Could not start the provider: " + e.getCause(), e.getCause());
    }
  }

  /** The result of item {@code i}, once verified; empty when the run stopped before it. */
  Optional<InteractionResult> result(int i) {
    if (starting.isEmpty()) {
      return interruption.requested()
          ? Optional.empty()
          : Optional.of(run(shards.get(0), items.get(i), i));
    }
    try {
      return results.get(i).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof io.pactcontainers.provider.ProviderStartException p
          && p.stoppedByShutdown()) {
        return Optional.empty(); // a container stopped as it started: the stop is what happened
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private InteractionResult run(Shard shard, Item item, int index) {
    String stopped = halt;
    if (stopped != null) {
      return InteractionResult.Errored.notSent(item.interaction(), stopped, item.pending());
    }
    // The window of the provider's log shown under a failure opens now, after the previous
    // interaction's teardown: what the provider wrote for that one is not this one's.
    java.time.Instant from = java.time.Instant.now();
    boolean logged = shard.provider().logLineCount() >= 0;
    InteractionResult result =
        shard.runner().run(item.consumer(), item.interaction(), item.pending());
    if (!result.passed()) {
      shard.runner().haltReason(index + 1).ifPresent(this::halt);
      if (config.failFast() && !result.pending()) {
        halt(
            "the run stopped at the first interaction that did not pass (#"
                + (index + 1)
                + "), as "
                + listener.settingName(io.pactcontainers.Setting.FAIL_FAST)
                + " asks");
      }
    }
    if (result.passed() || !logged) {
      return result;
    }
    if (logWaits.getAndIncrement() < LOG_WAITS) {
      awaitQuietLog(shard.provider());
    }
    return result.withProviderLog(LogExcerpt.of(shard.provider().logLinesSince(from, 1000)));
  }

  /**
   * Stops sending requests, on every container: what stopped one (the engine, a provider that no
   * longer answers) would only make each remaining interaction err the same way, one request
   * timeout at a time.
   */
  private synchronized void halt(String why) {
    if (halt == null) {
      halt = why;
    }
  }

  /**
   * Why the run stopped sending requests, the first time it is asked after it did; empty before and
   * after: the caller says it once, where it stands in the run's output.
   */
  Optional<String> haltToAnnounce() {
    String h = halt;
    if (h == null || haltAnnounced.getAndSet(true)) {
      return Optional.empty();
    }
    return Optional.of(h);
  }

  /** Waits until no line has come for 15 ms, 150 ms at most. */
  private static void awaitQuietLog(ProviderRuntime provider) {
    long deadline = System.nanoTime() + 150_000_000L;
    try {
      long seen = provider.logLineCount();
      Thread.sleep(25);
      while (provider.logLineCount() != seen && System.nanoTime() < deadline) {
        seen = provider.logLineCount();
        Thread.sleep(15);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Removes every container, at once: removal takes Docker a moment per container. */
  @Override
  public void close() {
    long removing = System.nanoTime();
    try {
      closeAll();
    } finally {
      io.pactcontainers.Timeline.phase("containers removed", removing);
    }
  }

  private void closeAll() {
    if (starting.isEmpty()) {
      try {
        shards.get(0).http().close();
      } finally {
        shards.get(0).provider().close();
      }
      return;
    }
    List<Thread> closers = new ArrayList<>();
    java.util.concurrent.atomic.AtomicReference<RuntimeException> failure =
        new java.util.concurrent.atomic.AtomicReference<>();
    for (int w = 0; w < starting.size(); w++) {
      java.util.concurrent.Future<ProviderRuntime> start = starting.get(w);
      Thread t =
          new Thread(
              () -> {
                ProviderRuntime p;
                try {
                  p = start.get(); // a start still going is waited for: what it starts is removed
                  // too
                } catch (InterruptedException | ExecutionException e) {
                  return; // it never started, or removed what it had started
                }
                synchronized (shards) {
                  shards.stream().filter(s -> s.provider() == p).forEach(s -> s.http().close());
                }
                try {
                  p.close();
                } catch (RuntimeException e) {
                  failure.compareAndSet(null, e); // the same for every container: thrown once
                }
              },
              "pact-shard-close");
      t.start();
      closers.add(t);
    }
    for (Thread t : closers) {
      try {
        t.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }
}

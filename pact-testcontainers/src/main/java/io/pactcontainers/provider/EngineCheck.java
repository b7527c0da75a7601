package io.pactcontainers.provider;

import com.github.dockerjava.api.DockerClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Whether the Docker engine still answers: asked when a Docker call or a request failed, to tell
 * "the provider went away" from "the engine went away". Bounded: a frozen engine never answers, and
 * the client would wait for it without end.
 */
final class EngineCheck {
  /** A ping takes milliseconds on a live engine; seconds mean it is not answering. */
  private static final long PING_SECONDS = 3;

  private EngineCheck() {}

  static boolean answers(DockerClient client) {
    CompletableFuture<Void> ping =
        CompletableFuture.runAsync(
            () -> {
              client.pingCmd().exec();
            });
    try {
      ping.get(PING_SECONDS, TimeUnit.SECONDS);
      return true;
    } catch (ExecutionException | TimeoutException e) {
      ping.cancel(true);
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true; // not known: say nothing about the engine
    }
  }

  static boolean answers() {
    try {
      return answers(org.testcontainers.DockerClientFactory.instance().client());
    } catch (RuntimeException e) {
      return false;
    }
  }
}

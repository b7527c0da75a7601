package io.pactcontainers.provider;

import com.github.dockerjava.api.DockerClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testcontainers.DockerClientFactory;

/**
 * Whether the Docker engine still answers: asked when a Docker call or a request failed, to tell
 * "the provider went away" from "the engine went away". Bounded: a frozen engine never answers, and
 * the client would wait for it without end. Also where the client is found, with what to do when
 * there is no engine.
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

  /**
   * The engine's client, Testcontainers' clean-up container Ryuk looked for first (or done
   * without); when no engine answers, says what to do.
   *
   * @return the client
   * @throws ProviderStartException when Ryuk cannot start or no engine answers
   */
  static DockerClient client() {
    try {
      RyukFallback.ensure();
      return DockerClientFactory.instance().client();
    } catch (RuntimeException e) {
      String why = StartFailures.rootMessage(e) + " " + e.getMessage();
      if (why.contains("ryuk")) {
        throw new ProviderStartException(
            "Testcontainers could not start its clean-up container Ryuk ("
                + StartFailures.rootMessage(e)
                + "); where the image testcontainers/ryuk cannot be pulled, set the environment"
                + " variable TESTCONTAINERS_RYUK_DISABLED=true: the verifier removes what it starts itself",
            e);
      }
      throw new ProviderStartException(
          "No Docker engine answers ("
              + StartFailures.rootMessage(e)
              + "); start Docker, or set DOCKER_HOST to a running engine",
          e);
    }
  }

  static boolean answers() {
    try {
      return answers(DockerClientFactory.instance().client());
    } catch (RuntimeException e) {
      return false;
    }
  }
}

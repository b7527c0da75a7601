package io.pactcontainers.provider;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.PullImageResultCallback;
import com.github.dockerjava.api.exception.NotFoundException;
import io.pactcontainers.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.testcontainers.images.builder.ImageFromDockerfile;
import org.testcontainers.utility.DockerImageName;

/**
 * The images a provider needs: the provider's and its sidecars' looked up on the engine and pulled
 * as the pull policy says, or the provider's built from its Dockerfile. Starts nothing.
 */
final class ProviderImages {
  private final ProviderContainer spec;
  private final String providerName;
  private final Consumer<String> progress;

  /** How messages name the settings to check: the front end's words. */
  private final Function<Setting, String> names;

  ProviderImages(
      ProviderContainer spec,
      String providerName,
      Consumer<String> progress,
      Function<Setting, String> names) {
    this.spec = spec;
    this.providerName = providerName;
    this.progress = progress;
    this.names = names;
  }

  /**
   * Makes sure the images given by name are on the engine, pulling them as the policy says.
   *
   * @param client the engine
   * @throws ProviderStartException when one is missing and cannot (or must not) be pulled
   */
  void check(DockerClient client) {
    spec.image()
        .ifPresent(
            image ->
                ensureImage(
                    client,
                    image,
                    spec.pullPolicy(),
                    spec.pullTimeout(),
                    names.apply(Setting.PROVIDER_IMAGE)));
    for (Sidecar s : spec.sidecars()) {
      ensureImage(
          client,
          s.image(),
          spec.pullPolicy(),
          spec.pullTimeout(),
          names.apply(Setting.SIDECAR_IMAGE) + " of \"" + s.alias() + "\"");
    }
  }

  /**
   * Builds the provider's image from its Dockerfile.
   *
   * @param named told the image's name before the build starts, so that even a failed build's image
   *     is removed with the run
   * @return the image built
   * @throws ProviderStartException when there is no Dockerfile or the build fails
   */
  String build(Consumer<String> named) {
    Path dir = spec.dockerfileDirectory().orElseThrow();
    if (!Files.isRegularFile(dir.resolve("Dockerfile"))) {
      throw new ProviderStartException(
          "No Dockerfile in " + dir + "; check " + names.apply(Setting.PROVIDER_DOCKERFILE));
    }
    String name =
        "pactcontainers-build/"
            + ContainerRuntime.safe(providerName)
            + ":"
            + UUID.randomUUID().toString().substring(0, 8);
    progress.accept("Building provider image from " + dir);
    named.accept(name);
    long building = System.nanoTime();
    try {
      String built = new ImageFromDockerfile(name, false).withFileFromPath(".", dir).get();
      io.pactcontainers.Timeline.phase("provider image built", building);
      return built;
    } catch (RuntimeException e) {
      throw new ProviderStartException(
          "Could not build the provider image from "
              + dir
              + ": "
              + StartFailures.rootMessage(e)
              + "; run docker build "
              + dir
              + " to see the full output",
          e);
    } catch (Exception e) {
      throw new ProviderStartException(
          "Could not build the provider image from " + dir + ": " + StartFailures.rootMessage(e),
          e);
    }
  }

  private static void ensureImage(
      DockerClient client, String image, PullPolicy policy, Duration timeout, String setting) {
    boolean present = isPresent(client, image);
    if (policy == PullPolicy.NEVER && !present) {
      throw new ProviderStartException(
          "Image not found locally: "
              + image
              + " (pull policy \"never\"); build or pull it first, or change "
              + setting);
    }
    if (policy == PullPolicy.ALWAYS || !present) {
      pull(client, image, timeout, setting);
    }
  }

  private static boolean isPresent(DockerClient client, String image) {
    try {
      client.inspectImageCmd(image).exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static void pull(DockerClient client, String image, Duration timeout, String setting) {
    DockerImageName name = DockerImageName.parse(image);
    String tag = name.getVersionPart().isEmpty() ? "latest" : name.getVersionPart();
    try {
      boolean done =
          client
              .pullImageCmd(name.getUnversionedPart())
              .withTag(tag)
              .exec(new PullImageResultCallback())
              .awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!done) {
        throw new ProviderStartException(
            "Timed out after "
                + timeout.toSeconds()
                + " s pulling image "
                + image
                + "; check "
                + setting
                + " and the registry");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ProviderStartException("Interrupted while pulling image " + image, e);
    } catch (RuntimeException e) {
      if (e instanceof ProviderStartException) {
        throw e;
      }
      throw new ProviderStartException(
          "Image not found locally and could not be pulled: "
              + image
              + " ("
              + StartFailures.rootMessage(e)
              + "); build it locally or check "
              + setting
              + " and the registry",
          e);
    }
  }
}

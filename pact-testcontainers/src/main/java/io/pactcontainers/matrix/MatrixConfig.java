package io.pactcontainers.matrix;

import static java.util.Objects.requireNonNull;

import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.verify.VerificationConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A matrix: every image (row) verified against every pact (column), each cell a normal verification
 * with the states, filters and reports of {@code cell}.
 *
 * @param cell the verification each cell runs, with the pacts to split into columns as its sources;
 *     its target is replaced by {@code provider} with each row's image
 * @param provider the provider as a container; its image is replaced per row
 * @param images the rows, newest first
 * @param parallelism how many cells run at once, each with its own container(s) and network
 * @param failOn which broken cells fail the run
 * @param previous a {@code matrix.json} of an earlier run: the cells whose outcome changed are
 *     marked
 * @param outputDirectory where {@code matrix.html}, {@code matrix.json}, {@code matrix.md} and the
 *     cells' reports go
 * @param providerVersion when {@code cell} publishes results: the provider version each image's
 *     results are published under, {@code {tag}} and {@code {image}} replaced by the row's ({@code
 *     "{tag}"}: image {@code grill-chef:1.4.2} publishes as version 1.4.2), so that can-i-deploy
 *     sees them
 */
public record MatrixConfig(
    VerificationConfig cell,
    ProviderContainer provider,
    List<String> images,
    int parallelism,
    FailOn failOn,
    Optional<Path> previous,
    Path outputDirectory,
    String providerVersion) {

  /**
   * A matrix that publishes, if it does, under each image's tag.
   *
   * @param cell the verification each cell runs
   * @param provider the provider as a container; its image is replaced per row
   * @param images the rows, newest first
   * @param parallelism how many cells run at once
   * @param failOn which broken cells fail the run
   * @param previous an earlier run's {@code matrix.json}
   * @param outputDirectory where the matrix's files go
   */
  public MatrixConfig(
      VerificationConfig cell,
      ProviderContainer provider,
      List<String> images,
      int parallelism,
      FailOn failOn,
      Optional<Path> previous,
      Path outputDirectory) {
    this(cell, provider, images, parallelism, failOn, previous, outputDirectory, "{tag}");
  }

  /**
   * The provider version {@code image}'s results are published under.
   *
   * @param image a row's image ({@code grill-chef:1.4.2})
   * @return {@code providerVersion} with the image's tag and name filled in
   */
  public String providerVersionOf(String image) {
    int slash = image.lastIndexOf('/');
    int colon = image.lastIndexOf(':');
    String tag = colon > slash ? image.substring(colon + 1) : "latest";
    return providerVersion.replace("{tag}", tag).replace("{image}", image);
  }

  /**
   * Checks the components.
   *
   * @param cell the verification each cell runs, with the pacts to split into columns as its
   *     sources; its target is replaced by {@code provider} with each row's image
   * @param provider the provider as a container; its image is replaced per row
   * @param images the rows, newest first
   * @param parallelism how many cells run at once, each with its own container(s) and network
   * @param failOn which broken cells fail the run
   * @param previous a {@code matrix.json} of an earlier run: the cells whose outcome changed are
   *     marked
   * @param outputDirectory where {@code matrix.html}, {@code matrix.json}, {@code matrix.md} and
   *     the cells' reports go
   * @param providerVersion when {@code cell} publishes results: the provider version each image's
   *     results are published under, {@code {tag}} and {@code {image}} replaced by the row's
   *     ({@code "{tag}"}: image {@code grill-chef:1.4.2} publishes as version 1.4.2), so that
   *     can-i-deploy sees them
   */
  public MatrixConfig {
    requireNonNull(cell, "cell");
    requireNonNull(provider, "provider");
    images = List.copyOf(images);
    if (images.isEmpty()) {
      throw new IllegalArgumentException("a matrix needs at least one image");
    }
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, found " + parallelism);
    }
    requireNonNull(failOn, "failOn");
    requireNonNull(previous, "previous");
    requireNonNull(outputDirectory, "outputDirectory");
    requireNonNull(providerVersion, "providerVersion");
  }
}

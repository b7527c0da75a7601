package io.pactcontainers.maven;

import io.pactcontainers.settings.MatrixSettings;
import java.io.File;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The matrix goal's own parameters as the user gave them, read once from the goal: each component
 * named as its POM element (see {@link VerifyParameters}, which holds the rest).
 */
record MatrixParameters(
    List<String> images,
    String imageRepository,
    String tagPattern,
    int maxImages,
    Integer parallelism,
    String failOn,
    File previousMatrix,
    String matrixProviderVersion,
    List<File> mergeFrom) {

  MatrixParameters {
    images = images == null ? null : Collections.unmodifiableList(new ArrayList<>(images));
    mergeFrom = mergeFrom == null ? null : Collections.unmodifiableList(new ArrayList<>(mergeFrom));
  }

  /** Reads the goal's parameters. */
  static MatrixParameters of(MatrixMojo m) {
    return new MatrixParameters(
        m.images,
        m.imageRepository,
        m.tagPattern,
        m.maxImages,
        m.parallelism,
        m.failOn,
        m.previousMatrix,
        m.matrixProviderVersion,
        m.mergeFrom);
  }

  /** As the library's settings layer reads them. */
  MatrixSettings.Raw raw() {
    return new MatrixSettings.Raw(
        images,
        imageRepository,
        tagPattern,
        maxImages,
        parallelism,
        failOn,
        previousMatrix,
        matrixProviderVersion,
        mergeFrom);
  }

  /** Whether slices verified elsewhere are merged instead of verifying anything. */
  boolean merging() {
    return mergeFrom != null && !mergeFrom.isEmpty();
  }
}

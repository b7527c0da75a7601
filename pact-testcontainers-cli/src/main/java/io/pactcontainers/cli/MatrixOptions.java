package io.pactcontainers.cli;

import static io.pactcontainers.cli.Option.Kind.LIST;
import static io.pactcontainers.cli.Option.Kind.NUMBER;
import static io.pactcontainers.cli.Option.Kind.TEXT;

import io.pactcontainers.settings.PropertyNames;
import java.util.List;
import java.util.stream.Stream;

/**
 * The settings of {@code matrix}: its own (the plugin's matrix goal's parameter names), then every
 * {@code verify} setting for its cells, but the report files a matrix does not write.
 */
final class MatrixOptions {
  private MatrixOptions() {}

  /** The matrix's own settings. */
  static final List<Option> OWN =
      List.of(
          Option.of(
                  "images",
                  LIST,
                  "IMAGE",
                  "A row: a provider image, newest first (repeatable, or comma-separated).",
                  "--images")
              .withProperty(PropertyNames.MATRIX_IMAGES),
          Option.of(
                  "imageRepository",
                  TEXT,
                  "REPOSITORY",
                  "Rows from the local Docker engine instead: this repository's tags.",
                  "--image-repository")
              .withProperty(PropertyNames.MATRIX_IMAGE_REPOSITORY),
          Option.of(
                  "tagPattern",
                  TEXT,
                  "REGEX",
                  "Which of its tags (a regular expression over the whole tag; default .*).",
                  "--tag-pattern")
              .withProperty(PropertyNames.MATRIX_TAG_PATTERN),
          Option.of(
                  "maxImages",
                  NUMBER,
                  "N",
                  "At most this many of those tags, the newest (default 5).",
                  "--max-images")
              .withProperty(PropertyNames.MATRIX_MAX_IMAGES),
          Option.of(
                  "parallelism",
                  NUMBER,
                  "N",
                  "How many cells run at once (default: the CPU count).",
                  "--parallelism")
              .withProperty(PropertyNames.MATRIX_PARALLELISM),
          Option.of(
                  "failOn",
                  TEXT,
                  "any|newest|never",
                  "Which cells fail the run: any (default), only the newest image's, never.",
                  "--fail-on")
              .withProperty(PropertyNames.MATRIX_FAIL_ON),
          Option.of(
                  "previousMatrix",
                  TEXT,
                  "FILE",
                  "A matrix.json of an earlier run: the cells that changed are marked.",
                  "--previous-matrix")
              .withProperty(PropertyNames.MATRIX_PREVIOUS),
          Option.of(
                  "matrixProviderVersion",
                  TEXT,
                  "VERSION",
                  "With --publish: the version each image's results are published under, {tag}"
                      + " and {image} replaced (default {tag}).",
                  "--matrix-provider-version")
              .withProperty(PropertyNames.MATRIX_PROVIDER_VERSION),
          Option.of(
                  "mergeFrom",
                  LIST,
                  "FILE",
                  "A slice's matrix.json verified elsewhere (repeatable): merged into one matrix,"
                      + " nothing verified.",
                  "--merge-from")
              .withProperty(PropertyNames.MATRIX_MERGE_FROM));

  /** The matrix's settings, then its cells'. */
  static final List<Option> ALL =
      Stream.concat(
              OWN.stream(),
              VerifyOptions.ALL.stream().filter(o -> !o.key().startsWith("reportFiles.")))
          .toList();
}

package io.pactcontainers.maven;

import io.pactcontainers.matrix.FailOn;
import io.pactcontainers.matrix.Matrix;
import io.pactcontainers.matrix.MatrixFiles;
import io.pactcontainers.matrix.MatrixResult;
import io.pactcontainers.matrix.MatrixVerdict;
import io.pactcontainers.settings.MatrixSettings;
import io.pactcontainers.settings.PropertyNames;
import io.pactcontainers.settings.SettingsException;
import io.pactcontainers.settings.VerificationSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Verifies many provider images against many consumer versions: one row per image, one column per
 * pact, every cell a normal verification (the {@code verify} goal's parameters apply to each), run
 * {@code parallelism} at a time. Writes {@code matrix.html}, {@code matrix.json} and {@code
 * matrix.md} to {@code <outputDirectory>/matrix}, with each cell's reports beside them.
 */
@Mojo(
    name = "matrix",
    threadSafe = true,
    requiresDependencyResolution = org.apache.maven.plugins.annotations.ResolutionScope.TEST)
public class MatrixMojo extends AbstractVerifyRunMojo {

  /**
   * The rows: provider images, newest first. {@code -Dpact.matrix.images=a,b} verifies a slice (one
   * CI machine's share).
   */
  @Parameter(property = PropertyNames.MATRIX_IMAGES)
  List<String> images;

  /**
   * Rows from the local Docker engine instead: the tags of this repository matching {@code
   * <tagPattern>}.
   */
  @Parameter(property = PropertyNames.MATRIX_IMAGE_REPOSITORY)
  String imageRepository;

  /** Which tags of {@code <imageRepository>} (a regular expression over the whole tag). */
  @Parameter(property = PropertyNames.MATRIX_TAG_PATTERN, defaultValue = ".*")
  String tagPattern;

  /** At most this many of {@code <imageRepository>}'s tags, the newest. */
  @Parameter(property = PropertyNames.MATRIX_MAX_IMAGES, defaultValue = "5")
  int maxImages;

  /**
   * How many cells run at once (each with its own containers and network); default: the CPU count.
   */
  @Parameter(property = PropertyNames.MATRIX_PARALLELISM)
  Integer parallelism;

  /**
   * Which cells fail the build: {@code any}, only the {@code newest} image's, or {@code never} (a
   * report).
   */
  @Parameter(property = PropertyNames.MATRIX_FAIL_ON, defaultValue = "any")
  String failOn;

  /**
   * A {@code matrix.json} from an earlier run: the page and the console mark the cells that
   * changed.
   */
  @Parameter(property = PropertyNames.MATRIX_PREVIOUS)
  File previousMatrix;

  /**
   * With {@code <publishResults>}: the provider version each image's results are published under,
   * {@code {tag}} and {@code {image}} replaced by the row's.
   */
  @Parameter(property = PropertyNames.MATRIX_PROVIDER_VERSION, defaultValue = "{tag}")
  String matrixProviderVersion;

  /**
   * {@code matrix.json} files of slices verified elsewhere: merged into one matrix, nothing
   * verified.
   */
  @Parameter(property = PropertyNames.MATRIX_MERGE_FROM)
  List<File> mergeFrom;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Pact matrix skipped (" + PropertyNames.SKIP + ")");
      return;
    }
    Map<String, String> aliases = GoalContext.pactJvmAliases(session, getLog());
    GoalContext context = GoalContext.of(this);
    MatrixParameters matrix = MatrixParameters.of(this);
    Path dir = context.outputFolder().toPath().resolve("matrix");
    FailOn policy;
    try {
      policy = MatrixSettings.failOn(matrix.raw(), MavenNames.POM);
    } catch (SettingsException e) {
      throw new MojoExecutionException(e.getMessage());
    }
    if (matrix.merging()) {
      MatrixOutcome.merge(matrix.raw(), dir, policy, getLog());
      return;
    }
    VerifyParameters verify = VerifyParameters.of(this);
    MaskedRun.run(
        getLog(),
        VerificationSettings.literalSecrets(verify),
        context.outputFolder().toPath(),
        () -> MatrixMapping.map(matrix, verify, aliases, context, dir, policy),
        (mapped, log, secrets) -> {
          log.info(MatrixVerdict.planned(mapped.config()));
          // The page is written inside the run: an interrupted JVM waits for it (no .part left).
          AtomicReference<MatrixFiles.Written> written = new AtomicReference<>();
          MatrixResult result =
              new Matrix()
                  .run(
                      mapped.config(),
                      log::info,
                      MavenLogListener::pomName,
                      r -> written.set(MatrixFiles.write(r, dir)));
          MatrixOutcome.finish(result, written.get(), policy, log);
        });
  }
}

package io.pactcontainers.maven;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.matrix.FailOn;
import io.pactcontainers.matrix.Matrix;
import io.pactcontainers.matrix.MatrixConfig;
import io.pactcontainers.matrix.MatrixFiles;
import io.pactcontainers.matrix.MatrixResult;
import io.pactcontainers.provider.LocalImages;
import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.verify.VerificationConfig;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
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
public class MatrixMojo extends VerifyMojo {

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
    applyPactJvmAliases();
    Path dir = outputFolder().toPath().resolve("matrix");
    FailOn policy;
    try {
      policy = FailOn.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException(
          "<failOn> (-D" + PropertyNames.MATRIX_FAIL_ON + "): " + e.getMessage());
    }
    if (mergeFrom != null && !mergeFrom.isEmpty()) {
      merge(dir, policy);
      return;
    }
    SecretMasking masking = SecretMasking.ofValues(List.of(), literalSecrets());
    try {
      MatrixConfig config = matrixConfig(dir, policy);
      masking = SecretMasking.of(credentialsInUse, config.cell().requestHeaders());
      Log log = masking.wrap(getLog());
      DependencyLogging.routeTo(
          log,
          outputFolder().toPath().resolve("logs").resolve("testcontainers.log"),
          masking.secrets());
      log.info(
          "Pact matrix of \""
              + config.cell().provider()
              + "\": "
              + config.images().size()
              + " image(s), "
              + config.parallelism()
              + " cell(s) at a time");
      // The page is written inside the run: an interrupted JVM waits for it (no .part left).
      AtomicReference<MatrixFiles.Written> written = new AtomicReference<>();
      MatrixResult result =
          new Matrix()
              .run(
                  config,
                  log::info,
                  MavenLogListener::pomName,
                  r -> written.set(MatrixFiles.write(r, dir)));
      finish(result, written.get(), policy, log);
    } catch (ConfigurationException e) {
      throw masking.mask(new MojoExecutionException(e.getMessage()));
    } catch (PactContainersException e) {
      throw masking.mask(RunErrors.of(e));
    } catch (MojoFailureException e) {
      throw masking.mask(e);
    } catch (MojoExecutionException e) {
      throw masking.mask(e); // the page not written, an interruption: said with the run's words
    } finally {
      DependencyLogging.stop();
      masking.maskFiles(outputFolder().toPath(), getLog());
    }
  }

  private MatrixConfig matrixConfig(Path dir, FailOn policy) throws ConfigurationException {
    List<String> rows = rows();
    if (ProviderMapping.blank(providerImage)) {
      providerImage = rows.get(0); // <provider> says how to run it; each row gives the image
    }
    if (publishResults) {
      providerVersion = matrixProviderVersion; // replaced per image by the matrix
    }
    VerificationConfig cell = configuration();
    if (!(cell.target() instanceof ProviderContainer container)) {
      throw new ConfigurationException(
          "The matrix verifies images: give <provider><image> or <provider><dockerfile>, not"
              + " <provider><baseUrl>");
    }
    int cpus = Runtime.getRuntime().availableProcessors();
    int n = parallelism == null ? cpus : parallelism;
    if (n < 1) {
      throw new ConfigurationException("<parallelism> must be at least 1, found " + n);
    }
    if (previousMatrix != null && !previousMatrix.isFile()) {
      throw new ConfigurationException(
          "<previousMatrix> not found: "
              + previousMatrix
              + "; give the matrix.json of an earlier run"
              + " (or leave it out on the first night)");
    }
    return new MatrixConfig(
        cell,
        container,
        rows,
        n,
        policy,
        Optional.ofNullable(previousMatrix).map(File::toPath),
        dir,
        matrixProviderVersion);
  }

  private List<String> rows() throws ConfigurationException {
    List<String> given =
        images == null
            ? List.of()
            : images.stream()
                .flatMap(i -> Arrays.stream(i.split(",")))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    if (!given.isEmpty()) {
      return given;
    }
    if (ProviderMapping.blank(imageRepository)) {
      throw new ConfigurationException(
          "The matrix needs its rows: give <images> (or -D"
              + PropertyNames.MATRIX_IMAGES
              + "=a:1,a:2), or <imageRepository> with <tagPattern>");
    }
    Pattern pattern;
    try {
      pattern = Pattern.compile(tagPattern);
    } catch (PatternSyntaxException e) {
      throw new ConfigurationException(
          "<tagPattern> is not a valid regular expression: "
              + e.getDescription()
              + " in "
              + tagPattern);
    }
    if (maxImages < 1) {
      throw new ConfigurationException("<maxImages> must be at least 1, found " + maxImages);
    }
    List<String> found = LocalImages.newest(imageRepository.trim(), pattern, maxImages);
    if (found.isEmpty()) {
      throw new ConfigurationException(
          "No local image of "
              + imageRepository
              + " has a tag matching <tagPattern> "
              + tagPattern
              + "; build or pull them first (docker images "
              + imageRepository
              + ")");
    }
    return found;
  }

  private void merge(Path dir, FailOn policy) throws MojoExecutionException, MojoFailureException {
    for (File f : mergeFrom) {
      if (!f.isFile()) {
        throw new MojoExecutionException(
            "<mergeFrom>: " + f + " not found; give the matrix.json files the slices wrote");
      }
    }
    try {
      MatrixResult merged =
          MatrixFiles.merge(mergeFrom.stream().map(File::toPath).toList(), dir, getLog()::info);
      getLog()
          .info(
              "Merged "
                  + mergeFrom.size()
                  + " matrix slice(s): "
                  + merged.images().size()
                  + " image(s) x "
                  + merged.columns().size()
                  + " consumer version(s)");
      finish(merged, MatrixFiles.write(merged, dir), policy, getLog());
    } catch (PactContainersException e) {
      throw new MojoExecutionException(e.getMessage());
    }
  }

  /**
   * Says the verdict, then fails once: an interrupted run is a build error whatever its cells, a
   * page that could not be written is said with the verdict (never hiding it).
   */
  private static void finish(
      MatrixResult result, MatrixFiles.Written written, FailOn policy, Log log)
      throws MojoExecutionException, MojoFailureException {
    Path page = written.page();
    if (written.complete()) {
      log.info("Matrix: " + page.toUri() + " (and matrix.json, matrix.md)");
    } else {
      log.error("Could not write " + written.problem());
    }
    for (String line : MatrixFiles.markdownLines(result)) {
      log.info(line);
    }
    long changed = result.cells().stream().filter(MatrixResult.Cell::changed).count();
    if (changed > 0) {
      log.warn(changed + " cell(s) changed since the previous matrix:");
      result.cells().stream()
          .filter(MatrixResult.Cell::changed)
          .forEach(
              c ->
                  log.warn(
                      "  "
                          + c.image()
                          + " x "
                          + c.column()
                          + ": "
                          + c.previously().get().word()
                          + " -> "
                          + c.outcome().word()));
    }
    String also = written.complete() ? "" : "; also, " + written.problem();
    if (result.interrupted().isPresent()) {
      throw new MojoExecutionException(
          "Pact matrix "
              + result.interrupted().get()
              + " (Ctrl-C or SIGTERM): the matrix is partial, see "
              + page
              + also);
    }
    String rule = "<failOn> " + policy.name().toLowerCase(java.util.Locale.ROOT);
    List<MatrixResult.Cell> failing = result.failing(policy);
    if (!failing.isEmpty()) {
      throw new MojoFailureException(
          "Pact matrix: "
              + failing.size()
              + " cell(s) failed or errored under "
              + rule
              + ": "
              + String.join(
                  ", ",
                  failing.stream()
                      .map(c -> c.image() + " x " + c.column() + " (" + c.outcome().word() + ")")
                      .toList())
              + "; see "
              + (written.complete() ? page.toString() : "the grid above")
              + also);
    }
    if (!written.complete()) {
      throw new MojoExecutionException(
          "Pact matrix passed under " + rule + ", but " + written.problem());
    }
  }
}

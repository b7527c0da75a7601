package io.pactcontainers.matrix;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.provider.LocalImages;
import io.pactcontainers.report.ReportFormat;
import io.pactcontainers.report.ReportWriter;
import io.pactcontainers.source.LoadedPact;
import io.pactcontainers.source.LoadedPacts;
import io.pactcontainers.source.PactLoader;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.Interruption;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.Publishing;
import io.pactcontainers.verify.VerificationConfig;
import io.pactcontainers.verify.VerificationListener;
import io.pactcontainers.verify.VerificationResult;
import io.pactcontainers.verify.Verifier;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a matrix: loads the pacts once, makes each one a column, and verifies every image against
 * every column, {@code parallelism} images at a time, each image in its own container(s) and
 * network; every cell gets its own reports.
 */
public final class Matrix {
  private static final Pattern BROKER_VERSION =
      Pattern.compile("/consumer/[^/]+/version/([^/?#]+)");

  /** How long an interrupted matrix waits for its running rows before it writes what it has. */
  private static final long STOPPING_MILLIS = (Interruption.GRACE_SECONDS - 3) * 1000L;

  /** Verifies one row: the verifier, or a test's stand-in. */
  @FunctionalInterface
  interface RowVerifier {
    VerificationResult verify(VerificationConfig row, VerificationListener listener);
  }

  private final RowVerifier verifier;
  private final Supplier<Interruption> interruptions;
  private final Function<String, OptionalLong> creationTimes;

  /** A matrix runner: it keeps nothing between runs. */
  public Matrix() {
    this((c, l) -> new Verifier().verify(c, l), Interruption::new, LocalImages::created);
  }

  Matrix(
      RowVerifier verifier,
      Supplier<Interruption> interruptions,
      Function<String, OptionalLong> creationTimes) {
    this.verifier = verifier;
    this.interruptions = interruptions;
    this.creationTimes = creationTimes;
  }

  /**
   * Runs the matrix, messages naming settings in the library's words.
   *
   * @param config the rows, the columns' pacts, the cell's verification
   * @param progress a line per cell as it ends ("passed grill-chef:1.2 x sous-chef 2.0.0 (3 passed)
   *     in 812 ms")
   * @return every cell's outcome; the cells' reports are written
   * @throws MatrixException when there is nothing to make columns of, or the previous matrix cannot
   *     be read
   */
  public MatrixResult run(MatrixConfig config, Consumer<String> progress) {
    return run(config, progress, io.pactcontainers.Setting::words);
  }

  /**
   * Runs the matrix.
   *
   * @param config the rows, the columns' pacts, the cell's verification
   * @param progress a line per cell as it ends
   * @param names how the cells' messages name the settings to check (a front end's own names)
   * @return every cell's outcome; the cells' reports are written
   * @throws MatrixException when there is nothing to make columns of, or the previous matrix cannot
   *     be read
   */
  public MatrixResult run(
      MatrixConfig config,
      Consumer<String> progress,
      Function<io.pactcontainers.Setting, String> names) {
    return run(config, progress, names, result -> {});
  }

  /**
   * Runs the matrix as {@link #run(MatrixConfig, Consumer, Function)} does, and hands the result to
   * {@code beforeExit} before an interrupted JVM may stop. An earlier run's {@code matrix.*} files
   * and cell folders in the output folder are removed first, so that whatever ends this run, no
   * page of another run is left beside its cells. On Ctrl-C or SIGTERM no row starts any more, the
   * running ones stop at their next interaction, and the result has the cells that ended, with
   * {@link MatrixResult#interrupted()} saying how many of how many.
   *
   * @param config the rows, the columns' pacts, the cell's verification
   * @param progress a line per cell as it ends, and one when the run is interrupted
   * @param names how the cells' messages name the settings to check
   * @param beforeExit given the result (the matrix's files written by it, {@link
   *     MatrixFiles#write}) before the run lets an interrupted JVM stop
   * @return every cell's outcome, or those of the cells that ended when interrupted
   * @throws MatrixException when there is nothing to make columns of, the previous matrix cannot be
   *     read, or an earlier run's files cannot be removed
   */
  public MatrixResult run(
      MatrixConfig config,
      Consumer<String> progress,
      Function<io.pactcontainers.Setting, String> names,
      Consumer<MatrixResult> beforeExit) {
    try (Interruption interruption = interruptions.get()) {
      MatrixResult result = runRows(config, progress, names, interruption);
      result
          .interrupted()
          .ifPresent(
              i ->
                  progress.accept(
                      "Matrix "
                          + i
                          + " (Ctrl-C or SIGTERM): the cells that ended are written as a"
                          + " partial matrix, nothing else"));
      beforeExit.accept(result);
      return result;
    }
  }

  private MatrixResult runRows(
      MatrixConfig config,
      Consumer<String> progress,
      Function<io.pactcontainers.Setting, String> names,
      Interruption interruption) {
    long t0 = System.nanoTime();
    VerificationConfig base = config.cell();
    LoadedPacts loaded =
        new PactLoader(new PactReader(base.jsonLimits()), base.requestTimeout())
            .load(base.sources(), base.provider());
    List<LoadedPact> pacts =
        loaded.pacts().stream().filter(p -> base.filter().keeps(p.pact())).toList();
    if (pacts.isEmpty()) {
      throw new MatrixException(
          "No pact for provider \""
              + base.provider()
              + "\" in "
              + String.join(", ", loaded.searched())
              + (loaded.skipped().isEmpty()
                  ? ""
                  : "; found only " + String.join("; ", loaded.skipped()))
              + ": a matrix needs columns");
    }
    List<MatrixResult.Column> columns = columns(pacts);
    Map<String, MatrixResult.Outcome> before =
        config.previous().map(MatrixFiles::outcomes).orElse(Map.of());
    MatrixFiles.removeEarlierRun(config.outputDirectory()); // after the previous one was read
    ExecutorService pool =
        Executors.newFixedThreadPool(
            config.parallelism(),
            r -> {
              Thread t = new Thread(r, "pact-matrix-row");
              t.setDaemon(true);
              return t;
            });
    List<Future<RowCells>> rows = new ArrayList<>();
    Map<String, Long> created = new java.util.concurrent.ConcurrentHashMap<>();
    try {
      for (String image : config.images()) {
        rows.add(
            pool.submit(
                () -> {
                  if (interruption.requested()) {
                    return RowCells.NOT_STARTED;
                  }
                  RowCells cells;
                  try {
                    cells =
                        row(config, image, columns, pacts, before, progress, names, interruption);
                  } catch (RuntimeException e) {
                    // Begun as the JVM stopped: not a row's failure. The JVM may refuse a library's
                    // shutdown hook ("Shutdown in progress") before the interruption's own has run.
                    if (interruption.requested() || Interruption.jvmStopping()) {
                      return RowCells.NOT_STARTED;
                    }
                    throw e;
                  }
                  if (!interruption.requested()) {
                    creationTimes.apply(image).ifPresent(t -> created.put(image, t));
                  }
                  return cells;
                }));
      }
      List<MatrixResult.Cell> cells = new ArrayList<>();
      int ended = 0;
      long deadline = Long.MAX_VALUE;
      for (Future<RowCells> f : rows) {
        RowCells row = null;
        while (row == null) {
          if (interruption.requested() && deadline == Long.MAX_VALUE) {
            deadline = System.nanoTime() + STOPPING_MILLIS * 1_000_000;
          }
          if (System.nanoTime() > deadline) {
            break; // a row still starting its container: what ended is written before the JVM stops
          }
          try {
            row = f.get(100, TimeUnit.MILLISECONDS);
          } catch (TimeoutException e) {
            // asked again, and whether the run was interrupted meanwhile
          }
        }
        if (row != null) {
          cells.addAll(row.cells());
          ended += row.complete() ? row.cells().size() : 0;
        }
      }
      int all = config.images().size() * columns.size();
      Optional<String> interrupted =
          interruption.requested()
              ? Optional.of("interrupted after " + ended + " of " + all + " cells")
              : Optional.empty();
      return new MatrixResult(
          base.provider(),
          config.images(),
          columns,
          cells,
          (System.nanoTime() - t0) / 1_000_000,
          interrupted,
          created);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MatrixException("The matrix was interrupted");
    } catch (ExecutionException e) {
      throw new MatrixException("A matrix row failed unexpectedly: " + e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A row's cells, and whether they all ended (not cut short by an interruption). */
  private record RowCells(List<MatrixResult.Cell> cells, boolean complete) {
    static final RowCells NOT_STARTED = new RowCells(List.of(), false);
  }

  /**
   * One image against every column: one verification, as the verify goal runs it (one provider
   * container, or {@code <shards>} of them, every pact's states set up and torn down around each
   * interaction), split into a cell per pact with its own reports. Starting one container per row
   * rather than per cell is what makes a matrix cost about its slowest cell: on a small machine
   * container starts, not requests, are what takes the time.
   */
  private RowCells row(
      MatrixConfig config,
      String image,
      List<MatrixResult.Column> columns,
      List<LoadedPact> pacts,
      Map<String, MatrixResult.Outcome> before,
      Consumer<String> progress,
      Function<io.pactcontainers.Setting, String> names,
      Interruption interruption) {
    long t0 = System.nanoTime();
    Path rowDir = config.outputDirectory().resolve("cells").resolve(ReportWriter.fileName(image));
    List<PactSource> sources = pacts.stream().<PactSource>map(Preloaded::new).toList();
    VerificationConfig rowConfig =
        new VerificationConfigs(config.cell())
            .forRow(config.provider().withImage(image), sources, rowDir);
    if (rowConfig.publishing().isPresent()) {
      // Each image's results under its own provider version, so that can-i-deploy sees which image
      // honours what.
      Publishing p = rowConfig.publishing().get();
      io.pactcontainers.broker.ProviderVersion v = p.version();
      rowConfig =
          rowConfig.withPublishing(
              new Publishing(
                  new io.pactcontainers.broker.ProviderVersion(
                      config.providerVersionOf(image), v.branch(), v.tags(), v.buildUrl()),
                  p.failOnError(),
                  p.implementationVersion(),
                  p.broker()));
    }
    List<MatrixResult.Cell> cells = new ArrayList<>();
    VerificationResult result;
    try {
      result =
          verifier.verify(
              rowConfig,
              new VerificationListener() {
                @Override
                public String settingName(io.pactcontainers.Setting setting) {
                  return names.apply(setting);
                }
              });
    } catch (PactContainersException e) {
      long ms = (System.nanoTime() - t0) / 1_000_000;
      for (MatrixResult.Column column : columns) {
        cells.add(
            finished(
                new MatrixResult.Cell(
                    image,
                    column.id(),
                    MatrixResult.Outcome.ERROR,
                    e.getMessage(),
                    Optional.empty(),
                    ms,
                    Optional.empty()),
                column,
                before,
                progress));
      }
      return new RowCells(cells, !interruption.requested());
    }
    for (int c = 0; c < columns.size(); c++) {
      MatrixResult.Column column = columns.get(c);
      String location = pacts.get(c).pact().location();
      List<PactResult> own =
          result.pacts().stream().filter(p -> p.location().equals(location)).toList();
      VerificationResult cellResult =
          new VerificationResult(
              result.provider(),
              own,
              result.warnings(),
              java.time.Duration.ofNanos(
                  own.stream()
                      .flatMap(p -> p.results().stream())
                      .mapToLong(r -> r.duration().toNanos())
                      .sum()),
              result.publishFailure(),
              result.interrupted(),
              result.reproduction(),
              cellFiltering(own));
      Path dir = rowDir.resolve(ReportWriter.fileName(column.id()));
      String html = null;
      try {
        for (ReportFormat f : List.of(ReportFormat.HTML, ReportFormat.JUNIT, ReportFormat.JSON)) {
          List<Path> written =
              f.writer().write(cellResult, dir, f.extension(), config.cell().secrets());
          if (f == ReportFormat.HTML) {
            html =
                config.outputDirectory().relativize(written.get(0)).toString().replace('\\', '/');
          }
        }
      } catch (IOException e) {
        // A full disk: the cell's verdict stands and is said; its link is left out, since a report
        // that could not be written is not there (nothing half-written is).
        html = null;
        progress.accept(
            "Could not write the reports of "
                + image
                + " x "
                + column.label()
                + " to "
                + dir
                + " ("
                + io.pactcontainers.WholeFile.why(e)
                + "); free space there or make it writable, and run again");
      }
      MatrixResult.Outcome outcome =
          own.isEmpty() ? MatrixResult.Outcome.ERROR : outcome(cellResult);
      String detail =
          own.isEmpty()
              ? "not verified (" + result.interrupted().orElse("no result") + ")"
              : detail(cellResult);
      cells.add(
          finished(
              new MatrixResult.Cell(
                  image,
                  column.id(),
                  outcome,
                  detail,
                  Optional.ofNullable(html),
                  cellResult.duration().toMillis(),
                  Optional.empty(),
                  tally(cellResult)),
              column,
              before,
              progress));
    }
    return new RowCells(cells, result.interrupted().isEmpty());
  }

  private static MatrixResult.Cell finished(
      MatrixResult.Cell cell,
      MatrixResult.Column column,
      Map<String, MatrixResult.Outcome> before,
      Consumer<String> progress) {
    MatrixResult.Cell compared =
        cell.comparedWith(
            Optional.ofNullable(before.get(MatrixFiles.key(cell.image(), column.id()))));
    progress.accept(
        String.format(
            "%-7s %s x %s (%s) in %d ms%s",
            compared.outcome().word(),
            compared.image(),
            column.label(),
            compared.detail(),
            compared.durationMillis(),
            compared.previously().map(p -> ", was " + p.word()).orElse("")));
    return compared;
  }

  private static MatrixResult.Outcome outcome(VerificationResult result) {
    if (result.interrupted().isPresent()) {
      return MatrixResult.Outcome.ERROR;
    }
    if (result.allResults().stream().allMatch(InteractionResult::passed)) {
      return MatrixResult.Outcome.PASSED;
    }
    if (result.successful()) {
      return MatrixResult.Outcome.PENDING; // what did not pass is pending: reported, not counted
    }
    boolean broken =
        result.allResults().stream()
            .anyMatch(r -> r instanceof InteractionResult.Failed && !r.pending());
    return broken ? MatrixResult.Outcome.FAILED : MatrixResult.Outcome.ERROR;
  }

  /** What the filters left out of the cell's pact(s). */
  private static io.pactcontainers.verify.Filtering cellFiltering(List<PactResult> own) {
    if (own.size() == 1) {
      return own.get(0).filtering();
    }
    int available = 0;
    List<io.pactcontainers.verify.Filtering.LeftOut> leftOut = new ArrayList<>();
    for (PactResult p : own) {
      available += p.filtering().available();
      leftOut.addAll(p.filtering().leftOut());
    }
    return new io.pactcontainers.verify.Filtering(available, leftOut);
  }

  private static MatrixResult.Tally tally(VerificationResult result) {
    return new MatrixResult.Tally(
        (int) result.count(InteractionResult.Passed.class),
        result.allResults().size(),
        result.allResults().stream()
            .filter(r -> !r.passed())
            .map(
                r ->
                    new MatrixResult.Failing(
                        r.interaction().index(),
                        r.interaction().description(),
                        r.interaction().providerStates().stream()
                            .map(io.pactcontainers.model.ProviderState::name)
                            .toList(),
                        r.outcome()))
            .toList(),
        result.filtering().describe());
  }

  private static String detail(VerificationResult result) {
    long passed = result.count(InteractionResult.Passed.class);
    long failed = result.count(InteractionResult.Failed.class);
    long errored = result.count(InteractionResult.Errored.class);
    return passed
        + " passed"
        + (failed > 0 ? ", " + failed + " failed" : "")
        + (errored > 0 ? ", " + errored + " errored" : "")
        + result.interrupted().map(why -> ", " + why).orElse("");
  }

  /**
   * One column per pact: its consumer and version, as the Broker gave it (or in the pact's URL),
   * else the file's name ({@code sous-chef-1.2.0.json}: version 1.2.0).
   */
  static List<MatrixResult.Column> columns(List<LoadedPact> pacts) {
    List<MatrixResult.Column> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (LoadedPact p : pacts) {
      String location = p.pact().location();
      Matcher m = BROKER_VERSION.matcher(location);
      String file = Path.of(location).getFileName().toString().replaceFirst("\\.json$", "");
      String version =
          p.consumerVersion()
              .orElseGet(
                  () ->
                      m.find()
                          ? java.net.URLDecoder.decode(
                              m.group(1), java.nio.charset.StandardCharsets.UTF_8)
                          : versionInFileName(file, p.pact()));
      if (version.isEmpty()) {
        version = versionInPact(location);
      }
      String base = version.isEmpty() ? p.pact().consumer() : p.pact().consumer() + "@" + version;
      String id = base;
      for (int i = 2; !ids.add(id); i++) {
        id = base + "#" + i;
      }
      out.add(new MatrixResult.Column(id, p.pact().consumer(), version, location));
    }
    return out;
  }

  /**
   * The version a pact's file name gives: {@code sous-chef-1.2.0.json} is 1.2.0; the default names
   * pact-jvm, pact-js and pact-python write ({@code Consumer-Provider.json}) give none, nor does a
   * name that is not the consumer's.
   */
  static String versionInFileName(String file, io.pactcontainers.model.Pact pact) {
    String consumerPrefix = pact.consumer() + "-";
    if (!file.startsWith(consumerPrefix) || file.length() == consumerPrefix.length()) {
      return file.equalsIgnoreCase(pact.consumer()) ? "" : file;
    }
    String rest = file.substring(consumerPrefix.length());
    return rest.equalsIgnoreCase(pact.provider())
            || rest.equalsIgnoreCase(pact.provider().replace(' ', '-'))
        ? ""
        : rest;
  }

  /**
   * The consumer version a pact file downloaded from a Pact Broker carries in its {@code _links}
   * ({@code pb:consumer-version}); empty for any other file, or one that cannot be read again.
   */
  static String versionInPact(String location) {
    Path file = Path.of(location);
    if (!java.nio.file.Files.isRegularFile(file)) {
      return "";
    }
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper()
          .readTree(file.toFile())
          .path("_links")
          .path("pb:consumer-version")
          .path("name")
          .asText("");
    } catch (IOException | RuntimeException e) {
      return ""; // the pact was read once already; without a version the column is the consumer's
    }
  }

  /** A pact already loaded: each cell verifies it without reading or fetching it again. */
  private record Preloaded(LoadedPact pact) implements PactSource.Dynamic {
    @Override
    public String describe() {
      return pact.pact().location();
    }

    @Override
    public LoadedPacts load(String provider) {
      return new LoadedPacts(List.of(pact), List.of(describe()), List.of());
    }
  }

  /**
   * A row's configuration: the matrix's, with this image, the pacts already loaded and this row's
   * folder.
   */
  private record VerificationConfigs(VerificationConfig base) {
    VerificationConfig forRow(
        io.pactcontainers.provider.ProviderTarget target, List<PactSource> pacts, Path dir) {
      return base.withTarget(target).withSources(pacts).withOutputDirectory(dir);
    }
  }
}

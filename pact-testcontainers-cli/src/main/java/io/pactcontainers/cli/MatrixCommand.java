package io.pactcontainers.cli;

import io.pactcontainers.PactContainersException;
import io.pactcontainers.Secrets;
import io.pactcontainers.matrix.FailOn;
import io.pactcontainers.matrix.Matrix;
import io.pactcontainers.matrix.MatrixConfig;
import io.pactcontainers.matrix.MatrixFiles;
import io.pactcontainers.matrix.MatrixResult;
import io.pactcontainers.matrix.MatrixVerdict;
import io.pactcontainers.settings.MappedSettings;
import io.pactcontainers.settings.MatrixSettings;
import io.pactcontainers.settings.PropertyOverrides;
import io.pactcontainers.settings.VerificationSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.ParseResult;

/**
 * {@code matrix}: many provider images against many pacts, as the plugin's goal of the name. The
 * settings read as {@code verify}'s, the matrix's rules the library's ({@link MatrixSettings}),
 * each cell's verification mapped by its settings layer, the run {@link Matrix}'s, the verdict
 * {@link MatrixVerdict}'s. Exit status 0 passed, 1 cells failed under {@code --fail-on}, 2 anything
 * else.
 */
final class MatrixCommand {
  private final ParseResult parsed;
  private final Map<String, String> environment;
  private final PrintStream out;
  private final PrintStream err;
  private final String version;

  MatrixCommand(
      ParseResult parsed,
      Map<String, String> environment,
      PrintStream out,
      PrintStream err,
      String version) {
    this.parsed = parsed;
    this.environment = Map.copyOf(environment);
    this.out = out;
    this.err = err;
    this.version = version;
  }

  /** Runs (or merges) the matrix; the exit status. */
  int run() {
    Secrets secrets = Secrets.none();
    Path output = null;
    try {
      CliRawSettings raw =
          new CliRawSettings(VerifyCommand.layers(parsed, environment, MatrixOptions.ALL));
      secrets = Secrets.of(VerifyCommand.literalSecrets(raw));
      if (parsed.hasMatchedOption(Commands.VERBOSE)) {
        Verbose.print(raw.layers(), secrets, out);
      }
      MatrixSettings.Raw m = matrix(raw);
      output = Path.of("").toAbsolutePath().resolve(raw.outputDirectory().toPath()).normalize();
      Path dir = output.resolve("matrix");
      FailOn policy = MatrixSettings.failOn(m, raw.names());
      if (m.merging()) {
        List<Path> slices = MatrixSettings.mergeFrom(m, raw.names());
        MatrixResult merged = MatrixFiles.merge(slices, dir, out::println);
        out.println(MatrixVerdict.merged(slices.size(), merged));
        return finish(merged, MatrixFiles.write(merged, dir), policy, raw, secrets);
      }
      List<String> rows = MatrixSettings.rows(m, raw.names());
      Map<String, String> cell = new HashMap<>(VerifyCommand.stateFilterOverride(raw));
      cell.putAll(MatrixSettings.cellOverrides(m, raw, rows));
      MappedSettings mapped =
          VerificationSettings.map(
              PropertyOverrides.of(raw, cell),
              VerifyCommand.context(raw, environment, out, version));
      secrets = secrets.and(mapped.secrets());
      MatrixConfig config =
          MatrixSettings.config(m, mapped.config(), rows, policy, dir, raw.names());
      out.println(MatrixVerdict.planned(config));
      AtomicReference<MatrixFiles.Written> written = new AtomicReference<>();
      Secrets masked = secrets;
      CliNames names = (CliNames) raw.names();
      MatrixResult result =
          new Matrix()
              .run(
                  config,
                  line -> out.println(masked.mask(line)),
                  names::setting,
                  r -> written.set(MatrixFiles.write(r, dir)));
      return finish(result, written.get(), policy, raw, secrets);
    } catch (PactContainersException e) {
      err.println("ERROR: " + secrets.mask(e.getMessage()));
      if (parsed.hasMatchedOption(Commands.STACKTRACE)) {
        secrets.masked(e).printStackTrace(err);
      }
      return Commands.ERROR;
    } finally {
      if (output != null) {
        // What was written before the secrets were all known (the engine masks as it writes).
        secrets.maskFiles(output, line -> out.println("WARNING: " + line));
      }
    }
  }

  /** The matrix's own settings, as the library reads them. */
  private static MatrixSettings.Raw matrix(CliRawSettings raw) {
    return new MatrixSettings.Raw(
        raw.list("images"),
        raw.text("imageRepository"),
        raw.text("tagPattern"),
        raw.number("maxImages", 5),
        raw.layers().get("parallelism").isPresent() ? raw.number("parallelism", 0) : null,
        raw.text("failOn"),
        raw.file("previousMatrix"),
        raw.text("matrixProviderVersion"),
        raw.files("mergeFrom"));
  }

  private int finish(
      MatrixResult result,
      MatrixFiles.Written written,
      FailOn policy,
      CliRawSettings raw,
      Secrets secrets) {
    MatrixVerdict verdict = MatrixVerdict.of(result, written, policy, raw.names().of("failOn"));
    for (MatrixVerdict.Line line : verdict.lines()) {
      String prefix =
          switch (line.level()) {
            case INFO -> "";
            case WARN -> "WARNING: ";
            case ERROR -> "ERROR: ";
          };
      out.println(prefix + secrets.mask(line.text()));
    }
    return switch (verdict.kind()) {
      case PASSED -> Commands.VERIFIED;
      case FAILED -> {
        err.println(secrets.mask(verdict.message()));
        yield Commands.BROKEN;
      }
      case NOT_COMPLETED -> {
        err.println("ERROR: " + secrets.mask(verdict.message()));
        yield Commands.ERROR;
      }
    };
  }
}

package io.pactcontainers.report;

import io.pactcontainers.Secrets;
import io.pactcontainers.verify.VerificationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The reports a run writes, by format name, for every front end. Each is written whole or not at
 * all; one that cannot be written (a full disk) neither keeps the others from being written nor the
 * verdict from being said, and is named to the front end so that it says so with the verdict. The
 * Markdown report also goes to {@code $GITHUB_STEP_SUMMARY} when GitHub Actions sets it, masked
 * like everything else.
 */
public final class ReportSet {
  private final List<ReportFormat> formats;

  /** Reports a user named a file for ({@code --json FILE}), besides those in the folder. */
  private final Map<ReportFormat, Path> files;

  /** Reports of the user's own classes ({@code com.acme.TeamReport}), by class name. */
  private final Map<String, ReportWriter> custom;

  private ReportSet(List<ReportFormat> formats, Map<ReportFormat, Path> files) {
    this(formats, files, Map.of());
  }

  private ReportSet(
      List<ReportFormat> formats, Map<ReportFormat, Path> files, Map<String, ReportWriter> custom) {
    this.formats = List.copyOf(formats);
    Map<ReportFormat, Path> copy = new java.util.EnumMap<>(ReportFormat.class);
    copy.putAll(files);
    this.files = java.util.Collections.unmodifiableMap(copy);
    this.custom = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(custom));
  }

  /**
   * This set, and a report of the user's own: a class implementing {@link ReportWriter}, writing
   * {@code <provider>.<its extension>} beside the others (or what its {@code write} writes).
   *
   * @param name its name, to say it was written or not
   * @param writer the writer
   * @return the set with it
   */
  public ReportSet withCustom(String name, ReportWriter writer) {
    Map<String, ReportWriter> more = new java.util.LinkedHashMap<>(custom);
    more.put(java.util.Objects.requireNonNull(name, "name"), writer);
    return new ReportSet(formats, files, more);
  }

  /**
   * The reports of the user's own classes.
   *
   * @return the writer of each, by class name
   */
  public Map<String, ReportWriter> custom() {
    return custom;
  }

  /**
   * The reports of these format names, each once, blanks skipped.
   *
   * @param names format names ({@code json}, {@code junit}, {@code html}, {@code markdown})
   * @return the set
   * @throws IllegalArgumentException naming the unknown format and the valid ones
   */
  public static ReportSet parse(List<String> names) {
    List<ReportFormat> out = new ArrayList<>();
    for (String name : names == null ? List.<String>of() : names) {
      if (name != null && !name.isBlank()) {
        ReportFormat f = ReportFormat.parse(name);
        if (!out.contains(f)) {
          out.add(f);
        }
      }
    }
    return new ReportSet(out, Map.of());
  }

  /**
   * This set, and one more report written to a file of its own: the whole run in one document of
   * that format (the JUnit XML as one {@code testsuites}), as the Rust verifier's {@code --json
   * FILE} and {@code --junit FILE} write.
   *
   * @param format the format
   * @param file the file; its folder is made when missing
   * @return the set with it
   */
  public ReportSet withFile(ReportFormat format, Path file) {
    Map<ReportFormat, Path> more = new java.util.EnumMap<>(ReportFormat.class);
    more.putAll(files);
    more.put(java.util.Objects.requireNonNull(format, "format"), file);
    return new ReportSet(formats, more, custom);
  }

  /**
   * The reports written to files of their own.
   *
   * @return the file of each format
   */
  public Map<ReportFormat, Path> files() {
    return files;
  }

  /**
   * The formats, in the order given.
   *
   * @return the formats
   */
  public List<ReportFormat> formats() {
    return formats;
  }

  /**
   * Removes this provider's reports that an earlier run left, before a run that may end without
   * writing its own (a setting at fault, nothing to verify): an earlier run's "passed" report would
   * otherwise be read as this run's. The JUnit XML files, one per pact, are left: a run that writes
   * reports writes them anew.
   *
   * @param dir the reports' folder
   * @param provider the provider's name
   * @throws IOException naming the file that could not be removed
   */
  public static void removePrevious(Path dir, String provider) throws IOException {
    if (!Files.isDirectory(dir)) {
      // No folder, or a file where it should be: no earlier report there, and the run's own
      // reports then say why they could not be written, with its verdict.
      return;
    }
    for (ReportFormat f : ReportFormat.values()) {
      if (f != ReportFormat.JUNIT) {
        Files.deleteIfExists(dir.resolve(ReportWriter.fileName(provider) + "." + f.extension()));
      }
    }
  }

  /**
   * Writes every report it can and says which it could not.
   *
   * @param result the run's result
   * @param dir the reports' folder (made when missing)
   * @param environment the environment variables ({@code GITHUB_STEP_SUMMARY})
   * @param secrets masked in every report
   * @param info where the written reports are said
   * @param error where the reports not written are said
   * @return the reports not written, each as "the html report (No space left on device)"; none is
   *     left half-written
   */
  public List<String> write(
      VerificationResult result,
      Path dir,
      Map<String, String> environment,
      Secrets secrets,
      Consumer<String> info,
      Consumer<String> error) {
    List<Path> written = new ArrayList<>();
    List<String> notWritten = new ArrayList<>();
    for (ReportFormat f : formats) {
      try {
        Files.createDirectories(dir);
        written.addAll(f.writer().write(result, dir, f.extension(), secrets));
      } catch (IOException e) {
        notWritten.add(
            "the "
                + f.name().toLowerCase(Locale.ROOT)
                + " report ("
                + io.pactcontainers.WholeFile.why(e)
                + ")");
      }
    }
    written.addAll(writeCustom(result, dir, secrets, notWritten));
    if (!written.isEmpty()) {
      info.accept(writtenLine(dir, written));
    }
    List<Path> own = writeFiles(result, secrets, notWritten);
    if (!own.isEmpty()) {
      info.accept(
          "Report file(s): "
              + String.join(", ", own.stream().map(p -> p.toAbsolutePath().toString()).toList()));
    }
    if (!notWritten.isEmpty()) {
      error.accept(
          "Could not write "
              + String.join(", ", notWritten)
              + (formats.isEmpty() ? "" : " in " + dir)
              + "; nothing half-written is left there");
    }
    stepSummary(result, environment, secrets, info, error);
    return notWritten;
  }

  /**
   * The user's own reports. A class that throws is a report not written, said with the verdict,
   * never a run that ends without its other reports.
   */
  private List<Path> writeCustom(
      VerificationResult result, Path dir, Secrets secrets, List<String> notWritten) {
    List<Path> written = new ArrayList<>();
    custom.forEach(
        (name, writer) -> {
          try {
            Files.createDirectories(dir);
            for (Path file : writer.write(result, dir, writer.extension(), secrets)) {
              secrets.maskFile(
                  file, line -> notWritten.add("the " + name + " report (" + line + ")"));
              written.add(file);
            }
          } catch (IOException | RuntimeException e) {
            notWritten.add("the " + name + " report (" + e + ")");
          }
        });
    return written;
  }

  /** The reports to files of their own; each one not written is added to {@code notWritten}. */
  private List<Path> writeFiles(
      VerificationResult result, Secrets secrets, List<String> notWritten) {
    List<Path> written = new ArrayList<>();
    files.forEach(
        (f, file) -> {
          try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
              Files.createDirectories(parent);
            }
            ReportFiles.write(file, secrets.mask(f.writer().renderOneFile(result)));
            written.add(file);
          } catch (IOException e) {
            notWritten.add(
                "the "
                    + f.name().toLowerCase(Locale.ROOT)
                    + " report to "
                    + file
                    + " ("
                    + io.pactcontainers.WholeFile.why(e)
                    + ")");
          }
        });
    return written;
  }

  private static String writtenLine(Path dir, List<Path> written) {
    Path first =
        written.stream()
            .filter(p -> p.toString().endsWith(".html"))
            .findFirst()
            .orElse(written.get(0));
    return "Reports in "
        + dir
        + ": "
        + String.join(", ", written.stream().map(p -> p.getFileName().toString()).toList())
        + (first.toString().endsWith(".html") ? " (open " + first.toUri() + ")" : "");
  }

  private void stepSummary(
      VerificationResult result,
      Map<String, String> environment,
      Secrets secrets,
      Consumer<String> info,
      Consumer<String> warn) {
    String stepSummary = environment.get("GITHUB_STEP_SUMMARY");
    if (!formats.contains(ReportFormat.MARKDOWN) || stepSummary == null || stepSummary.isBlank()) {
      return;
    }
    try {
      Files.writeString(
          Path.of(stepSummary),
          secrets.mask(ReportFormat.MARKDOWN.writer().render(result)) + "\n",
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
      info.accept("Markdown report added to the job summary ($GITHUB_STEP_SUMMARY)");
    } catch (IOException | RuntimeException e) {
      warn.accept(
          "Cannot add the report to $GITHUB_STEP_SUMMARY (" + stepSummary + "): " + e.getMessage());
    }
  }
}

package io.pactcontainers.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats, each with its own writer. */
public enum ReportFormat {
  /** Everything, for tools: {@code <provider>.json}. */
  JSON("json"),
  /** Surefire's XML, one file per pact, for CI test tabs. */
  JUNIT("xml"),
  /** One self-contained page. */
  HTML("html"),
  /** A table, also for {@code $GITHUB_STEP_SUMMARY}. */
  MARKDOWN("md");

  /** What a run writes when the configuration does not say. */
  public static final List<ReportFormat> DEFAULTS = List.of(JSON, JUNIT, HTML, MARKDOWN);

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /**
   * The file extension of the format.
   *
   * @return "json", "xml", "html" or "md"
   */
  public String extension() {
    return extension;
  }

  /**
   * A writer of this format.
   *
   * @return a new writer
   */
  public ReportWriter writer() {
    return switch (this) {
      case JSON -> new JsonReportWriter();
      case JUNIT -> new JunitReportWriter();
      case HTML -> new HtmlReportWriter();
      case MARKDOWN -> new MarkdownReportWriter();
    };
  }

  /**
   * Parses "json", "junit", "html" or "markdown" (or an extension); an unknown name lists the valid
   * ones.
   *
   * @param name the format as configured
   * @return the format
   * @throws IllegalArgumentException naming the valid formats
   */
  public static ReportFormat parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown report format \""
            + name
            + "\"; valid: "
            + Arrays.stream(values())
                .map(f -> f.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
  }
}

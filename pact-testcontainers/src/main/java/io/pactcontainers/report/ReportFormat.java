package io.pactcontainers.report;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats, each with its own writer. */
public enum ReportFormat {
  JSON("json"),
  MARKDOWN("md");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  public ReportWriter writer() {
    return switch (this) {
      case JSON -> new JsonReportWriter();
      case MARKDOWN -> new MarkdownReportWriter();
    };
  }

  /** Parses "json" or "markdown"; an unknown name lists the valid ones. */
  public static ReportFormat parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    for (ReportFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n) || f.extension.equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown report format \"" + name + "\"; valid: "
        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
  }
}

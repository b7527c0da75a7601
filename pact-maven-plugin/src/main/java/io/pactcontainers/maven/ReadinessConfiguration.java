package io.pactcontainers.maven;

import io.pactcontainers.settings.RawSettings;

/**
 * {@code <waitFor>}: how to tell the container is ready. One of {@code <httpPath>} (with {@code
 * <status>}), {@code <logMessage>} (a regular expression, with {@code <times>}); neither means "the
 * port accepts connections".
 */
public class ReadinessConfiguration implements RawSettings.WaitFor {
  /** Path to GET until it answers {@code status}, e.g. {@code /health}. */
  String httpPath;

  /** The status {@code httpPath} must answer. */
  int status = 200;

  /** A regular expression a log line must match, e.g. {@code .*Listening at.*}. */
  String logMessage;

  /** How many log lines must match {@code logMessage}. */
  int times = 1;

  @Override
  public String httpPath() {
    return httpPath;
  }

  @Override
  public int status() {
    return status;
  }

  @Override
  public String logMessage() {
    return logMessage;
  }

  @Override
  public int times() {
    return times;
  }
}

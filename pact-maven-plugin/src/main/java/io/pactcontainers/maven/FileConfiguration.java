package io.pactcontainers.maven;

import io.pactcontainers.settings.RawSettings;
import java.io.File;

/** {@code <file>}: a host file or folder copied into the container before it starts. */
public class FileConfiguration implements RawSettings.FileCopy {
  /** The file on the host. */
  File source;

  /** Where it goes in the container. */
  String target;

  @Override
  public File source() {
    return source;
  }

  @Override
  public String target() {
    return target;
  }
}

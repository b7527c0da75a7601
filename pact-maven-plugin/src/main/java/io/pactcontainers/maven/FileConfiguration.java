package io.pactcontainers.maven;

import java.io.File;

/** {@code <file>}: a host file or folder copied into the container before it starts. */
public class FileConfiguration {
  /** The file on the host. */
  File source;

  /** Where it goes in the container. */
  String target;
}

package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/**
 * A file or folder of the host copied into the container before it starts.
 *
 * @param source the file or folder on this machine
 * @param containerPath where it goes in the container
 */
public record CopiedFile(Path source, String containerPath) {
  /**
   * Checks the components.
   *
   * @param source the file or folder on this machine
   * @param containerPath where it goes in the container
   */
  public CopiedFile {
    requireNonNull(source, "source");
    requireNonNull(containerPath, "containerPath");
    source = source.normalize(); // printed in messages: no "provider/../files"
  }
}

package io.pactcontainers.provider;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;

/** A file or folder of the host copied into the container before it starts. */
public record CopiedFile(Path source, String containerPath) {
  public CopiedFile {
    requireNonNull(source, "source");
    requireNonNull(containerPath, "containerPath");
  }
}

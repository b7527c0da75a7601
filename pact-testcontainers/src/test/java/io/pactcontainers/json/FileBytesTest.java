package io.pactcontainers.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {
  @TempDir Path dir;

  @Test
  void readsEveryByteOfFilesOfAnySize() throws IOException {
    Random random = new Random(7);
    for (int size : new int[] {0, 1, 65535, 65536, 65537, 1_800_000}) {
      byte[] content = new byte[size];
      random.nextBytes(content);
      Path file = Files.write(dir.resolve("f" + size), content);

      assertThat(FileBytes.read(file)).as("%d bytes", size).isEqualTo(content);
    }
  }

  @Test
  void aFileWhoseSizeIsNotKnownAheadIsReadToItsEnd() throws IOException {
    // /proc files say 0 bytes and have more.
    Path proc = Path.of("/proc/self/status");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(proc));

    assertThat(new String(FileBytes.read(proc), java.nio.charset.StandardCharsets.US_ASCII))
        .startsWith("Name:")
        .contains("\nPid:");
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThatThrownBy(() -> FileBytes.read(dir.resolve("none.json")))
        .isInstanceOf(NoSuchFileException.class);
  }
}

package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.exception.InternalServerErrorException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

class DependencyLoggingTest {
  @TempDir Path dir;
  private final List<String> console = new CopyOnWriteArrayList<>();
  private Path file;

  @BeforeEach
  void route() {
    file = dir.resolve("logs/testcontainers.log");
    DependencyLogging.routeTo(
        new SystemStreamLog() {
          @Override
          public void warn(CharSequence content, Throwable error) {
            console.add("[WARNING] " + content);
          }

          @Override
          public void error(CharSequence content, Throwable error) {
            console.add("[ERROR] " + content);
          }
        },
        file);
  }

  @AfterEach
  void stop() {
    DependencyLogging.stop();
  }

  private static Logger logger(String name) {
    return new DependencyLogging().getLoggerFactory().getLogger(name);
  }

  @Test
  void anErrorTheEngineAnsweredToACallbackGoesToTheFileOnlySinceTheBuildErrorSaysIt()
      throws Exception {
    logger("com.github.dockerjava.api.async.ResultCallbackTemplate")
        .error(
            "Error during callback",
            new InternalServerErrorException(
                "Status 500: {\"message\":\"Get \\\"https://registry-1.docker.io/v2/\\\": no such host\"}"));

    assertThat(console).isEmpty();
    DependencyLogging.stop();
    assertThat(Files.readString(file))
        .contains(
            "ERROR com.github.dockerjava.api.async.ResultCallbackTemplate - Error during callback")
        .contains("registry-1.docker.io");
  }

  @Test
  void aCallbackErrorThatIsNotTheEnginesAnswerStillReachesTheConsole() {
    logger("com.github.dockerjava.api.async.ResultCallbackTemplate")
        .error("Error during callback", new java.io.IOException("Connection reset"));

    assertThat(console)
        .containsExactly("[ERROR] Error during callback: java.io.IOException: Connection reset");
  }

  @Test
  void otherWarningsReachTheConsoleAndRyuksDisabledWarningDoesNot() {
    logger("org.testcontainers.utility.ResourceReaper")
        .warn("Ryuk has been disabled. This can cause unexpected behavior in your environment.");
    logger("org.testcontainers.DockerClientFactory").warn("Docker is running low on disk space");

    assertThat(console).containsExactly("[WARNING] Docker is running low on disk space");
  }
}

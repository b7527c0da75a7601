package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Broker (or a gateway before it) that echoes the token into a body that is not the JSON asked
 * for: the goal's error, and every cause {@code -e} prints, show the token masked.
 */
class BrokerEchoMaskedTest {
  private static final String TOKEN = "echoedBrokerT0ken";

  private HttpServer gateway;

  @BeforeEach
  void start() throws Exception {
    gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    gateway.createContext(
        "/",
        exchange -> {
          String auth = exchange.getRequestHeaders().getFirst("Authorization");
          byte[] body =
              (auth == null ? "none" : auth.replace("Bearer ", ""))
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/hal+json");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    gateway.start();
  }

  @AfterEach
  void stop() {
    gateway.stop(0);
  }

  @Test
  void recordUndeploymentMasksAnEchoedTokenInItsErrorAndEveryCause() {
    RecordUndeploymentMojo goal = new RecordUndeploymentMojo();
    goal.brokerUrl = "http://127.0.0.1:" + gateway.getAddress().getPort();
    goal.pacticipant = "sous-chef";
    goal.version = "1.0.0";
    goal.environment = "production";
    goal.broker = new BrokerConfiguration();
    goal.broker.serverId = "broker";
    Server server = new Server();
    server.setId("broker");
    server.setPassword(TOKEN);
    goal.settings = new Settings();
    goal.settings.addServer(server);

    assertThatThrownBy(goal::execute)
        .isInstanceOfSatisfying(
            MojoExecutionException.class,
            e -> {
              StringWriter printed = new StringWriter();
              e.printStackTrace(new PrintWriter(printed)); // what -e shows
              assertThat(printed.toString())
                  .doesNotContain(TOKEN)
                  .contains("****")
                  .contains("Caused by: ");
            });
  }
}

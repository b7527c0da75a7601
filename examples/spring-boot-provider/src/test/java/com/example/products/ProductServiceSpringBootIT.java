package com.example.products;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderUrl;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.test.context.ActiveProfiles;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.utility.DockerImageName;

/**
 * The same pact as {@link ProductServicePactIT}, the service started in this JVM as a pact-jvm
 * Spring user starts it ({@code @SpringBootTest} on a random port, PostgreSQL by Testcontainers'
 * {@code @ServiceConnection}) and given to the verification by {@code @ProviderUrl}: no image to
 * build, a debugger in the service's own code. Its reports go to target/pact-junit5-spring, apart
 * from the image's.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "products.token-secret=" + TestTokens.SECRET_DEFAULT)
@ActiveProfiles("pact") // the service's state endpoint
@Testcontainers
@PactProviderTest(
    provider = "product-service",
    pacts = "target/pacts",
    stateChangeUrl = "/_pact/state",
    outputDirectory = "target/pact-junit5-spring",
    headers = @PactProviderTest.Header(name = "Authorization", method = "bearerToken"))
class ProductServiceSpringBootIT {
  // No registry here: the project's own PostgreSQL image, which takes the official image's
  // POSTGRES_DB and POSTGRES_USER but starts with its own script; ready when its port opens.
  // With the official image: new PostgreSQLContainer<>("postgres:15") and nothing more.
  @Container @ServiceConnection
  static PostgreSQLContainer<?> db =
      new PostgreSQLContainer<>(
              DockerImageName.parse("pactcontainers/postgres:15")
                  .asCompatibleSubstituteFor("postgres"))
          .withCommand("sh", "/start.sh")
          .waitingFor(Wait.forListeningPort());

  @LocalServerPort int port;

  @ProviderUrl
  String provider() {
    return "http://localhost:" + port;
  }

  /** A token minted in Java, as the service's identity provider would. */
  static String bearerToken() {
    return TestTokens.mint(TestTokens.SECRET_DEFAULT);
  }

  @DisplayName("Pact")
  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}

package com.example.products;

import io.pactcontainers.junit5.PactProviderTest;
import io.pactcontainers.junit5.PactVerification;
import io.pactcontainers.junit5.ProviderContainer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;

/**
 * The product service's image (built by Jib in this build) verified as JUnit 5 tests, one per
 * interaction, against the pact the consumer test wrote: the containers are the team's own
 * Testcontainers definitions (a network, PostgreSQL beside the service), the states are the
 * service's own endpoint, the token is minted here. The plugin's verify goal runs the same pact
 * afterwards; check-both-ways.sh compares the verdicts.
 */
@PactProviderTest(
    provider = "product-service",
    pacts = "target/pacts",
    stateChangeUrl = "/_pact/state",
    outputDirectory = "target/pact-junit5",
    headers = @PactProviderTest.Header(name = "Authorization", value = "${products.token}"))
class ProductServicePactIT {
  static final String SECRET = System.getProperty("products.tokenSecret", TestTokens.SECRET_DEFAULT);

  static {
    System.setProperty("products.token", mint());
  }

  static final Network network = Network.newNetwork();

  static final GenericContainer<?> db =
      new GenericContainer<>("pactcontainers/postgres:15")
          .withNetwork(network)
          .withNetworkAliases("db")
          .withEnv("POSTGRES_DB", "products")
          .withExposedPorts(5432)
          .waitingFor(Wait.forListeningPort());

  @ProviderContainer
  static final GenericContainer<?> service =
      new GenericContainer<>(System.getProperty("provider.image", "product-service:1.0.0"))
          .withNetwork(network)
          .dependsOn(db)
          .withEnv("SPRING_PROFILES_ACTIVE", "pact")
          .withEnv("SPRING_DATASOURCE_URL", "jdbc:postgresql://db:5432/products")
          .withEnv("PRODUCTS_TOKEN_SECRET", SECRET)
          .withEnv("PRODUCTS_NAME_FIELD", System.getProperty("products.nameField", "name"))
          .withExposedPorts(8080)
          // Spring Boot with JPA and Flyway: 6-7 s on a quiet 2-core machine, over a minute on a
          // busy CI runner, past Testcontainers' default of 60 s.
          .waitingFor(Wait.forListeningPort().withStartupTimeout(java.time.Duration.ofMinutes(3)));

  /** What mint-token.sh prints: "Bearer <unix time>.<HMAC-SHA256 of the time>". */
  static String mint() {
    return TestTokens.mint(SECRET);
  }

  @TestFactory
  Stream<DynamicTest> pacts(PactVerification verification) {
    return verification.tests();
  }
}

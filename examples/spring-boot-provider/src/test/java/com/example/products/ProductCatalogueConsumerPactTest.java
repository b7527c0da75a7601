package com.example.products;

import static org.junit.jupiter.api.Assertions.assertEquals;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonArray;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The consumer's side, as the product catalogue team writes it with pact-jvm's JUnit 5 DSL: its
 * run writes target/pacts/ProductCatalogue-product-service.json, which the same build's verify
 * phase then verifies against the service's real image (so the pact is real, not hand-written).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "product-service", pactVersion = PactSpecVersion.V3)
class ProductCatalogueConsumerPactTest {
  private static final String TOKEN = "Bearer 1700000000.4f2a";
  private static final String TOKEN_FORMAT = "Bearer \\d+\\.[0-9a-f]+";

  @Pact(consumer = "ProductCatalogue")
  public RequestResponsePact catalogue(PactDslWithProvider builder) {
    return builder
        .given("products exist")
        .uponReceiving("get all products")
        .path("/products")
        .method("GET")
        .matchHeader("Authorization", TOKEN_FORMAT, TOKEN)
        .willRespondWith()
        .status(200)
        .body(
            PactDslJsonArray.arrayMinLike(1)
                .integerType("id", 9)
                .stringType("name", "Gem Visa")
                .stringType("type", "CREDIT_CARD")
                .closeObject())
        .given("a product exists", Map.of("id", 10, "name", "28 Degrees"))
        .uponReceiving("get product with ID 10")
        .path("/products/10")
        .method("GET")
        .matchHeader("Authorization", TOKEN_FORMAT, TOKEN)
        .willRespondWith()
        .status(200)
        .body(
            new PactDslJsonBody()
                .integerType("id", 10)
                .stringValue("name", "28 Degrees")
                .stringType("type", "CREDIT_CARD"))
        .given("no product exists")
        .uponReceiving("get product with ID 11")
        .path("/products/11")
        .method("GET")
        .matchHeader("Authorization", TOKEN_FORMAT, TOKEN)
        .willRespondWith()
        .status(404)
        .given("products exist")
        .uponReceiving("get all products without a token")
        .path("/products")
        .method("GET")
        .willRespondWith()
        .status(401)
        .toPact();
  }

  @Test
  void theCatalogueReadsProductsWithItsTokenAndIsRefusedWithout(MockServer server)
      throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    assertEquals(200, get(http, server, "/products", true));
    assertEquals(200, get(http, server, "/products/10", true));
    assertEquals(404, get(http, server, "/products/11", true));
    assertEquals(401, get(http, server, "/products", false));
  }

  private static int get(HttpClient http, MockServer server, String path, boolean token)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getUrl() + path));
    if (token) {
      request.header("Authorization", TOKEN);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}

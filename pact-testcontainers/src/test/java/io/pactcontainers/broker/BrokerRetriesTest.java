package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.source.Credentials;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What is sent again, and what never is; what the Broker says, whole and without secrets. */
class BrokerRetriesTest {
  private BrokerStandIn broker;
  private final ProviderVersion version =
      new ProviderVersion("3.2.1", Optional.of("main"), List.of(), Optional.empty());

  @BeforeEach
  void start() throws Exception {
    broker = new BrokerStandIn();
    broker.publish(
        "sous-chef",
        "1.0.0",
        "main",
        "grill",
        BrokerSourceTest.pact("sous-chef", "grill", "main one"));
  }

  @AfterEach
  void stop() {
    broker.close();
  }

  private PublishedResult result() {
    java.net.URI publish =
        new BrokerSource(
                PactBroker.of(broker.url())
                    .withSelectors(List.of(ConsumerVersionSelector.onMainBranch())))
            .load("grill")
            .pacts()
            .get(0)
            .publishResultsTo()
            .orElseThrow();
    return new PublishedResult(publish, "pact between sous-chef and grill", true, List.of());
  }

  private long posts() {
    return broker.requests().stream()
        .filter(r -> r.startsWith("POST ") && r.endsWith("/verification-results"))
        .count();
  }

  @Test
  void aResultThatTimedOutIsNeverPostedAgain() {
    PublishedResult r = result();
    broker.delayPublishing(Duration.ofMillis(2500));
    PactBroker config =
        PactBroker.of(broker.url()).withTimeout(Duration.ofSeconds(1)).withRetries(3);
    assertThatThrownBy(
            () ->
                new VerificationPublisher(config, "0.1.0")
                    .publish("grill", version, List.of(r), x -> {}))
        .isInstanceOf(BrokerException.class)
        .hasMessage(
            "The Pact Broker did not answer within 1 s for verification results of pact between sous-chef and grill at "
                + r.publishUrl()
                + " after 1 attempt; the request was not sent again, because it may have reached the Broker: check in"
                + " the Broker whether verification results of pact between sous-chef and grill were recorded before running again");
    assertThat(posts()).isEqualTo(1);
    assertThat(broker.verifications()).hasSize(1);
  }

  @Test
  void aResultAnsweredWith503IsNotPostedAgainButAReadIs() {
    PublishedResult r = result();
    int before = broker.requests().size();
    broker.failNext(1);
    assertThatThrownBy(
            () ->
                new VerificationPublisher(PactBroker.of(broker.url()).withRetries(3), "0.1.0")
                    .publish(
                        "grill",
                        new ProviderVersion("3.2.1", Optional.empty(), List.of(), Optional.empty()),
                        List.of(r),
                        x -> {}))
        .hasMessage(
            "The Pact Broker answered HTTP 503 for verification results of pact between sous-chef and grill at "
                + r.publishUrl()
                + ": Service Unavailable; the request was not sent again, because it may have reached the Broker: check"
                + " in the Broker whether verification results of pact between sous-chef and grill were recorded before running again");
    assertThat(broker.requests()).hasSize(before + 1);
    broker.failNext(2);
    assertThat(new BrokerSource(PactBroker.of(broker.url()).withRetries(3)).load("grill").pacts())
        .hasSize(1);
  }

  @Test
  void aRateLimitedRequestWaitsForRetryAfterAndIsSentAgainEvenAsAPost() {
    PublishedResult r = result();
    List<Duration> waits = new ArrayList<>();
    broker.rateLimitNext(1, "7");
    HalClient client = new HalClient(PactBroker.of(broker.url()).withRetries(2), waits::add);
    client.post(
        HalClient.Endpoint.write("verification results", r.publishUrl()),
        Map.of("success", true, "providerApplicationVersion", "3.2.1"));
    assertThat(waits).containsExactly(Duration.ofSeconds(7));
    assertThat(posts()).isEqualTo(2);
    assertThat(broker.verifications()).hasSize(1); // the 429 recorded nothing
    broker.rateLimitNext(1, "600");
    assertThatThrownBy(() -> client.get(HalClient.Endpoint.read("the Broker index", broker.url())))
        .hasMessage(
            "The Pact Broker is rate limiting requests (HTTP 429) to the Broker index at "
                + broker.url()
                + " and asks to wait 600 s (Retry-After), more than the 120 s we wait; run again later");
  }

  @Test
  void retryAfterIsHonouredWithoutBeingShortened() {
    broker.rateLimitNext(1, "1");
    new HalClient(PactBroker.of(broker.url()).withRetries(1)).index();
    List<java.time.Instant> times = broker.requestTimes();
    assertThat(Duration.between(times.get(0), times.get(1)))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void aSecretTheBrokerEchoesIsMaskedInEveryForm() {
    broker
        .requireAuthorization(
            "Basic "
                + Base64.getEncoder().encodeToString("ci:right".getBytes(StandardCharsets.UTF_8)))
        .echoCredentialsInErrors();
    String encoded =
        Base64.getEncoder().encodeToString("ci:s3cr3t-pw".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () ->
                new BrokerSource(
                        PactBroker.of(broker.url())
                            .withCredentials(new Credentials.Basic("ci", "s3cr3t-pw")))
                    .load("grill"))
        .hasMessage(
            "The Pact Broker refused the credentials (HTTP 401) for the Broker index at "
                + broker.url()
                + ": Unauthorized: the header 'Basic ****' is not valid (decoded: ci:****); check the token or username and password"
                + " configured for it")
        .hasMessageNotContaining("s3cr3t-pw")
        .hasMessageNotContaining(encoded);
    broker.requireAuthorization("Bearer right");
    assertThatThrownBy(
            () ->
                new BrokerSource(
                        PactBroker.of(broker.url())
                            .withCredentials(new Credentials.Bearer("t0k3n-xyz")))
                    .load("grill"))
        .hasMessageContaining("the header 'Bearer ****' is not valid")
        .hasMessageNotContaining("t0k3n-xyz");
  }

  @Test
  void aCustomAuthHeaderCarriesTheCredential() {
    broker.requireHeader("X-Api-Key", "k3y-123");
    assertThat(
            new BrokerSource(
                    PactBroker.of(broker.url())
                        .withCredentials(new Credentials.Header("X-Api-Key", "k3y-123")))
                .load("grill")
                .pacts())
        .hasSize(1);
    assertThatThrownBy(
            () ->
                new BrokerSource(
                        PactBroker.of(broker.url())
                            .withCredentials(new Credentials.Bearer("k3y-123")))
                    .load("grill"))
        .isInstanceOf(BrokerException.class)
        .hasMessageContaining("HTTP 401");
    assertThat(new Credentials.Header("X-Api-Key", "k3y-123").toString())
        .isEqualTo("Header[name=X-Api-Key, value=****]");
    assertThatThrownBy(() -> new Credentials.Header("X Api", "v"))
        .hasMessage("not a valid HTTP header name: \"X Api\"");
  }

  @Test
  void aHangingBrokerIsAskedOnceMoreNotRetriesTimes() throws Exception {
    try (java.net.ServerSocket hanging =
        new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
      List<java.net.Socket> accepted = new java.util.concurrent.CopyOnWriteArrayList<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  while (true) {
                    accepted.add(hanging.accept()); // reads nothing, answers nothing
                  }
                } catch (java.io.IOException e) {
                  // closed
                }
              });
      t.setDaemon(true);
      t.start();
      java.net.URI url = java.net.URI.create("http://127.0.0.1:" + hanging.getLocalPort() + "/");
      List<Duration> waits = new ArrayList<>();
      HalClient client =
          new HalClient(
              PactBroker.of(url).withTimeout(Duration.ofMillis(1000)).withRetries(3), waits::add);
      assertThatThrownBy(client::index)
          .isInstanceOfSatisfying(BrokerException.class, e -> assertThat(e.timedOut()).isTrue())
          .hasMessage(
              "The Pact Broker did not answer within 1 s for the Broker index at "
                  + url
                  + " after 2 attempts; check the"
                  + " Broker URL and that it is up");
      assertThat(waits).hasSize(1);
      assertThat(accepted).hasSize(2);
      for (java.net.Socket s : accepted) {
        s.close();
      }
    }
  }
}

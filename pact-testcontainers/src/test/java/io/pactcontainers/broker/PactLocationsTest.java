package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.source.Credentials;
import io.pactcontainers.source.PactSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PactLocationsTest {
  private static final PactBroker BROKER =
      PactBroker.of(URI.create("https://broker.example.com"))
          .withCredentials(new Credentials.Bearer("t0k3n"));

  @TempDir Path existing;

  @Test
  void aDirectoryAloneIsReadEvenWhenMissingSoThatItsAbsenceIsReported() {
    Path missing = existing.resolve("no-such-folder");

    assertThat(locations(Optional.of(missing), List.of(), Optional.empty()).sources())
        .containsExactly(new PactSource.Directory(missing));
  }

  @Test
  void aMissingDefaultDirectoryBesideABrokerIsLeftOutAnExistingOneIsRead() {
    Path missing = existing.resolve("no-such-folder");

    assertThat(locations(Optional.of(missing), List.of(), Optional.of(BROKER)).sources())
        .singleElement()
        .isInstanceOf(BrokerSource.class);
    List<PactSource> both =
        locations(Optional.of(existing), List.of(), Optional.of(BROKER)).sources();
    assertThat(both).hasSize(2).first().isEqualTo(new PactSource.Directory(existing));
    assertThat(both.get(1)).isInstanceOf(BrokerSource.class);
  }

  @Test
  void aFileNamedBesideTheFolderItLivesInIsReadOnce() throws Exception {
    Path inside = java.nio.file.Files.writeString(existing.resolve("sous-chef.json"), "{}");
    Path elsewhere = existing.resolve("other/waiter.json");

    assertThat(
            locations(Optional.of(existing), List.of(inside, elsewhere), Optional.empty())
                .sources())
        .containsExactly(new PactSource.Directory(existing), new PactSource.PactFile(elsewhere));
  }

  @Test
  void pactUrlsReplaceTheBrokersSelectionAndGetItsCredentialsOnlyOnTheBroker() {
    URI onBroker = URI.create("https://broker.example.com/pacts/provider/p/consumer/c/version/1");
    URI elsewhere = URI.create("https://elsewhere.example.com/pacts/provider/p/pact.json");

    PactLocations locations =
        new PactLocations(
            Optional.empty(),
            List.of(),
            List.of(onBroker, elsewhere),
            Optional.empty(),
            BROKER.credentials(),
            Optional.empty(),
            Optional.of(BROKER));

    assertThat(locations.urlsGiven()).isTrue();
    assertThat(locations.sources())
        .containsExactly(
            new PactSource.Url(onBroker, BROKER.credentials(), Optional.empty()),
            new PactSource.Url(elsewhere, Optional.empty(), Optional.empty()));
  }

  @Test
  void withoutABrokerOnlyABrokerShapedPactUrlGetsTheBrokerCredentials() {
    URI brokerPact = URI.create("https://b.example.com/pacts/provider/p/consumer/c/version/1");
    URI plain = URI.create("https://files.example.com/sous-chef.json");

    PactLocations locations =
        new PactLocations(
            Optional.empty(),
            List.of(),
            List.of(brokerPact, plain),
            Optional.empty(),
            BROKER.credentials(),
            Optional.empty(),
            Optional.empty());

    assertThat(locations.sources())
        .extracting(s -> ((PactSource.Url) s).credentials())
        .containsExactly(BROKER.credentials(), Optional.empty());
  }

  @Test
  void filesAreReadInTheirOrderAfterTheDirectoryAMissingOneToo() {
    Path a = existing.resolve("a.json");
    Path b = existing.resolve("b.json");

    assertThat(locations(Optional.of(existing), List.of(a, b), Optional.empty()).sources())
        .containsExactly(
            new PactSource.Directory(existing),
            new PactSource.PactFile(a),
            new PactSource.PactFile(b));
  }

  private static PactLocations locations(
      Optional<Path> directory, List<Path> files, Optional<PactBroker> broker) {
    return new PactLocations(
        directory,
        files,
        List.of(),
        Optional.empty(),
        broker.flatMap(PactBroker::credentials),
        Optional.empty(),
        broker);
  }
}

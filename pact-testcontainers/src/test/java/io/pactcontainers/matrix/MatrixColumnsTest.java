package io.pactcontainers.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactSpecVersion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A column's consumer version from the pact's file name. */
class MatrixColumnsTest {
  private static Pact pact(String consumer, String provider) {
    return new Pact(consumer, provider, PactSpecVersion.V3, List.of(), "x.json", List.of());
  }

  @Test
  void aVersionedFileNameGivesTheVersion() {
    assertThat(Matrix.versionInFileName("sous-chef-1.2.0", pact("sous-chef", "grill-chef")))
        .isEqualTo("1.2.0");
  }

  @Test
  void aPactDownloadedFromABrokerGivesTheVersionOfItsLinks(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file =
        java.nio.file.Files.writeString(
            dir.resolve("ProductCatalogue-ProductService.json"),
            "{\"_links\":{\"pb:consumer-version\":{\"name\":\"3.1.0\"}}}");
    assertThat(Matrix.versionInPact(file.toString())).isEqualTo("3.1.0");
    assertThat(Matrix.versionInPact(dir.resolve("missing.json").toString())).isEmpty();
  }

  @Test
  void theDefaultNamesOfPactJvmPactJsAndPactPythonGiveNoVersion() {
    Pact pact = pact("ProductCatalogue", "ProductService");
    assertThat(Matrix.versionInFileName("ProductCatalogue-ProductService", pact)).isEmpty();
    assertThat(
            new MatrixResult.Column("ProductCatalogue", "ProductCatalogue", "", "x.json").label())
        .isEqualTo("ProductCatalogue");
  }
}

package io.pactcontainers.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactReader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Loads the pacts of one provider from directories, files and URLs. */
public final class PactLoader {
  /** For the links of pacts from URLs: made when one is read, not in the way of reading files. */
  private ObjectMapper mapper;

  private final PactReader reader;
  private final Duration timeout;
  private HttpClient http;
  private HttpProxies httpProxies;

  /**
   * A loader.
   *
   * @param reader reads each pact, with the JSON limits to keep
   * @param timeout for each pact URL's request
   */
  public PactLoader(PactReader reader, Duration timeout) {
    this.reader = reader;
    this.timeout = timeout;
  }

  private synchronized ObjectMapper mapper() {
    if (mapper == null) {
      mapper =
          io.pactcontainers.json.JsonMappers.limitedTo(
              new ObjectMapper(), reader.limits().maxBytes());
    }
    return mapper;
  }

  /**
   * Reads every source, keeping the pacts whose provider is {@code provider}.
   *
   * @param sources in the order their pacts are verified
   * @param provider the provider's name
   * @return the pacts and an account of the search
   * @throws PactSourceException when a source cannot be read
   * @throws io.pactcontainers.model.PactFormatException when a pact is not valid
   */
  public LoadedPacts load(List<PactSource> sources, String provider) {
    List<LoadedPact> pacts = new ArrayList<>();
    List<String> searched = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (PactSource source : sources) {
      searched.add(source.describe());
      if (source instanceof PactSource.Directory d) {
        for (Path file : jsonFiles(d.path())) {
          keep(reader.read(file), provider, pacts, skipped);
        }
      } else if (source instanceof PactSource.PactFile f) {
        if (!Files.isRegularFile(f.path())) {
          throw new PactSourceException(
              "Pact file not found: "
                  + f.path()
                  + "; check the path (relative paths are resolved against the project directory)");
        }
        keep(reader.read(f.path()), provider, pacts, skipped);
      } else if (source instanceof PactSource.Url u) {
        byte[] json = fetch(u);
        Pact pact = reader.read(json, Redact.userInfo(u.uri()));
        keep(
            new LoadedPact(pact, false, false, "", List.of(), publishLink(json, u.uri())),
            provider,
            pacts,
            skipped);
      } else if (source instanceof PactSource.Dynamic d) {
        LoadedPacts found = d.load(provider);
        pacts.addAll(found.pacts());
        skipped.addAll(found.skipped());
        notes.addAll(found.notes());
      }
    }
    return new LoadedPacts(pacts, searched, skipped, notes);
  }

  private static void keep(
      Pact pact, String provider, List<LoadedPact> pacts, List<String> skipped) {
    keep(LoadedPact.local(pact), provider, pacts, skipped);
  }

  private static void keep(
      LoadedPact loaded, String provider, List<LoadedPact> pacts, List<String> skipped) {
    Pact pact = loaded.pact();
    if (provider == null || pact.provider().equals(provider)) {
      pacts.add(loaded);
    } else {
      skipped.add(
          pact.location()
              + " (its provider is \""
              + pact.provider()
              + "\", not \""
              + provider
              + "\")");
    }
  }

  private static List<Path> jsonFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new PactSourceException(
          "Pact directory not found: "
              + dir
              + "; create it or point the verifier at the folder holding the pact files");
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new PactSourceException("Cannot list pact directory " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where a Broker-served pact wants its verification results: its {@code
   * pb:publish-verification-results} link, which every pact the Broker serves carries (the pact URL
   * of a {@code contract_requiring_verification_published} webhook, say). Empty for other pacts.
   */
  private Optional<URI> publishLink(byte[] json, URI pactUri) {
    try {
      JsonNode href =
          mapper()
              .readTree(json)
              .path("_links")
              .path("pb:publish-verification-results")
              .path("href");
      return href.isTextual() ? Optional.of(pactUri.resolve(href.textValue())) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional
          .empty(); // the pact itself was read: a link we cannot read means nothing to publish to
    }
  }

  /**
   * Made on first use: building the JDK client sets up TLS (~200 ms), which local pacts never need.
   */
  private HttpClient http(PactSource.Url source) {
    Optional<javax.net.ssl.SSLContext> tls =
        TrustedCertificates.context(source.caCertificate(), source.clientCertificate());
    if (tls.isPresent()) {
      return newBuilder(source.proxies())
          .connectTimeout(timeout)
          .followRedirects(HttpClient.Redirect.NORMAL)
          .sslContext(tls.get())
          .build();
    }
    if (http == null || !source.proxies().equals(httpProxies)) {
      httpProxies = source.proxies();
      http =
          newBuilder(source.proxies())
              .connectTimeout(timeout)
              .followRedirects(HttpClient.Redirect.NORMAL)
              .build();
    }
    return http;
  }

  /** A client builder going through the proxies (or straight to every URL without any). */
  private static HttpClient.Builder newBuilder(HttpProxies proxies) {
    return HttpClient.newBuilder().proxy(proxies.selector());
  }

  private byte[] fetch(PactSource.Url source) {
    URI uri = source.uri();
    if (uri.getScheme() != null && uri.getScheme().equals("file")) {
      try {
        return io.pactcontainers.json.FileBytes.read(Path.of(uri));
      } catch (IOException e) {
        throw new PactSourceException("Cannot read pact " + uri + ": " + e.getMessage(), e);
      }
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", "application/hal+json, application/json");
    source.credentials().ifPresent(c -> request.header(c.headerName(), c.headerValue()));
    source.proxies().authorization(uri).ifPresent(v -> request.header("Proxy-Authorization", v));
    Optional<HttpProxy> via = source.proxies().forUri(uri);
    String where = Redact.userInfo(uri) + ProxyTrouble.through(via);
    try {
      HttpResponse<byte[]> response =
          http(source).send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      int status = response.statusCode();
      if (status == 407 && via.isPresent()) {
        throw new PactSourceException(
            "Pact URL "
                + Redact.userInfo(uri)
                + ": "
                + ProxyTrouble.credentialsRefused(via.get(), uri));
      }
      if (status == 401 || status == 403) {
        throw new PactSourceException(
            "Pact URL "
                + where
                + " refused access (HTTP "
                + status
                + "); check the credentials configured for it");
      }
      if (status / 100 != 2) {
        throw new PactSourceException(
            "Pact URL " + where + " answered HTTP " + status + "; check the URL");
      }
      return response.body();
    } catch (IOException e) {
      Optional<String> refusal = ClientCertificate.refusal(e);
      if (refusal.isPresent()) {
        throw new PactSourceException(
            "Pact URL "
                + where
                + " refused the TLS handshake ("
                + refusal.get()
                + source
                    .clientCertificate()
                    .map(
                        c ->
                            "); it does not accept the client certificate "
                                + c.description()
                                + ": give one signed by a CA its server trusts")
                    .orElse(
                        "); its server asks for a client certificate (mutual TLS): give one it"
                            + " trusts with the Broker's clientCertificate"),
            e);
      }
      Optional<String> proxy = ProxyTrouble.of(via, uri, e);
      if (proxy.isPresent()) {
        throw new PactSourceException(
            "Cannot fetch pact from " + Redact.userInfo(uri) + ": " + proxy.get(), e);
      }
      throw new PactSourceException(
          "Cannot fetch pact from "
              + where
              + ": "
              + Redact.secrets(e.toString(), source.credentials())
              + "; check the URL and that the server is reachable",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PactSourceException("Interrupted while fetching pact from " + where, e);
    }
  }
}

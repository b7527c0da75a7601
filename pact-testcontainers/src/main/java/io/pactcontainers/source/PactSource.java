package io.pactcontainers.source;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** Where pacts come from. The Pact Broker plugs in as a {@link Dynamic} source. */
public sealed interface PactSource {

  /**
   * How the source is named in messages ("directory /x/pacts"). Never contains a secret.
   *
   * @return the description
   */
  String describe();

  /**
   * Every {@code *.json} pact in a folder (not its subfolders) whose provider is the one verified.
   *
   * @param path the folder
   */
  record Directory(Path path) implements PactSource {
    /**
     * Checks the components.
     *
     * @param path the folder
     */
    public Directory {
      requireNonNull(path, "path");
      path = path.normalize(); // printed in every message and report: no "provider/../consumer"
    }

    public String describe() {
      return "directory " + path;
    }
  }

  /**
   * One pact file.
   *
   * @param path the file
   */
  record PactFile(Path path) implements PactSource {
    /**
     * Checks the components.
     *
     * @param path the file
     */
    public PactFile {
      requireNonNull(path, "path");
      path = path.normalize(); // printed in every message and report: no "provider/../consumer"
    }

    public String describe() {
      return "file " + path;
    }
  }

  /**
   * One pact at an http(s) URL, with optional credentials and an extra CA to trust. A pact served
   * by a Pact Broker (the URL its webhooks pass) carries the link its verification results go to.
   *
   * @param uri the pact's URL ({@code file:} too)
   * @param credentials sent with the request, when given
   * @param caCertificate a PEM file of an extra CA to trust for it
   * @param clientCertificate offered when its server asks for one (mutual TLS)
   * @param proxies the proxies it is reached through
   */
  record Url(
      URI uri,
      Optional<Credentials> credentials,
      Optional<Path> caCertificate,
      Optional<ClientCertificate> clientCertificate,
      HttpProxies proxies)
      implements PactSource {
    /**
     * Checks the components.
     *
     * @param uri the pact's URL ({@code file:} too)
     * @param credentials sent with the request, when given
     * @param caCertificate a PEM file of an extra CA to trust for it
     * @param clientCertificate offered when its server asks for one (mutual TLS)
     * @param proxies the proxies it is reached through
     */
    public Url {
      requireNonNull(uri, "uri");
      requireNonNull(credentials, "credentials");
      requireNonNull(caCertificate, "caCertificate");
      requireNonNull(clientCertificate, "clientCertificate");
      requireNonNull(proxies, "proxies");
    }

    /**
     * A pact URL reached directly, with a client certificate when given.
     *
     * @param uri the pact's URL ({@code file:} too)
     * @param credentials sent with the request, when given
     * @param caCertificate a PEM file of an extra CA to trust for it
     * @param clientCertificate offered when its server asks for one (mutual TLS)
     */
    public Url(
        URI uri,
        Optional<Credentials> credentials,
        Optional<Path> caCertificate,
        Optional<ClientCertificate> clientCertificate) {
      this(uri, credentials, caCertificate, clientCertificate, HttpProxies.NONE);
    }

    /**
     * A pact URL reached directly, without a client certificate.
     *
     * @param uri the pact's URL ({@code file:} too)
     * @param credentials sent with the request, when given
     * @param caCertificate a PEM file of an extra CA to trust for it
     */
    public Url(URI uri, Optional<Credentials> credentials, Optional<Path> caCertificate) {
      this(uri, credentials, caCertificate, Optional.empty(), HttpProxies.NONE);
    }

    /**
     * @param p the proxies it is reached through
     * @return a copy reached through them
     */
    public Url withProxies(HttpProxies p) {
      return new Url(uri, credentials, caCertificate, clientCertificate, p);
    }

    /**
     * A pact URL trusted as the JVM trusts.
     *
     * @param uri the pact's URL
     * @param credentials sent with the request, when given
     */
    public Url(URI uri, Optional<Credentials> credentials) {
      this(uri, credentials, Optional.empty());
    }

    /**
     * A pact URL without credentials.
     *
     * @param uri the pact's URL
     * @return the source
     */
    public static Url of(URI uri) {
      return new Url(uri, Optional.empty());
    }

    public String describe() {
      return "URL " + Redact.userInfo(uri);
    }
  }

  /**
   * A source that decides at run time which pacts to verify (the Pact Broker), and may want the
   * results back.
   */
  non-sealed interface Dynamic extends PactSource {
    /**
     * The pacts for this provider, with why each was chosen; {@code skipped} says why there are
     * none when the source knows (a Broker that has never heard of the provider).
     *
     * @param provider the provider's name
     * @return the pacts and an account of the search
     * @throws PactSourceException when the source cannot be read
     */
    LoadedPacts load(String provider);
  }
}

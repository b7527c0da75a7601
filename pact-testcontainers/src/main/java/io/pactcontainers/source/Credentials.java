package io.pactcontainers.source;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** How to authenticate to a pact URL or a broker. {@code toString} never shows the secret. */
public sealed interface Credentials {

  /** The value of the {@code Authorization} header. */
  String authorizationHeader();

  record Basic(String username, String password) implements Credentials {
    public Basic {
      requireNonNull(username, "username");
      requireNonNull(password, "password");
    }

    public String authorizationHeader() {
      return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
      return "Basic[username=" + username + ", password=****]";
    }
  }

  record Bearer(String token) implements Credentials {
    public Bearer {
      requireNonNull(token, "token");
    }

    public String authorizationHeader() {
      return "Bearer " + token;
    }

    @Override
    public String toString() {
      return "Bearer[token=****]";
    }
  }
}

package io.pactcontainers.source;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** How to authenticate to a pact URL or a broker. {@code toString} never shows the secret. */
public sealed interface Credentials {

  /**
   * The name of the header that carries the credentials.
   *
   * @return "Authorization", unless the server wants its own
   */
  default String headerName() {
    return "Authorization";
  }

  /**
   * The value of that header.
   *
   * @return the value, secret included
   */
  String headerValue();

  /**
   * Every form in which the secret could come back in a server's answer, to be masked wherever text
   * is shown.
   *
   * @return the secret as given and encoded
   */
  List<String> secrets();

  /**
   * HTTP basic authentication.
   *
   * @param username the user
   * @param password the password, never shown
   */
  record Basic(String username, String password) implements Credentials {
    /**
     * Checks the components.
     *
     * @param username the user
     * @param password the password, never shown
     */
    public Basic {
      requireNonNull(username, "username");
      requireNonNull(password, "password");
    }

    public String headerValue() {
      return "Basic " + encoded();
    }

    private String encoded() {
      return Base64.getEncoder()
          .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public List<String> secrets() {
      return List.of(
          encoded(),
          password,
          Base64.getEncoder().encodeToString(password.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
      return "Basic[username=" + username + ", password=****]";
    }
  }

  /**
   * A bearer token (PactFlow's, say).
   *
   * @param token the token, never shown
   */
  record Bearer(String token) implements Credentials {
    /**
     * Checks the components.
     *
     * @param token the token, never shown
     */
    public Bearer {
      requireNonNull(token, "token");
    }

    public String headerValue() {
      return "Bearer " + token;
    }

    public List<String> secrets() {
      return List.of(
          token, Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
      return "Bearer[token=****]";
    }
  }

  /**
   * A header of the server's own choosing ({@code X-Api-Key: ...}), as some gateways in front of a
   * Broker want.
   *
   * @param name the header's name
   * @param value its value, never shown
   */
  record Header(String name, String value) implements Credentials {
    /**
     * Checks the components.
     *
     * @param name the header's name
     * @param value its value, never shown
     */
    public Header {
      requireNonNull(name, "name");
      requireNonNull(value, "value");
      if (name.isBlank() || !name.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
        throw new IllegalArgumentException("not a valid HTTP header name: \"" + name + "\"");
      }
    }

    @Override
    public String headerName() {
      return name;
    }

    public String headerValue() {
      return value;
    }

    public List<String> secrets() {
      return List.of(
          value, Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
      return "Header[name=" + name + ", value=****]";
    }
  }
}

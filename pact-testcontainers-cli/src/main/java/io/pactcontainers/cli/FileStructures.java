package io.pactcontainers.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.pactcontainers.broker.ConsumerVersionSelector;
import io.pactcontainers.settings.RawSettings;
import io.pactcontainers.settings.SettingsException;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings the POM writes as objects ({@code <sidecars>}, {@code <headers>}, {@code <files>},
 * {@code <broker>}), read from the {@code --config} file (and {@code --sidecar}) under the same
 * names, as the library's raw views. A missing number is the library's default; an unknown field is
 * an error naming it.
 */
final class FileStructures {
  private FileStructures() {}

  /**
   * The mapper, made when a structure is read: a run with no file or sidecar reads none, and its
   * {@link WaitForSpec} defaults would otherwise pay for a mapper (~60 ms in a fresh JVM).
   */
  private static final class Mapper {
    static final JsonMapper MAPPER = JsonMapper.builder().build();
  }

  /**
   * A list of objects read as one type each.
   *
   * @param given the list, or one object
   * @param type the type of each
   */
  static <T> List<T> list(Given given, Class<T> type) {
    List<T> out = new ArrayList<>();
    JsonNode value = given.value();
    for (JsonNode item : value.isArray() ? value : List.of(value)) {
      out.add(one(item, type, given.where()));
    }
    return out;
  }

  /** One object read as a type; its problems said with where it was given. */
  static <T> T one(JsonNode node, Class<T> type, String where) {
    try {
      return Mapper.MAPPER.treeToValue(node, type);
    } catch (UnrecognizedPropertyException e) {
      throw new SettingsException(
          where
              + ": unknown key "
              + e.getPropertyName()
              + "; the keys here are "
              + String.join(
                  ", ", e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList())
              + " (the Maven plugin's parameter names)");
    } catch (MismatchedInputException e) {
      String field =
          e.getPath().stream()
              .map(r -> r.getFieldName() == null ? "#" + (r.getIndex() + 1) : r.getFieldName())
              .collect(java.util.stream.Collectors.joining("."));
      throw new SettingsException(
          where
              + (field.isEmpty() ? "" : " " + field)
              + ": "
              + (e instanceof InvalidFormatException f
                  ? "'" + f.getValue() + "' is not a " + simple(f.getTargetType())
                  : "expected " + simple(e.getTargetType())));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new SettingsException(where + ": " + e.getMessage());
    }
  }

  private static String simple(Class<?> type) {
    if (type == null) {
      return "value of this key";
    }
    if (type == Integer.class || type == int.class) {
      return "whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (List.class.isAssignableFrom(type)) {
      return "list";
    }
    if (Map.class.isAssignableFrom(type)) {
      return "set of NAME: VALUE pairs";
    }
    return type == String.class || type == File.class ? "text" : "set of keys";
  }

  static int or(Integer given, int otherwise) {
    return given == null ? otherwise : given;
  }

  /** {@code waitFor}. */
  record WaitForSpec(
      String httpPath,
      @JsonProperty("status") Integer statusGiven,
      String logMessage,
      @JsonProperty("times") Integer timesGiven)
      implements RawSettings.WaitFor {
    @Override
    public int status() {
      return or(statusGiven, 200);
    }

    @Override
    public int times() {
      return or(timesGiven, 1);
    }
  }

  /** {@code sidecars}: one sidecar. */
  record SidecarSpec(
      String name,
      String image,
      @JsonProperty("port") Integer portGiven,
      Map<String, String> env,
      List<String> command,
      WaitForSpec waitFor,
      @JsonProperty("startupTimeout") Integer startupTimeoutGiven)
      implements RawSettings.Sidecar {
    @Override
    public int port() {
      return or(portGiven, 0);
    }

    @Override
    public int startupTimeout() {
      return or(startupTimeoutGiven, RawSettings.Provider.DEFAULT_STARTUP_TIMEOUT);
    }
  }

  /** {@code files}: one file copied into the container. */
  record FileCopySpec(File source, String target) implements RawSettings.FileCopy {}

  /** {@code headers}: one header, its value given or minted by a command. */
  record HeaderSpec(
      String name,
      String value,
      String command,
      @JsonProperty("timeout") Integer timeoutGiven,
      String replace,
      List<String> consumers,
      @JsonProperty("stateCalls") Boolean stateCallsGiven,
      @JsonProperty("secret") Boolean secretGiven)
      implements RawSettings.Header {
    @Override
    public int timeout() {
      return or(timeoutGiven, DEFAULT_TIMEOUT);
    }

    @Override
    public boolean stateCalls() {
      return stateCallsGiven != null && stateCallsGiven;
    }

    @Override
    public boolean secret() {
      return secretGiven == null || secretGiven; // the plugin's default: a header is a secret
    }
  }

  /** {@code broker}: how the Broker is reached and what is published. */
  record BrokerSpec(
      String serverId,
      @JsonProperty("tokenEnvironmentVariable") String tokenVariable,
      @JsonProperty("usernameEnvironmentVariable") String usernameVariable,
      @JsonProperty("passwordEnvironmentVariable") String passwordVariable,
      String authHeaderName,
      File caCertificate,
      @JsonProperty("consumerVersionSelectors") JsonNode selectors,
      List<String> providerTags,
      @JsonProperty("failIfPublishFails") Boolean failIfPublishFailsGiven,
      @JsonProperty("timeout") Integer timeoutGiven,
      @JsonProperty("retries") Integer retriesGiven,
      File clientCertificate,
      File clientKey,
      @JsonProperty("clientCertificatePasswordEnvironmentVariable")
          String clientCertificatePasswordVariable)
      implements RawSettings.Broker {
    /**
     * The same, its files (CA, client certificate and key) read from the {@code --config} file's
     * folder.
     */
    BrokerSpec withFilesFrom(java.util.function.UnaryOperator<File> resolve) {
      return new BrokerSpec(
          serverId,
          tokenVariable,
          usernameVariable,
          passwordVariable,
          authHeaderName,
          resolve.apply(caCertificate),
          selectors,
          providerTags,
          failIfPublishFailsGiven,
          timeoutGiven,
          retriesGiven,
          resolve.apply(clientCertificate),
          resolve.apply(clientKey),
          clientCertificatePasswordVariable);
    }

    @Override
    public String clientCertificatePasswordEnvironmentVariable() {
      return clientCertificatePasswordVariable == null
          ? DEFAULT_CLIENT_CERTIFICATE_PASSWORD_VARIABLE
          : clientCertificatePasswordVariable;
    }

    @Override
    public String tokenEnvironmentVariable() {
      return tokenVariable == null ? DEFAULT_TOKEN_VARIABLE : tokenVariable;
    }

    @Override
    public String usernameEnvironmentVariable() {
      return usernameVariable == null ? DEFAULT_USERNAME_VARIABLE : usernameVariable;
    }

    @Override
    public String passwordEnvironmentVariable() {
      return passwordVariable == null ? DEFAULT_PASSWORD_VARIABLE : passwordVariable;
    }

    /** The selectors, each as the Broker's fields (the POM's {@code <selector>} elements). */
    @Override
    public List<? extends RawSettings.Selector> consumerVersionSelectors() {
      if (selectors == null || selectors.isNull()) {
        return null;
      }
      JsonNode list =
          selectors.isArray() ? selectors : Mapper.MAPPER.createArrayNode().add(selectors);
      List<ConsumerVersionSelector> parsed;
      try {
        parsed = ConsumerVersionSelector.parseAll(list.toString());
      } catch (IllegalArgumentException e) {
        throw new SettingsException("broker.consumerVersionSelectors: " + e.getMessage());
      }
      return parsed.stream().map(s -> (RawSettings.Selector) () -> s).toList();
    }

    @Override
    public boolean failIfPublishFails() {
      return failIfPublishFailsGiven == null || failIfPublishFailsGiven;
    }

    @Override
    public int timeout() {
      return or(timeoutGiven, DEFAULT_TIMEOUT);
    }

    @Override
    public int retries() {
      return or(retriesGiven, DEFAULT_RETRIES);
    }
  }
}

package io.pactcontainers.broker;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What create-environment and update-environment set, as the Pact Broker CLI's options: the name
 * (how deployments and can-i-deploy name it), a display name, whether it is production
 * (informational), and the team or person responsible. Left out: kept as it is on update; on
 * create, production is false as in the Broker CLI.
 *
 * @param name the name, unique in the Broker; empty only on update
 * @param displayName the name shown in the Broker's UI
 * @param production whether it is a production environment
 * @param contactName the team or person responsible
 * @param contactEmailAddress their email address
 */
public record EnvironmentSpec(
    Optional<String> name,
    Optional<String> displayName,
    Optional<Boolean> production,
    Optional<String> contactName,
    Optional<String> contactEmailAddress) {

  /**
   * Every part present or empty, never null.
   *
   * @param name the name, unique in the Broker; empty only on update
   * @param displayName the name shown in the Broker's UI
   * @param production whether it is a production environment
   * @param contactName the team or person responsible
   * @param contactEmailAddress their email address
   */
  public EnvironmentSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(production, "production");
    Objects.requireNonNull(contactName, "contactName");
    Objects.requireNonNull(contactEmailAddress, "contactEmailAddress");
  }

  /** The JSON the Broker takes, of the parts given; {@code production} false when not given. */
  Map<String, Object> createBody() {
    Map<String, Object> body = given();
    body.putIfAbsent("production", false);
    return body;
  }

  /** The given parts over the environment's current properties (the Broker's PUT replaces). */
  Map<String, Object> updateBody(Map<String, Object> current) {
    Map<String, Object> body = new LinkedHashMap<>(current);
    body.putAll(given());
    return body;
  }

  private Map<String, Object> given() {
    Map<String, Object> body = new LinkedHashMap<>();
    name.ifPresent(n -> body.put("name", n));
    displayName.ifPresent(d -> body.put("displayName", d));
    production.ifPresent(p -> body.put("production", p));
    if (contactName.isPresent() || contactEmailAddress.isPresent()) {
      Map<String, Object> contact = new LinkedHashMap<>();
      // The Broker requires a contact's name; the Broker CLI says "unknown" when only an email is
      // given.
      contact.put("name", contactName.orElse("unknown"));
      contactEmailAddress.ifPresent(e -> contact.put("details", Map.of("emailAddress", e)));
      List<Object> contacts = new ArrayList<>();
      contacts.add(contact);
      body.put("contacts", contacts);
    }
    return body;
  }
}

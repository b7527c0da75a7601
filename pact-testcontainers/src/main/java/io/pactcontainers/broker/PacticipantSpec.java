package io.pactcontainers.broker;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What create-or-update-pacticipant sets, as the Pact Broker CLI's options: the name the Broker
 * knows the application by, and optionally the name its UI shows, its main branch (what {@code
 * mainBranch} selectors and can-i-deploy's {@code --main-branch} read) and its repository. Left
 * out: kept as it is when the pacticipant exists.
 *
 * @param name the pacticipant's name
 * @param displayName the name shown in the Broker's UI
 * @param mainBranch its main development branch
 * @param repositoryUrl its repository's URL
 */
public record PacticipantSpec(
    String name,
    Optional<String> displayName,
    Optional<String> mainBranch,
    Optional<String> repositoryUrl) {

  /**
   * Every part present or empty, never null.
   *
   * @param name the pacticipant's name
   * @param displayName the name shown in the Broker's UI
   * @param mainBranch its main development branch
   * @param repositoryUrl its repository's URL
   */
  public PacticipantSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(displayName, "displayName");
    Objects.requireNonNull(mainBranch, "mainBranch");
    Objects.requireNonNull(repositoryUrl, "repositoryUrl");
  }

  /** The JSON the Broker takes, of the parts given (a merge patch keeps the others). */
  Map<String, Object> body() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", name);
    repositoryUrl.ifPresent(u -> body.put("repositoryUrl", u));
    displayName.ifPresent(d -> body.put("displayName", d));
    mainBranch.ifPresent(b -> body.put("mainBranch", b));
    return body;
  }
}

package io.pactcontainers.broker;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pactcontainers.broker.BrokerStandIn.ConsumerVersion;
import io.pactcontainers.broker.BrokerStandIn.Recorded;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The stand-in's answers to {@code GET /matrix} and {@code GET /can-i-deploy}: which verifications
 * stand between a pacticipant version and its target, and whether it is deployable, with the texts
 * of pact_broker's lib/pact_broker/matrix/deployment_status_summary.rb (deployable is null while a
 * result is missing, false when a version does not exist or a verification failed) and the layout
 * of lib/pact_broker/api/decorators/matrix_decorator.rb ({@code summary}, {@code notices}, {@code
 * matrix}).
 */
final class StandInMatrix {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * One query, as pact_broker's ParseQuery reads it. Exactly one of version, latest, branch,
   * mainBranch picks the version.
   */
  record Query(
      String pacticipant,
      String version,
      boolean latest,
      String tag,
      String branch,
      boolean mainBranch,
      String environment,
      String toTag,
      Map<String, String> ignore,
      Map<String, String> others,
      boolean toMainBranch,
      boolean toLatest) {
    /** Whether a row with this version of the other pacticipant is ignored. */
    boolean ignores(String other, String otherVersion) {
      String v = ignore.get(other);
      return v != null && (v.isEmpty() || v.equals(otherVersion));
    }
  }

  /** 400 with the Broker's error list, or null when the query is valid. */
  static ObjectNode invalid(BrokerStandIn broker, Query q) {
    List<String> errors = new ArrayList<>();
    if (q.pacticipant() == null) {
      errors.add("Please specify the pacticipant name");
    } else if (!broker.pacticipants().contains(q.pacticipant())) {
      errors.add("Pacticipant " + q.pacticipant() + " not found");
    }
    if (q.version() != null && q.latest()) {
      errors.add(
          "A version number and latest flag cannot both be specified for " + q.pacticipant());
    }
    for (Map.Entry<String, String> o : q.others().entrySet()) {
      if (!broker.pacticipants().contains(o.getKey())) {
        errors.add("Pacticipant " + o.getKey() + " not found");
      }
    }
    if (q.environment() != null && q.toTag() != null) {
      errors.add("Cannot specify more than one of tag, environment and mainBranch.");
    }
    if (q.environment() != null && !broker.environments().containsKey(q.environment())) {
      errors.add("Environment with name '" + q.environment() + "' does not exist");
    }
    if (errors.isEmpty()) {
      return null;
    }
    ObjectNode body = MAPPER.createObjectNode();
    ArrayNode list = body.putArray("errors");
    errors.forEach(list::add);
    return body;
  }

  static ObjectNode answer(BrokerStandIn broker, Query q) {
    ObjectNode root = MAPPER.createObjectNode();
    ObjectNode summary = root.putObject("summary");
    ArrayNode notices = root.putArray("notices");
    ArrayNode matrix = root.putArray("matrix");
    String version = resolve(broker, q);
    if (version == null) {
      summary.put("deployable", false);
      String reason = missingVersion(q);
      summary.put("reason", reason).put("success", 0).put("failed", 0).put("unknown", 1);
      notices.addObject().put("type", "error").put("text", reason);
      return root;
    }
    int success = 0;
    int failed = 0;
    int unknown = 0;
    List<String> problems = new ArrayList<>();
    for (ConsumerVersion pact : broker.consumerVersions()) {
      boolean asConsumer = pact.consumer().equals(q.pacticipant()) && pact.number().equals(version);
      boolean asProvider =
          pact.provider().equals(q.pacticipant())
              && inTarget(broker, q, pact.consumer(), pact.number());
      if (!asConsumer && !asProvider) {
        continue;
      }
      String other = asConsumer ? pact.provider() : pact.consumer();
      Recorded verification = null;
      for (Recorded r : broker.verifications()) {
        String providerVersion = r.body().path("providerApplicationVersion").asText();
        boolean counts =
            asConsumer
                ? inTarget(broker, q, pact.provider(), providerVersion)
                : providerVersion.equals(version);
        if (r.sha().equals(BrokerStandIn.sha(pact.pactJson())) && counts) {
          verification = r;
        }
      }
      boolean ignored =
          q.ignores(
              other,
              asConsumer
                  ? verification == null
                      ? null
                      : verification.body().path("providerApplicationVersion").asText()
                  : pact.number());
      ObjectNode row = matrix.addObject();
      row.putObject("consumer")
          .put("name", pact.consumer())
          .putObject("version")
          .put("number", pact.number());
      ObjectNode provider = row.putObject("provider").put("name", pact.provider());
      if (verification == null) {
        provider.putNull("version");
        row.putNull("verificationResult");
      } else {
        provider
            .putObject("version")
            .put("number", verification.body().path("providerApplicationVersion").asText());
        row.putObject("verificationResult")
            .put("success", verification.body().path("success").asBoolean());
      }
      if (ignored) {
        row.put("ignored", true);
        continue;
      }
      if (verification == null) {
        unknown++;
        problems.add(
            "There is no verified pact between version "
                + pact.number()
                + " of "
                + pact.consumer()
                + " and "
                + (asConsumer
                    ? describeTarget(broker, q, pact.provider())
                    : "version " + version + " of " + pact.provider()));
      } else if (verification.body().path("success").asBoolean()) {
        success++;
      } else {
        failed++;
        problems.add(
            "The verification for the pact between version "
                + pact.number()
                + " of "
                + pact.consumer()
                + " and version "
                + verification.body().path("providerApplicationVersion").asText()
                + " of "
                + pact.provider()
                + " failed");
      }
    }
    if (unknown > 0 && failed == 0) {
      summary.putNull("deployable");
    } else {
      summary.put("deployable", failed == 0 && unknown == 0);
    }
    String reason =
        problems.isEmpty()
            ? "All required verification results are published and successful"
            : String.join("\n", problems);
    summary
        .put("reason", reason)
        .put("success", success)
        .put("failed", failed)
        .put("unknown", unknown);
    if (!q.ignore().isEmpty()) {
      summary.put(
          "ignored",
          (int)
              java.util.stream.StreamSupport.stream(matrix.spliterator(), false)
                  .filter(r -> r.path("ignored").asBoolean())
                  .count());
    }
    for (String line : reason.split("\n")) {
      notices.addObject().put("type", problems.isEmpty() ? "success" : "error").put("text", line);
    }
    return root;
  }

  /**
   * How pact_broker's ResolvedSelector#description names the other side's version(s) in the target.
   */
  private static String describeTarget(BrokerStandIn broker, Query q, String provider) {
    if (q.environment() != null) {
      List<String> there =
          broker.versionsOf(provider).stream()
              .map(v -> v[0])
              .filter(n -> broker.environmentsOf(provider, n).contains(q.environment()))
              .toList();
      return there.isEmpty()
          ? "a version of "
              + provider
              + " currently in "
              + q.environment()
              + " (no version is currently recorded as deployed/released in this environment)"
          : "the version of "
              + provider
              + " currently in "
              + q.environment()
              + " ("
              + String.join(", ", there)
              + ")";
    }
    return q.toTag() != null
        ? "the latest version of " + provider + " with tag " + q.toTag()
        : "the latest version of " + provider;
  }

  /** The version the query picks, or null when there is none. */
  private static String resolve(BrokerStandIn broker, Query q) {
    List<String[]> all = broker.versionsOf(q.pacticipant()); // {number, branch}, oldest first
    if (q.version() != null) {
      return all.stream().anyMatch(v -> v[0].equals(q.version())) ? q.version() : null;
    }
    String found = null;
    for (String[] v : all) {
      boolean matches =
          q.branch() != null
              ? q.branch().equals(v[1])
              : q.mainBranch()
                  ? "main".equals(v[1])
                  : q.tag() == null || broker.tagsOf(q.pacticipant(), v[0]).contains(q.tag());
      if (matches) {
        found = v[0];
      }
    }
    return found;
  }

  private static String missingVersion(Query q) {
    if (q.version() != null) {
      return "No pacts or verifications have been published for version "
          + q.version()
          + " of "
          + q.pacticipant();
    }
    if (q.tag() != null) {
      return "No version with tag " + q.tag() + " exists for " + q.pacticipant();
    }
    if (q.branch() != null) {
      return "No version of " + q.pacticipant() + " from branch " + q.branch() + " exists";
    }
    if (q.mainBranch()) {
      return "No version of " + q.pacticipant() + " from the main branch exists";
    }
    return "No pacts or verifications have been published for " + q.pacticipant();
  }

  /** Whether this version of another pacticipant is in the query's target. */
  private static boolean inTarget(
      BrokerStandIn broker, Query q, String pacticipant, String version) {
    if (q.others().containsKey(pacticipant)) {
      return version.equals(q.others().get(pacticipant));
    }
    if (q.toMainBranch()) {
      String latestMain = null;
      for (String[] v : broker.versionsOf(pacticipant)) {
        if ("main".equals(v[1])) {
          latestMain = v[0];
        }
      }
      return version.equals(latestMain);
    }
    if (!q.others().isEmpty() && q.environment() == null && q.toTag() == null && !q.toLatest()) {
      return false; // several selected versions and no target: only the rows between them
    }
    if (q.environment() != null) {
      return broker.environmentsOf(pacticipant, version).contains(q.environment());
    }
    if (q.toTag() != null) {
      return broker.tagsOf(pacticipant, version).contains(q.toTag());
    }
    List<String[]> all = broker.versionsOf(pacticipant);
    return !all.isEmpty() && all.get(all.size() - 1)[0].equals(version);
  }

  static Query fromCanIDeploy(Map<String, String> p) {
    return new Query(
        p.get("pacticipant"),
        p.get("version"),
        false,
        null,
        null,
        false,
        p.get("environment"),
        p.get("to"),
        Map.of(),
        Map.of(),
        false,
        false);
  }
}

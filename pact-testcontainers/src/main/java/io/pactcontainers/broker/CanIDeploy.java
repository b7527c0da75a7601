package io.pactcontainers.broker;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Asks the Broker whether a pacticipant version can be deployed, as the Broker's own CLI does: its
 * {@code /matrix} resource (pact_broker, lib/pact_broker/matrix/parse_query.rb for the query,
 * lib/pact_broker/api/decorators/matrix_decorator.rb for the answer), which is not in the HAL
 * index.
 */
public final class CanIDeploy {

  /**
   * Which version to deploy: one of a number, the latest (optionally with a tag), the latest of a
   * branch, or the latest of the main branch.
   */
  public sealed interface Version {
    /**
     * A version by its number.
     *
     * @param number the pacticipant version ({@code 1.0.0}, a commit hash)
     */
    record Number(String number) implements Version {
      /**
       * Checks the components.
       *
       * @param number the pacticipant version ({@code 1.0.0}, a commit hash)
       */
      public Number {
        requireNonNull(number, "number");
      }
    }

    /**
     * The latest version, or the latest with a tag.
     *
     * @param tag the tag, when the latest with it is meant
     */
    record Latest(Optional<String> tag) implements Version {
      /**
       * Checks the components.
       *
       * @param tag the tag, when the latest with it is meant
       */
      public Latest {
        requireNonNull(tag, "tag");
      }
    }

    /**
     * The latest version of a branch.
     *
     * @param branch the branch
     */
    record LatestOfBranch(String branch) implements Version {
      /**
       * Checks the components.
       *
       * @param branch the branch
       */
      public LatestOfBranch {
        requireNonNull(branch, "branch");
      }
    }

    /** The latest version of the pacticipant's main branch. */
    record LatestOfMainBranch() implements Version {}
  }

  /**
   * Where to deploy: an environment, the versions carrying a tag (the older way), or alongside the
   * latest of all.
   */
  public sealed interface Target {
    /**
     * An environment the Broker knows ({@code production}).
     *
     * @param name the environment
     */
    record Environment(String name) implements Target {
      /**
       * Checks the components.
       *
       * @param name the environment
       */
      public Environment {
        requireNonNull(name, "name");
      }
    }

    /**
     * Beside the versions carrying a tag.
     *
     * @param tag the tag ({@code prod})
     */
    record Tag(String tag) implements Target {
      /**
       * Checks the components.
       *
       * @param tag the tag ({@code prod})
       */
      public Tag {
        requireNonNull(tag, "tag");
      }
    }

    /** Beside the latest versions of all the others. */
    record LatestOfAll() implements Target {}

    /**
     * Beside the latest version of each other's main branch: may this branch be merged (the CLI's
     * can-i-merge)?
     */
    record MainBranches() implements Target {}
  }

  /**
   * A can-i-deploy question.
   *
   * @param pacticipant the application to deploy
   * @param version which of its versions
   * @param target where to
   * @param ignore pacticipants whose verifications do not count ({@code waiter}), or one version of
   *     them ({@code waiter@1.2.0})
   * @param others more applications deployed together with it, each {@code name@version}: the
   *     question is then whether they all may go together
   */
  public record Query(
      String pacticipant,
      Version version,
      Target target,
      List<String> ignore,
      List<String> others) {
    /**
     * Checks the components.
     *
     * @param pacticipant the application to deploy
     * @param version which of its versions
     * @param target where to
     * @param ignore pacticipants (or {@code name@version}) whose verifications do not count
     * @param others more applications deployed with it, each {@code name@version}
     */
    public Query {
      requireNonNull(pacticipant, "pacticipant");
      requireNonNull(version, "version");
      requireNonNull(target, "target");
      ignore = List.copyOf(ignore);
      others = List.copyOf(others);
      for (String o : others) {
        if (nameAndVersion(o)[1] == null) {
          throw new IllegalArgumentException(
              "\"" + o + "\" names no version: write the application as name@version");
        }
      }
    }

    /**
     * A question about one application.
     *
     * @param pacticipant the application to deploy
     * @param version which of its versions
     * @param target where to
     * @param ignore pacticipants (or {@code name@version}) whose verifications do not count
     */
    public Query(String pacticipant, Version version, Target target, List<String> ignore) {
      this(pacticipant, version, target, ignore, List.of());
    }

    /**
     * How the query reads in messages.
     *
     * @return "sous-chef 1.0.0 to production"
     */
    public String describe() {
      String v;
      if (version instanceof Version.Number n) {
        v = n.number();
      } else if (version instanceof Version.Latest l) {
        v = "latest" + l.tag().map(t -> " with tag " + t).orElse("");
      } else if (version instanceof Version.LatestOfBranch b) {
        v = "latest of branch " + b.branch();
      } else {
        v = "latest of the main branch";
      }
      String to;
      if (target instanceof Target.Environment e) {
        to = " to " + e.name();
      } else if (target instanceof Target.Tag t) {
        to = " to the versions tagged " + t.tag();
      } else if (target instanceof Target.MainBranches) {
        to = " with the latest of the others' main branches";
      } else {
        to = others.isEmpty() ? " with the latest versions of the others" : "";
      }
      String with =
          others.isEmpty()
              ? ""
              : " together with "
                  + String.join(", ", others.stream().map(o -> o.replace("@", " ")).toList());
      return pacticipant + " " + v + with + to;
    }
  }

  /**
   * One row of the matrix: a consumer version, a provider version and the verification between
   * them.
   *
   * @param consumer the consumer's name
   * @param consumerVersion its version
   * @param provider the provider's name
   * @param providerVersion its version, empty when none was verified
   * @param verification "success", "failed" or empty when missing
   * @param ignored whether the row was ignored by the query
   */
  public record Row(
      String consumer,
      String consumerVersion,
      String provider,
      String providerVersion,
      String verification,
      boolean ignored) {}

  /**
   * One of the Broker's notices beside its answer, typed as the Broker types it ({@code success},
   * {@code warning}, {@code error}, ...): a front end shows an error or a warning at that level.
   *
   * @param type the Broker's type, empty when it gave none
   * @param text the notice
   */
  public record Notice(String type, String text) {
    /**
     * Checks the components.
     *
     * @param type the Broker's type, empty when it gave none
     * @param text the notice
     */
    public Notice {
      requireNonNull(type, "type");
      requireNonNull(text, "text");
    }

    /**
     * As the Broker's CLI prints it: {@code ERROR: text}.
     *
     * @return the type in capitals, then the text
     */
    public String line() {
      return type.isEmpty() ? text : type.toUpperCase(java.util.Locale.ROOT) + ": " + text;
    }

    /**
     * Whether the Broker calls it an error.
     *
     * @return its type is {@code error}
     */
    public boolean isError() {
      return type.equalsIgnoreCase("error");
    }

    /**
     * Whether the Broker calls it a warning.
     *
     * @return its type is {@code warning}
     */
    public boolean isWarning() {
      return type.equalsIgnoreCase("warning");
    }
  }

  /**
   * The Broker's answer.
   *
   * @param deployable empty when the Broker does not know yet (results missing)
   * @param reason the Broker's reason, as it words it
   * @param notices the Broker's notices
   * @param matrix the rows the answer rests on
   * @param json the Broker's answer as it came, for {@code output json}
   */
  public record Answer(
      Optional<Boolean> deployable,
      String reason,
      List<Notice> notices,
      List<Row> matrix,
      String json) {
    /**
     * Checks the components.
     *
     * @param deployable empty when the Broker does not know yet (results missing)
     * @param reason the Broker's reason, as it words it
     * @param notices the Broker's notices
     * @param matrix the rows the answer rests on
     * @param json the Broker's answer as it came
     */
    public Answer {
      requireNonNull(deployable, "deployable");
      requireNonNull(reason, "reason");
      notices = List.copyOf(notices);
      matrix = List.copyOf(matrix);
    }
  }

  private final PactBroker config;

  /**
   * @param config the Broker to ask
   */
  public CanIDeploy(PactBroker config) {
    this.config = config;
  }

  /**
   * Asks once.
   *
   * @param query the question
   * @return the Broker's answer; {@code deployable} empty when it cannot tell yet
   * @throws BrokerException when the Broker cannot be asked or rejects the query
   */
  public Answer ask(Query query) {
    HalClient client = new HalClient(config);
    JsonNode r =
        client.get(
            HalClient.Endpoint.read("can-i-deploy answer for " + query.describe(), uri(query)));
    JsonNode summary = r.path("summary");
    Optional<Boolean> deployable =
        summary.path("deployable").isBoolean()
            ? Optional.of(summary.get("deployable").booleanValue())
            : Optional.empty();
    List<Notice> notices = new ArrayList<>();
    for (JsonNode n : r.path("notices")) {
      notices.add(new Notice(n.path("type").asText(""), n.path("text").asText()));
    }
    List<Row> rows = new ArrayList<>();
    for (JsonNode m : r.path("matrix")) {
      JsonNode v = m.path("verificationResult");
      rows.add(
          new Row(
              m.path("consumer").path("name").asText(),
              m.path("consumer").path("version").path("number").asText(),
              m.path("provider").path("name").asText(),
              m.path("provider").path("version").path("number").asText("(none)"),
              v.isMissingNode() || v.isNull()
                  ? "unverified"
                  : v.path("success").asBoolean() ? "success" : "failed",
              m.path("ignored").asBoolean(false)));
    }
    return new Answer(
        deployable, summary.path("reason").asText(""), notices, rows, r.toPrettyString());
  }

  /**
   * Asks until the Broker knows (every verification result in), at most {@code retries} more times,
   * {@code interval} apart, telling {@code waiting} each time it waits.
   *
   * @param query the question
   * @param retries how many more times to ask while the answer is unknown
   * @param interval how long to wait between
   * @param waiting told each time before it waits
   * @return the last answer
   * @throws BrokerException when the Broker cannot be asked or rejects the query
   */
  public Answer askUntilKnown(
      Query query, int retries, Duration interval, Consumer<String> waiting) {
    Answer answer = ask(query);
    for (int attempt = 1; answer.deployable().isEmpty() && attempt <= retries; attempt++) {
      waiting.accept(
          "The Broker cannot tell yet ("
              + answer.reason().replace('\n', ' ')
              + "); asking again in "
              + interval.toSeconds()
              + " s ("
              + attempt
              + "/"
              + retries
              + ")");
      try {
        Thread.sleep(interval.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new BrokerException("Interrupted while waiting to ask the Pact Broker again", e);
      }
      answer = ask(query);
    }
    return answer;
  }

  /**
   * Asks as {@link #askUntilKnown(Query, int, Duration, Consumer)} does, and leaves {@code file}
   * saying this run's outcome: the earlier file is removed before the Broker is asked, then the
   * answer as it came is written (with {@code output json}), or, when the question could not be
   * answered (the Broker down, refusing, an answer that cannot be read), a file saying it failed
   * and why.
   *
   * @param query the question
   * @param retries how many more times to ask while the answer is unknown
   * @param interval how long to wait between
   * @param waiting told each time before it waits
   * @param file where the answer goes, or {@link CanIDeployFile#none} to only remove an earlier one
   * @return the last answer
   * @throws BrokerException when the Broker cannot be asked or rejects the query
   * @throws CanIDeployFile.AnswerFileException when the file cannot be removed or written
   */
  public Answer askUntilKnown(
      Query query, int retries, Duration interval, Consumer<String> waiting, CanIDeployFile file) {
    file.removeEarlier();
    Answer answer;
    try {
      answer = askUntilKnown(query, retries, interval, waiting);
    } catch (RuntimeException e) {
      file.failed(query, e);
      throw e;
    }
    file.answered(answer);
    return answer;
  }

  /**
   * The matrix query as pact_broker's ParseQuery reads it; {@code latestby=cvp}: one row per
   * consumer version and provider.
   */
  URI uri(Query q) {
    StringBuilder s = new StringBuilder("matrix?");
    param(s, "q[][pacticipant]", q.pacticipant());
    if (q.version() instanceof Version.Number n) {
      param(s, "q[][version]", n.number());
    } else if (q.version() instanceof Version.Latest l) {
      param(s, "q[][latest]", "true");
      l.tag().ifPresent(t -> param(s, "q[][tag]", t));
    } else if (q.version() instanceof Version.LatestOfBranch b) {
      param(s, "q[][branch]", b.branch());
      param(s, "q[][latest]", "true");
    } else {
      param(s, "q[][mainBranch]", "true");
      param(s, "q[][latest]", "true");
    }
    for (String o : q.others()) {
      String[] nv = nameAndVersion(o);
      param(s, "q[][pacticipant]", nv[0]);
      param(s, "q[][version]", nv[1]);
    }
    // As the Broker CLI asks (matrix/query.rb): one row per consumer version and provider for one
    // application, per consumer and provider version for several.
    param(s, "latestby", q.others().isEmpty() ? "cvp" : "cvpv");
    if (q.target() instanceof Target.Environment e) {
      param(s, "environment", e.name());
    } else if (q.target() instanceof Target.Tag t) {
      param(s, "latest", "true");
      param(s, "tag", t.tag());
    } else if (q.target() instanceof Target.MainBranches) {
      param(s, "latest", "true");
      param(s, "mainBranch", "true");
    } else if (q.others().isEmpty()) {
      param(s, "latest", "true");
    }
    for (String i : q.ignore()) {
      String[] nv = nameAndVersion(i);
      param(s, "ignore[][pacticipant]", nv[0]);
      if (nv[1] != null) {
        param(s, "ignore[][version]", nv[1]);
      }
    }
    return config.url().resolve(s.substring(0, s.length() - 1));
  }

  /** {@code waiter@1.2.0} as {waiter, 1.2.0}; {@code waiter} as {waiter, null}. */
  static String[] nameAndVersion(String s) {
    int at = s.lastIndexOf('@');
    return at <= 0 || at == s.length() - 1
        ? new String[] {s.trim(), null}
        : new String[] {s.substring(0, at).trim(), s.substring(at + 1).trim()};
  }

  private static void param(StringBuilder s, String name, String value) {
    s.append(name.replace("[", "%5B").replace("]", "%5D"))
        .append('=')
        .append(URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20"))
        .append('&');
  }
}

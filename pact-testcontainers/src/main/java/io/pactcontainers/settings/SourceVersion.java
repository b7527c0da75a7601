package io.pactcontainers.settings;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The provider version and branch taken from the source of truth when none is given: the git commit
 * of the project's folder (its short SHA, {@code +dirty} when tracked files have changes not
 * committed; untracked ones, such as the verifier's own reports, do not count) and its branch, or,
 * where git is absent (a CI checkout without {@code .git}, a shallow image), the CI's own
 * variables. A version published for the wrong code is how can-i-deploy says yes to the wrong
 * build: the Broker CLI and pact-js detect it the same way, for the same reason.
 *
 * @param version the version: a short commit SHA, with {@code +dirty} when the tree has changes
 * @param branch the branch; empty on a detached HEAD without a CI variable naming it
 * @param dirty whether the working tree has changes not committed
 * @param source where it came from, for the one line that says it ({@code git}, {@code GitHub
 *     Actions (GITHUB_SHA, GITHUB_REF_NAME)})
 */
public record SourceVersion(String version, Optional<String> branch, boolean dirty, String source) {
  /** A commit's SHA shortened as GitHub and GitLab show it. */
  static final int SHORT_SHA = 7;

  /**
   * Checks that nothing is null.
   *
   * @param version the version
   * @param branch the branch
   * @param dirty whether the tree has changes
   * @param source where it came from
   */
  public SourceVersion {
    requireNonNull(version, "version");
    requireNonNull(branch, "branch");
    requireNonNull(source, "source");
  }

  /** Runs git in a folder; empty when git is missing, fails or the folder is no repository. */
  @FunctionalInterface
  interface Git {
    Optional<String> run(Path dir, String... args);
  }

  /** A CI service's variables: the commit's SHA, then the branch's, first set wins. */
  private record Ci(String name, String sha, List<String> branches) {}

  private static final List<Ci> CIS =
      List.of(
          // GITHUB_HEAD_REF is a pull request's source branch; GITHUB_REF_NAME is then "42/merge".
          new Ci("GitHub Actions", "GITHUB_SHA", List.of("GITHUB_HEAD_REF", "GITHUB_REF_NAME")),
          new Ci("GitLab CI", "CI_COMMIT_SHA", List.of("CI_COMMIT_REF_NAME")),
          new Ci("Buildkite", "BUILDKITE_COMMIT", List.of("BUILDKITE_BRANCH")),
          new Ci("CircleCI", "CIRCLE_SHA1", List.of("CIRCLE_BRANCH")),
          new Ci("Bitbucket Pipelines", "BITBUCKET_COMMIT", List.of("BITBUCKET_BRANCH")),
          new Ci("Azure Pipelines", "BUILD_SOURCEVERSION", List.of("BUILD_SOURCEBRANCHNAME")),
          new Ci("Travis CI", "TRAVIS_COMMIT", List.of("TRAVIS_BRANCH")),
          // Jenkins' git plugin; GIT_BRANCH is the remote's ("origin/main").
          new Ci("Jenkins", "GIT_COMMIT", List.of("GIT_BRANCH")));

  /**
   * The version and branch of the project's folder: git first, else the CI's variables.
   *
   * @param projectDirectory the project's folder
   * @param environment the environment variables
   * @return the version found; empty when neither git nor a CI's variables give one
   */
  public static Optional<SourceVersion> detect(
      Path projectDirectory, Map<String, String> environment) {
    return detect(projectDirectory, environment, (dir, args) -> git(dir, environment, args));
  }

  static Optional<SourceVersion> detect(Path dir, Map<String, String> env, Git git) {
    Optional<String> sha = git.run(dir, "rev-parse", "--verify", "HEAD");
    if (sha.isPresent() && sha.get().matches("[0-9a-f]{7,64}")) {
      // Changes to tracked files only: the verifier's own output (target/pact, reports) and any
      // build output a .gitignore forgot are untracked, and must not make the next goal's
      // version differ from the one just published.
      boolean dirty =
          git.run(dir, "status", "--porcelain", "--untracked-files=no")
              .map(s -> !s.isBlank())
              .orElse(false);
      Optional<String> branch =
          git.run(dir, "rev-parse", "--abbrev-ref", "HEAD")
              .filter(b -> !b.isBlank() && !b.equals("HEAD"))
              .or(() -> ciBranch(env).map(Map.Entry::getValue));
      String version = sha.get().substring(0, SHORT_SHA) + (dirty ? "+dirty" : "");
      return Optional.of(new SourceVersion(version, branch, dirty, "git"));
    }
    for (Ci ci : CIS) {
      String commit = env.get(ci.sha());
      if (commit != null && commit.trim().matches("[0-9a-fA-F]{7,64}")) {
        Optional<Map.Entry<String, String>> branch = branchOf(ci, env);
        String names = ci.sha() + branch.map(b -> ", " + b.getKey()).orElse("");
        return Optional.of(
            new SourceVersion(
                commit.trim().substring(0, SHORT_SHA).toLowerCase(java.util.Locale.ROOT),
                branch.map(Map.Entry::getValue),
                false,
                ci.name() + " (" + names + ")"));
      }
    }
    return Optional.empty();
  }

  /** A detached HEAD (CI checks out a commit): the branch from whichever CI's variables are set. */
  private static Optional<Map.Entry<String, String>> ciBranch(Map<String, String> env) {
    return CIS.stream().map(ci -> branchOf(ci, env)).flatMap(Optional::stream).findFirst();
  }

  private static Optional<Map.Entry<String, String>> branchOf(Ci ci, Map<String, String> env) {
    for (String name : ci.branches()) {
      String v = env.get(name);
      if (v != null && !v.isBlank()) {
        String branch = v.trim().replaceFirst("^refs/heads/", "").replaceFirst("^origin/", "");
        return Optional.of(Map.entry(name, branch));
      }
    }
    return Optional.empty();
  }

  /**
   * git itself, not a library: reading {@code .git} by hand misses packed refs, worktrees and the
   * index's view of changes, and JGit would add 3 MB to every front end for three questions. It
   * runs with the front end's environment over the process's, so that {@code GIT_DIR} or {@code
   * GIT_CEILING_DIRECTORIES} given to the front end apply.
   */
  private static Optional<String> git(Path dir, Map<String, String> environment, String... args) {
    String[] command = new String[args.length + 3];
    command[0] = "git";
    command[1] = "-C";
    command[2] = dir.toString();
    System.arraycopy(args, 0, command, 3, args.length);
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
      builder.environment().putAll(environment);
      Process p = builder.start();
      p.getOutputStream().close(); // git asks nothing; a prompt would wait forever
      String out;
      try (InputStream in = p.getInputStream()) {
        out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      }
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return Optional.empty();
      }
      return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // no git on this machine: the CI's variables are asked instead
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }
}

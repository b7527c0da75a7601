package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.ProviderVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no provider version given, the one published is the project's git commit (or the CI's),
 * never a SNAPSHOT nor a tree with changes unless asked: tried on a real git repository made here,
 * and on each CI's variables.
 */
class ProviderVersionFromSourceTest {
  @TempDir Path dir;

  private String git(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(p.waitFor()).as("git " + String.join(" ", args) + ": " + out).isZero();
    return out;
  }

  /** A repository on branch {@code main} with one commit; its full SHA. */
  private String repository() throws Exception {
    git("init", "-q", "-b", "main");
    git("config", "user.email", "test@example.com");
    git("config", "user.name", "test");
    Files.writeString(dir.resolve("app.py"), "print('grill')\n");
    git("add", "app.py");
    git("commit", "-q", "-m", "first");
    return git("rev-parse", "HEAD");
  }

  private MappedSettings map(GivenSettings raw, Map<String, String> env, List<String> lines) {
    raw.publishResults = true;
    raw.brokerUrl = "https://broker.example.com";
    raw.pactDirectory = dir.toFile();
    return VerificationSettings.map(
        raw,
        new SettingsContext(
            dir,
            dir.resolve("target/pact"),
            env,
            lines::add,
            ServerCredentials.NONE,
            SettingsContext.classesOf(getClass().getClassLoader()),
            List.of(),
            "test"));
  }

  private static ProviderVersion published(MappedSettings mapped) {
    return mapped.config().publishing().orElseThrow().version();
  }

  @Test
  void aGitCheckoutGivesItsShortShaAndBranchAndChangesMarkItDirty() throws Exception {
    String sha = repository();
    assertThat(SourceVersion.detect(dir, Map.of()))
        .contains(new SourceVersion(sha.substring(0, 7), Optional.of("main"), false, "git"));

    Files.writeString(dir.resolve("app.py"), "print('grill, changed')\n");
    assertThat(SourceVersion.detect(dir, Map.of()))
        .contains(
            new SourceVersion(sha.substring(0, 7) + "+dirty", Optional.of("main"), true, "git"));
  }

  @Test
  void untrackedFilesSuchAsTheVerifiersOwnReportsLeaveTheTreeClean() throws Exception {
    String sha = repository();
    Files.createDirectories(dir.resolve("target/pact/reports"));
    Files.writeString(dir.resolve("target/pact/reports/grill.json"), "{}");
    assertThat(SourceVersion.detect(dir, Map.of()))
        .contains(new SourceVersion(sha.substring(0, 7), Optional.of("main"), false, "git"));
  }

  @Test
  void aDetachedHeadTakesItsBranchFromTheCi() throws Exception {
    String sha = repository();
    git("checkout", "-q", "--detach");
    assertThat(SourceVersion.detect(dir, Map.of("CI_COMMIT_REF_NAME", "feature/grill")))
        .contains(
            new SourceVersion(sha.substring(0, 7), Optional.of("feature/grill"), false, "git"));
    assertThat(SourceVersion.detect(dir, Map.of()).orElseThrow().branch()).isEmpty();
  }

  @Test
  void withoutGitEachCisVariablesGiveTheCommitAndBranch() throws IOException {
    String sha = "0123456789abcdef0123456789abcdef01234567";
    assertThat(SourceVersion.detect(dir, Map.of())).as("no git, no CI").isEmpty();
    assertThat(
            SourceVersion.detect(
                dir,
                Map.of(
                    "GITHUB_SHA",
                    sha,
                    "GITHUB_HEAD_REF",
                    "fix-steak",
                    "GITHUB_REF_NAME",
                    "42/merge")))
        .contains(
            new SourceVersion(
                "0123456",
                Optional.of("fix-steak"),
                false,
                "GitHub Actions (GITHUB_SHA, GITHUB_HEAD_REF)"));
    assertThat(SourceVersion.detect(dir, Map.of("GITHUB_SHA", sha, "GITHUB_REF_NAME", "main")))
        .map(SourceVersion::branch)
        .contains(Optional.of("main"));
    assertThat(
            SourceVersion.detect(dir, Map.of("CI_COMMIT_SHA", sha, "CI_COMMIT_REF_NAME", "main")))
        .map(SourceVersion::source)
        .contains("GitLab CI (CI_COMMIT_SHA, CI_COMMIT_REF_NAME)");
    assertThat(SourceVersion.detect(dir, Map.of("GIT_COMMIT", sha, "GIT_BRANCH", "origin/main")))
        .as("Jenkins names the remote's branch")
        .map(SourceVersion::branch)
        .contains(Optional.of("main"));
    assertThat(
            SourceVersion.detect(
                dir, Map.of("BUILDKITE_COMMIT", sha.toUpperCase(), "BUILDKITE_BRANCH", "main")))
        .map(SourceVersion::version)
        .contains("0123456");
    assertThat(SourceVersion.detect(dir, Map.of("GITHUB_SHA", "HEAD"))).as("not a SHA").isEmpty();
  }

  @Test
  void noVersionGivenPublishesTheCommitAndSaysWhereItCameFrom() throws Exception {
    String sha = repository();
    List<String> lines = new ArrayList<>();
    ProviderVersion v = published(map(new GivenSettings(), Map.of(), lines));
    assertThat(v.number()).isEqualTo(sha.substring(0, 7));
    assertThat(v.branch()).contains("main");
    assertThat(lines)
        .containsExactly(
            "No <providerVersion> given: publishing for provider version "
                + sha.substring(0, 7)
                + " on branch main, from git");
  }

  @Test
  void aGivenVersionWinsAndAGivenBranchToo() throws Exception {
    repository();
    GivenSettings raw = new GivenSettings();
    raw.providerVersion = "1.4.2";
    List<String> lines = new ArrayList<>();
    ProviderVersion v = published(map(raw, Map.of(), lines));
    assertThat(v.number()).isEqualTo("1.4.2");
    assertThat(v.branch()).contains("main");
    assertThat(lines)
        .containsExactly("No <providerBranch> given: publishing on branch main, from git");

    raw.providerBranch = "release";
    lines.clear();
    assertThat(published(map(raw, Map.of(), lines)).branch()).contains("release");
    assertThat(lines).isEmpty();
  }

  @Test
  void aTreeWithChangesIsNotPublishedUnlessAsked() throws Exception {
    String sha = repository();
    Files.writeString(dir.resolve("app.py"), "print('changed')\n");
    GivenSettings raw = new GivenSettings();
    assertThatThrownBy(() -> map(raw, Map.of(), new ArrayList<>()))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "The provider version from git would be "
                + sha.substring(0, 7)
                + "+dirty: the project's folder has changes not committed (git status), so no"
                + " commit is the code verified; commit them, or set <providerVersion>, or"
                + " <publishDirtyVersion> to publish "
                + sha.substring(0, 7)
                + "+dirty all the same");
    raw.publishDirtyVersion = true;
    assertThat(published(map(raw, Map.of(), new ArrayList<>())).number())
        .isEqualTo(sha.substring(0, 7) + "+dirty");
  }

  @Test
  void aSnapshotIsNeverPublishedUnlessConfigured() {
    GivenSettings raw = new GivenSettings();
    raw.buildVersion = "1.5.0-SNAPSHOT";
    assertThatThrownBy(() -> map(raw, Map.of(), new ArrayList<>()))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith(
            "<providerVersion> is needed to publish results: none is given, the project's folder"
                + " is no git checkout and no CI variable names a commit, and the build's version"
                + " 1.5.0-SNAPSHOT is a SNAPSHOT")
        .hasMessageEndingWith(
            "set -Dpact.provider.version (a commit SHA), or <trimSnapshot> to publish it as 1.5.0");

    raw.trimSnapshot = true;
    assertThat(published(map(raw, Map.of(), new ArrayList<>())).number()).isEqualTo("1.5.0");

    GivenSettings given = new GivenSettings();
    given.providerVersion = "1.5.0-SNAPSHOT";
    assertThat(published(map(given, Map.of(), new ArrayList<>())).number())
        .as("configured explicitly")
        .isEqualTo("1.5.0-SNAPSHOT");

    GivenSettings release = new GivenSettings();
    release.buildVersion = "1.5.0";
    List<String> lines = new ArrayList<>();
    assertThat(published(map(release, Map.of(), lines)).number()).isEqualTo("1.5.0");
    assertThat(lines)
        .containsExactly("No <providerVersion> given: publishing for the build's version 1.5.0");
  }

  @Test
  void aBrokerGoalsVersionIsTheCommitVerifyPublishesWhenNoneIsGiven() throws Exception {
    String sha = repository();
    List<String> lines = new ArrayList<>();
    assertThat(
            BrokerGoalSettings.pacticipantVersion(
                null, "1.0.0-SNAPSHOT", dir, Map.of(), lines::add, PomNames.POM))
        .isEqualTo(sha.substring(0, 7));
    assertThat(lines)
        .singleElement()
        .asString()
        .startsWith("No <version> given: version " + sha.substring(0, 7) + ", from git");
    assertThat(
            BrokerGoalSettings.pacticipantVersion(
                " 2.0.0 ", null, dir, Map.of(), lines::add, PomNames.POM))
        .isEqualTo("2.0.0");
  }

  @Test
  void aBrokerGoalsVersionIsTheBuildsOutsideACheckoutButNeverASnapshot() {
    List<String> lines = new ArrayList<>();
    assertThat(
            BrokerGoalSettings.pacticipantVersion(
                null, "1.4.2", dir, Map.of(), lines::add, PomNames.POM))
        .isEqualTo("1.4.2");
    assertThat(lines).containsExactly("No <version> given: the build's version 1.4.2");
    assertThatThrownBy(
            () ->
                BrokerGoalSettings.pacticipantVersion(
                    null, "1.4.2-SNAPSHOT", dir, Map.of(), lines::add, PomNames.POM))
        .isInstanceOf(SettingsException.class)
        .hasMessageContaining("the build's version 1.4.2-SNAPSHOT is a SNAPSHOT");
  }
}

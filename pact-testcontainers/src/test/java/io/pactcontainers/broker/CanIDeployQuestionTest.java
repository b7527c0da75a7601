package io.pactcontainers.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.broker.CanIDeployQuestion.Setting;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * can-i-deploy's rules and verdict as any front end gets them, here with a command line's names
 * ({@code --to-environment}): one way to pick the version, one thing to check against.
 */
class CanIDeployQuestionTest {
  /** A command line's names: the flag is the element, the key and the option. */
  private static final CanIDeployQuestion.Names CLI =
      new CanIDeployQuestion.Names() {
        @Override
        public String element(Setting setting) {
          return "--" + setting.name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        @Override
        public String property(Setting setting) {
          return element(setting);
        }
      };

  private static CanIDeployQuestion question(
      String version, String latest, boolean mainBranch, String environment, String to) {
    return new CanIDeployQuestion(
        "sous-chef",
        version,
        latest,
        null,
        mainBranch,
        environment,
        to,
        false,
        List.of(" waiter ", " "),
        null,
        null);
  }

  @Test
  void aQuestionBecomesTheQueryWithBlankEntriesDropped() {
    CanIDeploy.Query q = question(" 1.0.0 ", null, false, "production", null).query(CLI);
    assertThat(q)
        .isEqualTo(
            new CanIDeploy.Query(
                "sous-chef",
                new CanIDeploy.Version.Number("1.0.0"),
                new CanIDeploy.Target.Environment("production"),
                List.of("waiter")));
    assertThat(question("1.0.0", null, false, "production", null).defaultTargetWarning(q, CLI))
        .isEmpty();
  }

  @Test
  void eachRuleNamesTheSettingsAsTheFrontEndDoes() {
    assertThatThrownBy(() -> question("1.0.0", "true", true, "production", null).query(CLI))
        .isInstanceOfSatisfying(
            CanIDeploySettingException.class,
            e -> assertThat(e.setting()).isEqualTo(Setting.LATEST))
        .hasMessage("--latest and --main-branch each pick the version to deploy; keep one");
    assertThatThrownBy(() -> question(" ", null, false, "production", null).query(CLI))
        .hasMessage("--version is needed; set --version, or ask for the latest with --latest=true");
    assertThatThrownBy(() -> question("1.0.0", null, false, "production", "prod").query(CLI))
        .hasMessage(
            "--environment and --to both name where to deploy; keep one (--environment unless"
                + " the Broker only knows tags)");
  }

  @Test
  void noTargetIsAskedAgainstTheLatestOfAllAndSaysSo() {
    CanIDeployQuestion question = question("1.0.0", null, false, null, null);
    assertThat(question.defaultTargetWarning(question.query(CLI), CLI))
        .contains(
            "No --environment or --to given: checking sous-chef against the latest version of"
                + " every other application; set --environment to check against what is"
                + " deployed there");
  }

  @Test
  void theVerdictSaysYesOrNoAndHowToWaitForResultsStillToCome() {
    CanIDeploy.Query q = question("1.0.0", null, false, "production", null).query(CLI);
    CanIDeploy.Answer unknown =
        new CanIDeploy.Answer(Optional.empty(), "missing\nresults", List.of(), List.of(), "{}");
    assertThat(new CanIDeployVerdict(q, unknown, 0).sentence(CLI))
        .isEqualTo(
            "Computer says no: sous-chef 1.0.0 to production is not known to be safe: missing"
                + " results; set --retries-when-unknown to wait for results still to come");
    CanIDeploy.Answer yes =
        new CanIDeploy.Answer(Optional.of(true), "All verified", List.of(), List.of(), "{}");
    CanIDeployVerdict verdict = new CanIDeployVerdict(q, yes, 0);
    assertThat(verdict.deployable()).isTrue();
    assertThat(verdict.sentence(CLI))
        .isEqualTo("Computer says yes \\o/ : sous-chef 1.0.0 to production. All verified");
    assertThat(verdict.table())
        .containsExactly(
            "CONSUMER                 C.VERSION      PROVIDER                 P.VERSION      VERIFIED",
            "(no verification stands between this version and the target)");
    assertThat(CanIDeployVerdict.dryRun("Computer says no", false, CLI))
        .containsExactly(
            "[dry-run] Computer says no",
            "[dry-run] Dry run (--dry-run): the answer does not decide the build");
  }
}

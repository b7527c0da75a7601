package io.pactcontainers.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.verify.RunEvent;
import io.pactcontainers.verify.VerificationListener;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunPresenterTest {
  @Test
  void everyEventHasItsWordsAtTheLevelItsKindSays() throws Exception {
    for (Class<?> type : RunEvent.class.getPermittedSubclasses()) {
      RunEvent event = sample(type);
      List<ConsoleReport.Line> lines = RunPresenter.lines(event);
      assertThat(lines).singleElement().satisfies(l -> assertThat(l.text()).isNotBlank());
      assertThat(lines.get(0).level())
          .as(type.getSimpleName())
          .isEqualTo(event.warning() ? ConsoleReport.Level.WARN : ConsoleReport.Level.INFO);
    }
  }

  @Test
  void everyReasonNotToPublishHasItsWords() {
    for (RunEvent.NotPublishedBecause because : RunEvent.NotPublishedBecause.values()) {
      assertThat(RunPresenter.text(new RunEvent.PublishingSkipped(because, "3")))
          .containsAnyOf("Not publishing", "nothing was published");
    }
  }

  @Test
  void thePlanIsSaidInTheWordsTheFrontEndsAssert() {
    assertThat(RunPresenter.text(new RunEvent.Planned("grill", 1, 1)))
        .isEqualTo("Verifying provider \"grill\": 1 interaction in 1 pact");
    assertThat(RunPresenter.text(new RunEvent.Planned("grill", 3, 2)))
        .isEqualTo("Verifying provider \"grill\": 3 interactions in 2 pacts");
    assertThat(RunPresenter.text(new RunEvent.PactPlanned("sous", 2, "pacts/sous.json", "")))
        .isEqualTo("  sous: 2 interactions from pacts/sous.json");
    assertThat(
            RunPresenter.text(
                new RunEvent.PactPlanned("sous", 1, "pacts/sous.json", "latest from main")))
        .isEqualTo("  sous: 1 interaction from pacts/sous.json (selected: latest from main)");
    assertThat(RunPresenter.text(new RunEvent.Stopping("the provider exited", 1)))
        .isEqualTo(
            "Stopping: the provider exited. The last interaction is not sent (errored, not"
                + " failed)");
  }

  @Test
  void aRunWithNothingToVerifySaysItWasAllowedOnTheConsoleAndItsReasonInTheReport() {
    RunEvent.NothingToVerify nothing = new RunEvent.NothingToVerify("Nothing to verify");
    assertThat(RunPresenter.text(nothing))
        .isEqualTo("Nothing to verify (allowed by configuration)");
    assertThat(RunPresenter.reportText(nothing)).isEqualTo("Nothing to verify");
  }

  @Test
  void aFrontEndThatShowsLinesGetsEachEventAsItsLine() {
    List<String> said = new ArrayList<>();
    VerificationListener front =
        RunPresenter.rendering(
            new VerificationListener() {
              @Override
              public void info(String line) {
                said.add("INFO " + line);
              }

              @Override
              public void warn(String line) {
                said.add("WARN " + line);
              }
            });
    front.event(new RunEvent.ShardsStarted(2));
    front.event(new RunEvent.PublishFailed("Publishing the verification results failed: 500"));
    assertThat(said)
        .containsExactly(
            "INFO Verifying with 2 containers of the provider at once, each interaction on one of"
                + " them",
            "WARN Publishing the verification results failed: 500");
  }

  private static RunEvent sample(Class<?> type) throws Exception {
    RecordComponent[] components = type.getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values[i] =
          types[i] == String.class
              ? "text"
              : types[i] == List.class
                  ? List.of("a", "b")
                  : types[i] == int.class
                      ? 2
                      : types[i] == boolean.class ? true : types[i].getEnumConstants()[0];
    }
    return (RunEvent) type.getDeclaredConstructor(types).newInstance(values);
  }
}

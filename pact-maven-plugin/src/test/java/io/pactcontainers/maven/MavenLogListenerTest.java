package io.pactcontainers.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.model.Pact;
import io.pactcontainers.model.PactReader;
import io.pactcontainers.report.ConsoleReport;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.Progress;
import io.pactcontainers.verify.Reproduction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class MavenLogListenerTest {
  private final Pact pact =
      new PactReader()
          .read(
              "{\"consumer\":{\"name\":\"c\"},\"provider\":{\"name\":\"p\"},\"interactions\":[{"
                  + "\"description\":\"d\",\"request\":{\"path\":\"/x\"},\"response\":{\"status\":200}}]}",
              "mem");

  /** Maven's log at a level, keeping what it is asked to show. */
  private static final class Recorded extends SystemStreamLog {
    final List<String> lines = new ArrayList<>();
    final boolean info;

    Recorded(boolean info) {
      this.info = info;
    }

    @Override
    public boolean isInfoEnabled() {
      return info;
    }

    @Override
    public void info(CharSequence c) {
      lines.add("INFO " + c);
    }
  }

  @Test
  void aPassingInteractionIsShownAtInfoAndNotFormattedUnderQuiet() {
    InteractionResult passed =
        new InteractionResult.Passed(pact.interactions().get(0), Duration.ofMillis(3), false);
    Progress progress = new Progress(1, 1, Duration.ZERO);
    Recorded shown = new Recorded(true);
    Recorded quiet = new Recorded(false);

    listener(shown).interactionVerified(pact, passed, progress);
    listener(quiet).interactionVerified(pact, passed, progress);

    assertThat(shown.lines).containsExactly("INFO   OK      c #0 \"d\" (3 ms)");
    assertThat(quiet.lines).isEmpty();
  }

  @Test
  void aFilterIsNamedByItsElementAndTheSystemPropertyMostRunsTypeIt() {
    MavenLogListener listener = listener(new Recorded(true));

    assertThat(listener.settingName(io.pactcontainers.Setting.FILTER_DESCRIPTION))
        .isEqualTo("<interactionDescription> (-Dpact.filter.description)");
    assertThat(listener.settingName(io.pactcontainers.Setting.FILTER_CONSUMERS))
        .isEqualTo("<consumers> (-Dpact.filter.consumers)");
    assertThat(listener.settingName(io.pactcontainers.Setting.FILTER_PROVIDER_STATE))
        .isEqualTo("<providerState> (-Dpact.filter.providerState)");
  }

  private static MavenLogListener listener(Recorded log) {
    return new MavenLogListener(log, new ConsoleReport(false, false, Reproduction.NONE));
  }
}

package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.provider.ProviderContainer;
import io.pactcontainers.source.PactSource;
import io.pactcontainers.state.StateChangeConfig;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class VerificationConfigTest {
  private final VerificationConfig base =
      VerificationConfig.of(
          "grill-chef",
          ProviderContainer.fromImage("grill-chef:1.0"),
          List.of(new PactSource.Directory(Path.of("pacts"))));

  @Test
  void eachCopyChangesOnlyItsOwnComponent() throws Exception {
    assertOnlyChanged(base.withShards(3), "run.shards");
    assertOnlyChanged(base.withAllowEmpty(true), "run.allowEmpty");
    assertOnlyChanged(base.withFailFast(true), "run.failFast");
    assertOnlyChanged(base.withRequestTimeout(Duration.ofSeconds(5)), "requests.timeout");
    assertOnlyChanged(base.withBasePath("/api"), "requests.basePath");
    assertOnlyChanged(base.withFollowRedirects(false), "requests.followRedirects");
    assertOnlyChanged(base.withOutputDirectory(Path.of("out")), "outputDirectory");
    assertOnlyChanged(base.withMessageUrl("/messages"), "requests.messageUrl");
    assertOnlyChanged(base.withStateChange(StateChangeConfig.at("/state")), "states.endpoint");
    assertOnlyChanged(base.withTarget(ProviderContainer.fromImage("grill-chef:2.0")), "target");
    assertOnlyChanged(
        base.withSources(List.of(new PactSource.PactFile(Path.of("a.json")))), "sources");
  }

  @Test
  void copiesAccumulateAndLeaveTheOriginalAlone() {
    VerificationConfig changed = base.withShards(2).withAllowEmpty(true).withMessageUrl("/m");

    assertThat(changed.shards()).isEqualTo(2);
    assertThat(changed.allowEmpty()).isTrue();
    assertThat(changed.messageUrl()).contains("/m");
    assertThat(base.shards()).isEqualTo(1);
    assertThat(base.allowEmpty()).isFalse();
    assertThat(base.messageUrl()).isEmpty();
  }

  @Test
  void aCopyIsCheckedLikeANewConfig() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> base.withShards(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shards must be at least 1, found 0");
  }

  /** The parts that differ, a group's parts named after their group ("run.shards"). */
  private void assertOnlyChanged(VerificationConfig copy, String part) throws Exception {
    List<String> changed = new ArrayList<>();
    changed(VerificationConfig.class, base, copy, "", changed);
    assertThat(changed).containsExactly(part);
  }

  private static void changed(
      Class<?> type, Object before, Object after, String prefix, List<String> changed)
      throws Exception {
    for (RecordComponent c : type.getRecordComponents()) {
      Object b = c.getAccessor().invoke(before);
      Object a = c.getAccessor().invoke(after);
      if (List.of(ProviderStates.class, RequestSettings.class, RunControls.class)
          .contains(c.getType())) {
        changed(c.getType(), b, a, c.getName() + ".", changed);
      } else if (!Objects.equals(b, a)) {
        changed.add(prefix + c.getName());
      }
    }
  }
}

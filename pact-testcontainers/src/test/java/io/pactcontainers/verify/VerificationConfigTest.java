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
    assertOnlyChanged(base.withShards(3), "shards");
    assertOnlyChanged(base.withAllowEmpty(true), "allowEmpty");
    assertOnlyChanged(base.withRequestTimeout(Duration.ofSeconds(5)), "requestTimeout");
    assertOnlyChanged(base.withOutputDirectory(Path.of("out")), "outputDirectory");
    assertOnlyChanged(base.withMessageUrl("/messages"), "messageUrl");
    assertOnlyChanged(base.withStateChange(StateChangeConfig.at("/state")), "stateChange");
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

  private void assertOnlyChanged(VerificationConfig copy, String component) throws Exception {
    List<String> changed = new ArrayList<>();
    for (RecordComponent c : VerificationConfig.class.getRecordComponents()) {
      Object before = c.getAccessor().invoke(base);
      Object after = c.getAccessor().invoke(copy);
      if (!Objects.equals(before, after)) {
        changed.add(c.getName());
      }
    }
    assertThat(changed).containsExactly(component);
  }
}

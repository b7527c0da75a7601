package io.pactcontainers.verify;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.Secrets;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RunEventMaskingTest {
  /** Every event, each text component quoting the secret. */
  static List<RunEvent> everyEvent(String text) throws Exception {
    List<RunEvent> events = new ArrayList<>();
    for (Class<?> type : RunEvent.class.getPermittedSubclasses()) {
      RecordComponent[] components = type.getRecordComponents();
      Class<?>[] types = new Class<?>[components.length];
      Object[] values = new Object[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(types[i], text);
      }
      events.add((RunEvent) type.getDeclaredConstructor(types).newInstance(values));
    }
    return events;
  }

  private static Object sample(Class<?> type, String text) {
    if (type == String.class) {
      return text;
    }
    if (type == List.class) {
      return List.of(text, text);
    }
    if (type == int.class) {
      return 2;
    }
    if (type == boolean.class) {
      return true;
    }
    if (type.isEnum()) {
      return type.getEnumConstants()[0];
    }
    throw new AssertionError("no sample for " + type);
  }

  @Test
  void everyEventReachesTheFrontEndWithItsTextMasked() throws Exception {
    List<RunEvent> told = new ArrayList<>();
    VerificationListener masking =
        MaskingListener.of(
            new VerificationListener() {
              @Override
              public void event(RunEvent event) {
                told.add(event);
              }
            },
            Secrets.of(List.of("s3cret-token")));
    List<RunEvent> events = everyEvent("Bearer s3cret-token at http://u:s3cret-token@broker");
    events.forEach(masking::event);
    assertThat(told).hasSameSizeAs(events).hasSizeGreaterThan(20);
    for (int i = 0; i < events.size(); i++) {
      assertThat(told.get(i)).hasSameClassAs(events.get(i));
      assertThat(told.get(i).toString()).doesNotContain("s3cret-token");
      if (events.get(i).toString().contains("Bearer ")) {
        assertThat(told.get(i).toString()).contains("Bearer ****");
      }
      assertThat(told.get(i).warning()).isEqualTo(events.get(i).warning());
    }
  }

  @Test
  void theResultKeepsTheWarningEventsOnly() {
    List<RunEvent> warnings = new ArrayList<>();
    RecordingListener recording = new RecordingListener(VerificationListener.SILENT, warnings);
    recording.event(new RunEvent.Planned("grill", 2, 1));
    recording.event(new RunEvent.PublishFailed("the Broker answered HTTP 500"));
    assertThat(warnings)
        .containsExactly(new RunEvent.PublishFailed("the Broker answered HTTP 500"));
  }
}

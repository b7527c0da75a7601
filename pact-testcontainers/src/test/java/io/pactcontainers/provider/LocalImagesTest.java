package io.pactcontainers.provider;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which local images are the newest: by creation time, and by tag as version where times tie. */
class LocalImagesTest {
  @Test
  void equalCreationTimesOrderByTagsAsVersionsNewestFirst() {
    List<LocalImages.Tagged> jib =
        List.of(
            new LocalImages.Tagged("svc:1.2.0", 0),
            new LocalImages.Tagged("svc:1.10.0", 0),
            new LocalImages.Tagged("svc:1.9.0", 0),
            new LocalImages.Tagged("svc:2.0.0-rc.1", 0),
            new LocalImages.Tagged("svc:2.0.0", 0));
    assertThat(LocalImages.newestFirst(jib))
        .extracting(LocalImages.Tagged::name)
        .containsExactly("svc:2.0.0", "svc:2.0.0-rc.1", "svc:1.10.0", "svc:1.9.0", "svc:1.2.0");
  }

  @Test
  void differentCreationTimesDecideFirst() {
    List<LocalImages.Tagged> images =
        List.of(new LocalImages.Tagged("svc:9.0", 100), new LocalImages.Tagged("svc:1.0", 200));
    assertThat(LocalImages.newestFirst(images))
        .extracting(LocalImages.Tagged::name)
        .containsExactly("svc:1.0", "svc:9.0");
  }
}

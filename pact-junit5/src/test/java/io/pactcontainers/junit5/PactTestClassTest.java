package io.pactcontainers.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.pactcontainers.junit5.subjects.WrongUsage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * A class that declares its provider wrongly fails before anything starts, saying how to fix it.
 */
class PactTestClassTest {

  private static Throwable classFailure(Class<?> subject) {
    return ClassFailures.of(subject);
  }

  @Test
  void aContainerOnAnInstanceFieldIsRefusedNamingTheField() {
    assertThat(classFailure(WrongUsage.InstanceContainer.class))
        .isInstanceOf(ExtensionConfigurationException.class)
        .hasMessage(
            "@ProviderContainer InstanceContainer.chef is not static; declare it static: one"
                + " container serves all the class's interactions");
  }

  @Test
  void aContainerAndAUrlTogetherAreRefused() {
    assertThat(classFailure(WrongUsage.TwoProviders.class))
        .hasMessage(
            WrongUsage.TwoProviders.class.getName()
                + " declares @ProviderContainer TwoProviders.chef and @ProviderUrl TwoProviders.url:"
                + " give it one provider, a @ProviderContainer or a @ProviderUrl");
  }

  @Test
  void theExtensionWithoutTheAnnotationSaysWhichAnnotationToUse() {
    assertThat(classFailure(WrongUsage.NoAnnotation.class))
        .hasMessage(
            WrongUsage.NoAnnotation.class.getName()
                + " is run by PactVerificationExtension but has no @PactProviderTest; annotate the"
                + " class with @PactProviderTest(provider = \"...\") instead of @ExtendWith");
  }

  @Test
  void aContainerWithoutAnExposedPortIsRefusedBeforeItStarts() {
    assertThat(classFailure(WrongUsage.NoPort.class))
        .hasMessage(
            "@ProviderContainer NoPort.chef exposes no port; add .withExposedPorts(<the"
                + " provider's port>): the requests go to the first");
  }
}

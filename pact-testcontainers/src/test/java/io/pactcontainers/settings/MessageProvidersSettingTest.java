package io.pactcontainers.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pactcontainers.message.MessageProvider;
import io.pactcontainers.message.MessageRequest;
import io.pactcontainers.message.MessageSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code messageProviders}: the classes made from the front end's class path as request filters
 * are, their {@code @MessageProvider} methods the run's message source; each error names the
 * setting as the front end writes it and the class.
 */
class MessageProvidersSettingTest {
  @TempDir Path dir;

  /** A team's messages. */
  public static final class Orders {
    @MessageProvider("an order was placed")
    public String placed() {
      return "{\"id\":1}";
    }
  }

  /** Another class with a method for the same description. */
  public static final class MoreOrders {
    @MessageProvider("an order was placed")
    public String again() {
      return "{}";
    }
  }

  /** A class without any method. */
  public static final class Nothing {}

  private MappedSettings map(String... classes) {
    GivenSettings raw = new GivenSettings();
    raw.pactDirectory = dir.toFile();
    raw.messageProviders = List.of(classes);
    return VerificationSettings.map(
        raw,
        new SettingsContext(
            dir,
            dir.resolve("target/pact"),
            Map.of(),
            line -> {},
            ServerCredentials.NONE,
            SettingsContext.classesOf(getClass().getClassLoader()),
            List.of(),
            "test"));
  }

  @Test
  void theClassesMethodsAreTheRunsMessageSource() throws Exception {
    MessageSource source = map(Orders.class.getName()).config().messageSource().orElseThrow();
    assertThat(source.answers("an order was placed")).isTrue();
    assertThat(
            source
                .produce(new MessageRequest("an order was placed", List.of(), Optional.empty()))
                .contents()
                .asString())
        .isEqualTo("{\"id\":1}");
  }

  @Test
  void noClassMeansNoMessageSource() {
    assertThat(map().config().messageSource()).isEmpty();
  }

  @Test
  void aClassNotOnTheClassPathIsAnErrorNamingTheSetting() {
    assertThatThrownBy(() -> map("com.acme.Missing"))
        .isInstanceOf(SettingsException.class)
        .hasMessageStartingWith(
            "<messageProviders> com.acme.Missing is not on the test class path");
  }

  @Test
  void aClassWithoutMethodIsAnError() {
    assertThatThrownBy(() -> map(Nothing.class.getName()))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<messageProviders> "
                + Nothing.class.getName()
                + " has no @MessageProvider method; annotate the methods that produce the messages"
                + " with @MessageProvider(\"<the interaction's description>\")");
  }

  @Test
  void twoClassesAnsweringOneDescriptionAreAnError() {
    assertThatThrownBy(() -> map(Orders.class.getName(), MoreOrders.class.getName()))
        .isInstanceOf(SettingsException.class)
        .hasMessage(
            "<messageProviders>: Two @MessageProvider methods produce the message \"an order was"
                + " placed\": Orders.placed and MoreOrders.again; keep one");
  }
}

package io.pactcontainers.settings;

import io.pactcontainers.message.MessageMethodException;
import io.pactcontainers.message.MessageMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code messageProviders} setting: the user's classes, made as request filters are ({@link
 * UserClassInstances}), whose {@code @MessageProvider} methods produce the messages, read by the
 * library's one rule ({@link MessageMethods}).
 */
final class MessageProviders {
  private MessageProviders() {}

  /**
   * The classes' methods, or none when the setting names no class.
   *
   * @param classNames the setting's class names; null for none
   * @param context where the user's classes are
   * @param names how the front end writes the setting
   * @return the methods of all the classes
   * @throws SettingsException naming the class that cannot be made, has no such method or a method
   *     that cannot be used, or two methods for one description
   */
  static Optional<MessageMethods> of(
      List<String> classNames, SettingsContext context, SettingNames names) {
    List<Object> instances = new ArrayList<>();
    String setting = names.of("messageProviders");
    for (String name : classNames == null ? List.<String>of() : classNames) {
      if (ProviderSettings.blank(name)) {
        continue;
      }
      Object instance =
          UserClassInstances.of(name.trim(), Object.class, setting + " " + name.trim(), context);
      MessageMethods own = read(List.of(instance), setting);
      if (own.isEmpty()) {
        throw new SettingsException(
            setting
                + " "
                + name.trim()
                + " has no @MessageProvider method; annotate the methods that produce the"
                + " messages with @MessageProvider(\"<the interaction's description>\")");
      }
      instances.add(instance);
    }
    return instances.isEmpty() ? Optional.empty() : Optional.of(read(instances, setting));
  }

  private static MessageMethods read(List<Object> instances, String setting) {
    try {
      return MessageMethods.ofInstances(instances);
    } catch (MessageMethodException e) {
      throw new SettingsException(setting + ": " + e.getMessage());
    }
  }
}

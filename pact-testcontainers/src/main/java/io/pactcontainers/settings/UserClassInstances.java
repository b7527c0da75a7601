package io.pactcontainers.settings;

import java.lang.reflect.InvocationTargetException;

/**
 * The user's classes named in settings (request filters, report writers), made with one set of
 * rules for every front end and every kind.
 */
final class UserClassInstances {
  private UserClassInstances() {}

  /**
   * An instance of a user's class named in a setting: on the front end's class path, of the type
   * the library asks for, with a public constructor without parameters.
   *
   * @param name the class's name
   * @param type what it must implement
   * @param setting the setting that names it, for the messages
   * @param context where the user's classes are
   * @return the instance
   * @throws SettingsException saying which of the three is not so, and what to do
   */
  static <T> T of(String name, Class<T> type, String setting, SettingsContext context) {
    Class<?> found;
    try {
      found = Class.forName(name, true, context.classes().loader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new SettingsException(
          setting
              + " is not on the test class path ("
              + context.classes().describe()
              + "): put it in src/test/java, run a phase that compiles it (mvn verify does), and"
              + " check the name");
    }
    if (!type.isAssignableFrom(found)) {
      throw new SettingsException(setting + " does not implement " + type.getName());
    }
    try {
      return type.cast(found.getConstructor().newInstance());
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new SettingsException(setting + " needs a public constructor without parameters");
    } catch (InvocationTargetException e) {
      throw new SettingsException(
          setting + " could not be created: its constructor threw " + e.getCause());
    } catch (InstantiationException e) {
      throw new SettingsException(setting + " is abstract; name a concrete class");
    }
  }
}

package io.pactcontainers.settings;

import io.pactcontainers.verify.RequestFilter;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's request filters made from their class names, with one set of rules for every front
 * end: the class must be on the class path the front end gives (the project's test classes), must
 * implement {@link RequestFilter}, and must have a public constructor without parameters.
 */
final class RequestFilters {
  private RequestFilters() {}

  static List<RequestFilter> of(
      List<String> classNames, SettingsContext context, SettingNames names) {
    List<RequestFilter> filters = new ArrayList<>();
    if (classNames == null) {
      return filters;
    }
    for (String className : classNames) {
      if (!ProviderSettings.blank(className)) {
        filters.add(filter(className.trim(), context, names));
      }
    }
    return filters;
  }

  private static RequestFilter filter(String name, SettingsContext context, SettingNames names) {
    String setting = names.of("requestFilter") + " " + name;
    Class<?> type;
    try {
      type = Class.forName(name, true, context.classes().loader());
    } catch (ClassNotFoundException | LinkageError e) {
      throw new SettingsException(
          setting
              + " is not on the test class path ("
              + context.classes().describe()
              + "): put it in src/test/java, run a phase that compiles it (mvn verify does), and"
              + " check the name");
    }
    if (!RequestFilter.class.isAssignableFrom(type)) {
      throw new SettingsException(setting + " does not implement " + RequestFilter.class.getName());
    }
    try {
      return (RequestFilter) type.getConstructor().newInstance();
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

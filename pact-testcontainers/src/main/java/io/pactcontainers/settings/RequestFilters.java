package io.pactcontainers.settings;

import io.pactcontainers.verify.RequestFilter;
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
    return UserClassInstances.of(
        name, RequestFilter.class, names.of("requestFilter") + " " + name, context);
  }
}

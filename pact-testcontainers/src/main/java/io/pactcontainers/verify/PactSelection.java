package io.pactcontainers.verify;

import io.pactcontainers.Setting;
import io.pactcontainers.model.Interaction;
import io.pactcontainers.model.Pact;
import io.pactcontainers.source.LoadedPact;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The pacts and interactions a run verifies after its filters, and what they left out: per pact the
 * interactions and why (reports list them as not verified), per filter how many (every output of a
 * partial run says so).
 */
final class PactSelection {
  /** A look-around or an alternation: patterns that easily match where their author meant not. */
  private static final Pattern TRICKY = Pattern.compile("\\(\\?<?[=!]|\\|");

  private final List<LoadedPact> pacts;
  private final Map<LoadedPact, List<PactResult.NotVerified>> leftOut;
  private final Filtering filtering;

  private PactSelection(
      List<LoadedPact> pacts,
      Map<LoadedPact, List<PactResult.NotVerified>> leftOut,
      Filtering filtering) {
    this.pacts = pacts;
    this.leftOut = leftOut;
    this.filtering = filtering;
  }

  static PactSelection of(
      List<LoadedPact> loaded, InteractionFilter filter, VerificationListener listener) {
    Map<Setting, Integer> counts = new EnumMap<>(Setting.class);
    List<LoadedPact> kept = new ArrayList<>();
    Map<LoadedPact, List<PactResult.NotVerified>> leftOut = new IdentityHashMap<>();
    int available = 0;
    for (LoadedPact lp : loaded) {
      Pact p = lp.pact();
      available += p.interactions().size();
      if (!filter.keeps(p)) {
        counts.merge(Setting.FILTER_CONSUMERS, p.interactions().size(), Integer::sum);
        continue;
      }
      List<Interaction> verified = new ArrayList<>();
      List<PactResult.NotVerified> notVerified = new ArrayList<>();
      for (Interaction i : p.interactions()) {
        Optional<Setting> by = filter.leftOutBy(i);
        if (by.isEmpty() && filter.lastFailed().filter(l -> !l.has(p.consumer(), i)).isPresent()) {
          by = Optional.of(Setting.LAST_FAILED);
        }
        if (by.isEmpty()) {
          verified.add(i);
        } else {
          counts.merge(by.get(), 1, Integer::sum);
          notVerified.add(
              new PactResult.NotVerified(
                  i,
                  new Filtering.LeftOut(
                      listener.settingName(by.get()), pattern(by.get(), filter).orElse(""), 1)));
        }
      }
      if (!verified.isEmpty()) {
        LoadedPact narrowed = notVerified.isEmpty() ? lp : lp.narrowedTo(verified);
        kept.add(narrowed);
        leftOut.put(narrowed, notVerified);
      }
    }
    List<Filtering.LeftOut> effects = new ArrayList<>();
    for (Setting s :
        List.of(
            Setting.FILTER_CONSUMERS,
            Setting.FILTER_DESCRIPTION,
            Setting.FILTER_PROVIDER_STATE,
            Setting.LAST_FAILED)) {
      pattern(s, filter)
          .ifPresent(
              pattern ->
                  effects.add(
                      new Filtering.LeftOut(
                          listener.settingName(s), pattern, counts.getOrDefault(s, 0))));
    }
    warnAboutFiltersThatLeftOutNothing(effects, listener);
    return new PactSelection(kept, leftOut, new Filtering(available, effects));
  }

  /**
   * A look-ahead that keeps everything is the classic slip ({@code ^(?!.*no auth)} against
   * descriptions that contain it elsewhere): a filter that left nothing out while its pattern has a
   * look-around or an alternation is said, since the run then looks complete while its author meant
   * it partial.
   */
  private static void warnAboutFiltersThatLeftOutNothing(
      List<Filtering.LeftOut> effects, VerificationListener listener) {
    for (Filtering.LeftOut e : effects) {
      if (e.interactions() == 0 && TRICKY.matcher(e.pattern()).find()) {
        listener.event(new RunEvent.FilterLeftOutNothing(e.filter()));
      }
    }
  }

  private static Optional<String> pattern(Setting setting, InteractionFilter filter) {
    return switch (setting) {
      case FILTER_CONSUMERS ->
          filter.consumers().isEmpty()
              ? Optional.empty()
              : Optional.of(String.join(",", filter.consumers()));
      case FILTER_DESCRIPTION -> filter.description().map(Pattern::pattern);
      case FILTER_PROVIDER_STATE -> filter.providerState().map(Pattern::pattern);
      case LAST_FAILED ->
          filter
              .lastFailed()
              .map(
                  l ->
                      "(only the " + l.keys().size() + " that did not pass in " + l.report() + ")");
      default -> Optional.empty();
    };
  }

  List<LoadedPact> pacts() {
    return pacts;
  }

  List<PactResult.NotVerified> leftOut(LoadedPact pact) {
    return leftOut.getOrDefault(pact, List.of());
  }

  Filtering filtering() {
    return filtering;
  }
}

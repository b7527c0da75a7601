package io.pactcontainers.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.verify.Filtering;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.VerificationResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A machine-readable report: per pact, per interaction, the outcome and every mismatch. */
final class JsonReportWriter implements ReportWriter {
  private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Override
  public String render(VerificationResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("provider", result.provider());
    root.put("successful", result.successful());
    root.put("durationMillis", result.duration().toMillis());
    root.put("warnings", result.warnings().stream().map(RunPresenter::reportText).toList());
    // A partial run says so first: tools must not read it as a verification of the whole pacts.
    root.put("partial", result.partial());
    root.put("filters", filters(result.filtering().leftOut()));
    // Ctrl-C or SIGTERM: what did not run is not in the pacts' interactions, so the run says it.
    result.interrupted().ifPresent(i -> root.put("interrupted", i));
    List<Object> pacts = new ArrayList<>();
    for (PactResult p : result.pacts()) {
      Map<String, Object> pact = new LinkedHashMap<>();
      pact.put("consumer", p.consumer());
      pact.put("location", p.location());
      pact.put("pending", p.pending());
      pact.put("partial", !p.leftOut().isEmpty());
      pact.put("filters", filters(p.filtering().leftOut()));
      List<Object> interactions = new ArrayList<>();
      for (InteractionResult r : p.results()) {
        Map<String, Object> i = new LinkedHashMap<>();
        i.put("index", r.interaction().index());
        i.put("description", r.interaction().description());
        i.put(
            "providerStates",
            r.interaction().providerStates().stream().map(s -> s.name()).toList());
        i.put("outcome", r.outcome());
        i.put("pending", r.pending());
        i.put("durationMillis", r.duration().toMillis());
        if (r instanceof InteractionResult.Failed f) {
          List<Object> ms = new ArrayList<>();
          for (Mismatch m : f.mismatches()) {
            Map<String, Object> mm = new LinkedHashMap<>();
            mm.put("category", m.category());
            mm.put("path", m.path());
            mm.put("expected", m.expected());
            // An absent value stays absent: null and "missing", never an empty string.
            mm.put("actual", m.missing() ? null : m.actual());
            if (m.missing()) {
              mm.put("missing", true);
            }
            mm.put("message", m.message());
            ms.add(mm);
          }
          i.put("mismatches", ms);
        } else if (r instanceof InteractionResult.Errored e) {
          i.put("error", e.error());
        }
        if (!r.passed()) {
          r.evidence()
              .request()
              .ifPresent(
                  sent ->
                      i.put(
                          "requestSent",
                          HtmlReportWriter.sentRequest(sent, result.reproduction())
                              .lines()
                              .toList()));
          if (!r.evidence().redirects().isEmpty()) {
            // The answer judged was not the pact's path's own: say where it came from.
            i.put(
                "redirectsFollowed",
                r.evidence().redirects().stream()
                    .map(sent -> sent.method() + " " + sent.url())
                    .toList());
          }
          i.put("curl", Curl.commands(r.evidence(), result.reproduction()));
          i.put("providerLog", r.evidence().providerLog());
        }
        interactions.add(i);
      }
      pact.put("interactions", interactions);
      if (!p.leftOut().isEmpty()) {
        pact.put("leftOut", leftOut(p));
      }
      pacts.add(pact);
    }
    root.put("pacts", pacts);
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the JSON report", e);
    }
  }

  private static List<Object> filters(List<Filtering.LeftOut> leftOut) {
    List<Object> out = new ArrayList<>();
    for (Filtering.LeftOut l : leftOut) {
      Map<String, Object> f = new LinkedHashMap<>();
      f.put("setting", l.setting());
      f.put("pattern", l.pattern());
      f.put("leftOut", l.interactions());
      out.add(f);
    }
    return out;
  }

  private static List<Object> leftOut(PactResult p) {
    List<Object> out = new ArrayList<>();
    for (PactResult.NotVerified n : p.leftOut()) {
      Map<String, Object> i = new LinkedHashMap<>();
      i.put("index", n.interaction().index());
      i.put("description", n.interaction().description());
      i.put(
          "providerStates", n.interaction().providerStates().stream().map(s -> s.name()).toList());
      i.put("reason", n.reason());
      out.add(i);
    }
    return out;
  }
}

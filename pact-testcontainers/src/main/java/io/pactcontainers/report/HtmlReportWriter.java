package io.pactcontainers.report;

import io.pactcontainers.model.Body;
import io.pactcontainers.model.Headers;
import io.pactcontainers.model.HttpInteraction;
import io.pactcontainers.model.HttpRequest;
import io.pactcontainers.model.HttpResponse;
import io.pactcontainers.model.MessageInteraction;
import io.pactcontainers.model.SentRequest;
import io.pactcontainers.model.SynchronousMessageInteraction;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.Reproduction;
import io.pactcontainers.verify.RequestHeader;
import io.pactcontainers.verify.VerificationResult;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One self-contained HTML page (no external CSS, scripts or fonts: it opens from a CI artifact or
 * an e-mail as it is): the totals, then per pact one row per interaction that expands to the
 * request, the expected and the actual response, the mismatches with their diffs, the curl commands
 * and the provider's log. Rows that did not pass start expanded. Markup by hand: a template engine
 * would be a dependency for one page, and every value goes through {@link #esc}.
 */
final class HtmlReportWriter implements ReportWriter {
  private static final String STYLE =
      """
      body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:24px;color:#1f2328;background:#fff}
      h1{font-size:22px;margin:0 0 4px} h2{font-size:17px;margin:28px 0 8px} .muted{color:#656d76}
      .verdict{display:inline-block;padding:2px 10px;border-radius:12px;font-weight:600;color:#fff}
      .passed .verdict,.verdict.passed{background:#1a7f37} .failed .verdict,.verdict.failed{background:#cf222e}
      .errored .verdict,.verdict.errored{background:#9a6700} .pending .verdict{background:#6e7781}
      .totals{margin:8px 0 16px;font-size:15px} .totals span{margin-right:18px}
      details{border:1px solid #d0d7de;border-radius:6px;margin:6px 0;background:#f6f8fa}
      details.failed,details.errored{border-color:#cf222e;background:#fff}
      summary{cursor:pointer;padding:6px 10px;list-style-position:inside} summary .time{float:right;color:#656d76}
      .body{padding:4px 14px 12px;background:#fff;border-top:1px solid #d0d7de}
      h3{font-size:13px;text-transform:uppercase;letter-spacing:.04em;color:#656d76;margin:14px 0 4px}
      pre{background:#f6f8fa;border:1px solid #d0d7de;border-radius:6px;padding:8px;overflow:auto;margin:0;white-space:pre-wrap;word-break:break-word}
      .mismatches li{margin:2px 0;color:#cf222e} .del{color:#cf222e;background:#ffebe9;display:block} .add{color:#1a7f37;background:#dafbe1;display:block} .by-rule{color:#8c959f;display:block}
      .cols{display:grid;grid-template-columns:1fr 1fr;gap:12px} .comment{color:#656d76;font-style:italic}
      .partial{border:1px solid #9a6700;background:#fff8c5;border-radius:6px;padding:8px 12px} .left-out .verdict{background:#6e7781}
      """;

  @Override
  public String render(VerificationResult result) {
    StringBuilder sb =
        new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
            .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .append("<title>Pact verification: ")
            .append(esc(result.provider()))
            .append("</title>\n<style>")
            .append(STYLE)
            .append("</style></head>\n<body>\n");
    String outcome = result.successful() ? "passed" : "failed";
    sb.append("<h1>Pact verification of ")
        .append(esc(result.provider()))
        .append(" <span id=\"verdict\" class=\"verdict ")
        .append(outcome)
        .append("\">")
        .append(result.successful() ? "Passed" : "Failed")
        .append("</span></h1>\n");
    sb.append("<div class=\"totals\" id=\"totals\"><span>")
        .append(result.count(InteractionResult.Passed.class))
        .append(" passed</span><span>")
        .append(result.count(InteractionResult.Failed.class))
        .append(" failed</span><span>")
        .append(result.count(InteractionResult.Errored.class))
        .append(" errored</span><span class=\"muted\">in ")
        .append(result.duration().toMillis())
        .append(" ms</span></div>\n");
    result
        .interrupted()
        .ifPresent(i -> sb.append("<p class=\"muted\">").append(esc(i)).append("</p>\n"));
    if (result.partial()) {
      sb.append("<p class=\"partial\" id=\"partial\"><b>A partial run</b>: ")
          .append(esc(result.filtering().describe()))
          .append(". What was left out was not verified.</p>\n");
    }
    result.warnings().stream()
        .map(RunPresenter::reportText)
        .forEach(w -> sb.append("<p class=\"muted\">Warning: ").append(esc(w)).append("</p>\n"));
    int pactIndex = 0;
    for (PactResult pact : result.pacts()) {
      sb.append("<section class=\"pact\"><h2>")
          .append(esc(pact.consumer()))
          .append(" &rarr; ")
          .append(esc(pact.provider()))
          .append(pact.pending() ? " <span class=\"muted\">(pending)</span>" : "")
          .append("</h2>\n<p class=\"muted\">")
          .append(esc(pact.location()))
          .append("</p>\n");
      for (InteractionResult r : pact.results()) {
        interaction(sb, pactIndex, r, result.reproduction());
      }
      for (PactResult.NotVerified n : pact.leftOut()) {
        sb.append("<details class=\"interaction left-out\" data-outcome=\"not verified\">")
            .append("<summary><span class=\"verdict\">not verified</span> ")
            .append(
                esc(
                    n.interaction().label()
                        + ConsoleReport.given(n.interaction().providerStates())))
            .append("<span class=\"time\">")
            .append(esc(n.reason()))
            .append("</span></summary></details>\n");
      }
      sb.append("</section>\n");
      pactIndex++;
    }
    return sb.append("</body></html>\n").toString();
  }

  private static void interaction(
      StringBuilder sb, int pactIndex, InteractionResult r, Reproduction reproduction) {
    String outcome = r.outcome();
    boolean open = !r.passed() && !r.pending();
    sb.append("<details class=\"interaction ")
        .append(outcome)
        .append(r.pending() ? " pending" : "")
        .append("\" id=\"p")
        .append(pactIndex)
        .append("-i")
        .append(r.interaction().index())
        .append("\" data-outcome=\"")
        .append(outcome)
        .append('"')
        .append(open ? " open" : "")
        .append(">\n<summary><span class=\"verdict\">")
        .append(esc(Summary.outcome(r)))
        .append("</span> ")
        .append(
            esc(r.interaction().label() + ConsoleReport.given(r.interaction().providerStates())))
        .append("<span class=\"time\">")
        .append(r.duration().toMillis())
        .append(" ms</span></summary>\n<div class=\"body\">\n");
    r.interaction()
        .comments()
        .forEach(c -> sb.append("<p class=\"comment\">").append(esc(c)).append("</p>\n"));
    if (r instanceof InteractionResult.Failed f) {
      sb.append("<h3>Mismatches</h3>\n<ul class=\"mismatches\">\n");
      for (ShownMismatch m : ShownMismatch.of(f.mismatches())) {
        sb.append("<li><b>").append(esc(m.category())).append("</b> ").append(esc(m.line()));
        List<DiffLine> diff = m.diff();
        if (!diff.isEmpty()) {
          sb.append("<pre class=\"diff\">").append(diff(diff)).append("</pre>");
        }
        sb.append("</li>\n");
      }
      sb.append("</ul>\n");
    } else if (r instanceof InteractionResult.Errored e) {
      sb.append("<h3>Error</h3>\n<pre class=\"error\">").append(esc(e.error())).append("</pre>\n");
    }
    // The request as sent beside the pact's: a header set by the configuration, a generator's
    // value or a filter's change is what explains many an answer (a 200 where the pact wants 401).
    sb.append(
            "<div class=\"cols\"><div><h3>Request in the pact</h3><pre class=\"expected-request\">")
        .append(esc(request(r)))
        .append("</pre></div>");
    r.evidence()
        .request()
        .ifPresent(
            sent ->
                sb.append("<div><h3>Request as sent</h3><pre class=\"sent-request\">")
                    .append(esc(sentRequest(sent, reproduction)))
                    .append("</pre></div>"));
    sb.append("</div>\n<h3>Expected response</h3><pre class=\"expected\">")
        .append(esc(expected(r)))
        .append("</pre>\n");
    r.evidence()
        .response()
        .ifPresent(
            actual ->
                sb.append("<h3>Actual response</h3>\n<pre class=\"actual\">")
                    .append(esc(response(actual.status(), actual.headers(), actual.body())))
                    .append("</pre>\n"));
    List<DiffLine> full = r.passed() ? List.of() : BodyDiff.full(r);
    if (!full.isEmpty()) {
      sb.append("<h3>Whole body, expected (-) against actual (+)</h3>\n<pre class=\"diff\">")
          .append(diff(full))
          .append("</pre>\n");
    }
    List<String> curl = Curl.commands(r.evidence(), reproduction);
    if (!curl.isEmpty()) {
      sb.append("<h3>")
          .append(esc(ConsoleReport.reproductionHeading(r.evidence(), reproduction)))
          .append("</h3>\n<pre class=\"curl\">")
          .append(esc(String.join("\n", curl)))
          .append("</pre>\n");
    }
    if (!r.evidence().providerLog().isEmpty()) {
      sb.append("<h3>The provider's log while it ran</h3>\n<pre class=\"log\">")
          .append(esc(String.join("\n", r.evidence().providerLog())))
          .append("</pre>\n");
    }
    sb.append("</div></details>\n");
  }

  private static String request(InteractionResult r) {
    if (r.interaction() instanceof HttpInteraction h) {
      HttpRequest q = h.request();
      String query =
          q.query().entrySet().stream()
              .flatMap(e -> e.getValue().stream().map(v -> e.getKey() + "=" + v))
              .collect(Collectors.joining("&"));
      return q.method()
          + " "
          + q.path()
          + (query.isEmpty() ? "" : "?" + query)
          + "\n"
          + headers(q.headers())
          + body(q.body());
    }
    if (r.interaction() instanceof SynchronousMessageInteraction s) {
      return "Synchronous message request\n" + body(s.request().contents());
    }
    return "Asked for the message " + r.interaction().description();
  }

  /** The request as it went out; a secret header's value as its variable, never the value. */
  static String sentRequest(SentRequest sent, Reproduction reproduction) {
    StringBuilder sb = new StringBuilder(sent.method()).append(' ').append(sent.url()).append('\n');
    for (Map.Entry<String, String> h : sent.headers()) {
      sb.append(h.getKey())
          .append(": ")
          .append(
              reproduction.isSecret(h.getKey())
                  ? "$" + RequestHeader.variable(h.getKey()) + " (secret)"
                  : h.getValue())
          .append('\n');
    }
    if (sent.body().length > 0) {
      sb.append('\n').append(new String(sent.body(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return sb.toString();
  }

  private static String expected(InteractionResult r) {
    if (r.interaction() instanceof HttpInteraction h) {
      HttpResponse e = h.response();
      return response(e.status(), e.headers(), e.body());
    }
    if (r.interaction() instanceof MessageInteraction m) {
      return metadata(m.message().metadata()) + body(m.message().contents());
    }
    if (r.interaction() instanceof SynchronousMessageInteraction s && !s.responses().isEmpty()) {
      return metadata(s.responses().get(0).metadata()) + body(s.responses().get(0).contents());
    }
    return "";
  }

  private static String response(int status, Headers headers, Body body) {
    return (status == 0 ? "any status" : "HTTP " + status) + "\n" + headers(headers) + body(body);
  }

  private static String headers(Headers headers) {
    StringBuilder sb = new StringBuilder();
    headers
        .values()
        .forEach(
            (name, values) ->
                values.forEach(v -> sb.append(name).append(": ").append(v).append('\n')));
    return sb.toString();
  }

  private static String metadata(Map<String, Object> metadata) {
    StringBuilder sb = new StringBuilder();
    metadata.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    return sb.toString();
  }

  private static String body(Body body) {
    return body.isPresent() ? "\n" + String.join("\n", BodyDiff.lines(body)) : "";
  }

  private static String diff(List<DiffLine> lines) {
    StringBuilder sb = new StringBuilder();
    for (DiffLine line : lines) {
      String l = line.text();
      // A value the matching rules accepted is greyed: only the real mismatches are highlighted.
      String cls =
          line.byRule() ? "by-rule" : l.startsWith("-") ? "del" : l.startsWith("+") ? "add" : null;
      sb.append(cls == null ? "" : "<span class=\"" + cls + "\">")
          .append(esc(l))
          .append(cls == null ? "\n" : "</span>");
    }
    return sb.toString();
  }

  static String esc(String s) {
    return Html.escape(s);
  }
}

package io.pactcontainers.report;

import io.pactcontainers.model.Mismatch;
import io.pactcontainers.verify.InteractionResult;
import io.pactcontainers.verify.PactResult;
import io.pactcontainers.verify.VerificationResult;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML in Surefire's format, which Jenkins, GitLab and GitHub test tabs read: one file {@code
 * TEST-<consumer>-<provider>.xml} per pact, one {@code testcase} per interaction, {@code failure}
 * with the mismatches for a broken contract, {@code error} for an interaction that could not be
 * judged, {@code skipped} for a pending one that did not pass (it does not count). Written with the
 * JDK's StAX writer, which escapes; the characters XML 1.0 cannot hold at all (most control
 * characters) are replaced first.
 */
final class JunitReportWriter implements ReportWriter {

  @Override
  public String render(VerificationResult result) {
    StringBuilder sb = new StringBuilder();
    result.pacts().forEach(p -> sb.append(suite(p, result)));
    return sb.toString();
  }

  /**
   * Every pact's suite in one {@code testsuites} document (as the Rust verifier's {@code --junit
   * FILE}): the suites as their own files hold them, without their XML declarations.
   */
  @Override
  public String renderOneFile(VerificationResult result) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    sb.append("<testsuites name=\"").append(attribute(clean(result.provider()))).append("\">\n");
    for (PactResult pact : result.pacts()) {
      String suite = suite(pact, result);
      sb.append(suite.substring(suite.indexOf("<testsuite")));
    }
    return sb.append("</testsuites>\n").toString();
  }

  private static String attribute(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
  }

  @Override
  public List<Path> write(
      VerificationResult result, Path dir, String extension, io.pactcontainers.Secrets secrets)
      throws IOException {
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (PactResult pact : result.pacts()) {
      String base = "TEST-" + ReportWriter.fileName(pact.consumer() + "-" + pact.provider());
      String name = base;
      for (int i = 2; !names.add(name); i++) {
        name = base + "-" + i; // two pacts of one consumer (two files, say) keep two reports
      }
      Path file = dir.resolve(name + ".xml");
      ReportFiles.write(file, secrets.mask(suite(pact, result)));
      written.add(file);
    }
    return written;
  }

  static String suite(PactResult pact, VerificationResult result) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuite");
      String suiteName = pact.consumer() + "-" + pact.provider();
      xml.writeAttribute("name", clean(suiteName));
      xml.writeAttribute(
          "time",
          seconds(
              pact.results().stream()
                  .map(InteractionResult::duration)
                  .reduce(Duration.ZERO, Duration::plus)));
      // An interrupted run adds one errored case: the suite must not read as whole, or green.
      int interrupted = result.interrupted().isPresent() ? 1 : 0;
      xml.writeAttribute(
          "tests", String.valueOf(pact.results().size() + pact.leftOut().size() + interrupted));
      xml.writeAttribute("errors", String.valueOf(count(pact, "errored") + interrupted));
      xml.writeAttribute(
          "skipped",
          String.valueOf(
              pact.results().stream().filter(r -> !r.passed() && r.pending()).count()
                  + pact.leftOut().size()));
      xml.writeAttribute("failures", String.valueOf(count(pact, "failed")));
      xml.writeCharacters("\n  ");
      xml.writeStartElement("properties");
      property(xml, "pact.provider", pact.provider());
      property(xml, "pact.consumer", pact.consumer());
      property(xml, "pact.location", pact.location());
      property(xml, "pact.pending", String.valueOf(pact.pending()));
      property(xml, "pact.partial", String.valueOf(!pact.leftOut().isEmpty()));
      if (result.interrupted().isPresent()) {
        property(xml, "pact.interrupted", result.interrupted().get());
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      for (InteractionResult r : pact.results()) {
        startTestcase(xml, r.interaction(), suiteName, seconds(r.duration()));
        if (!r.passed()) {
          String details =
              String.join("\n", new ConsoleReport(false, false, result.reproduction()).details(r));
          if (r.pending()) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("skipped");
            xml.writeAttribute(
                "message", clean("pending: " + r.outcome() + ", not counted against the provider"));
            xml.writeCharacters(clean(details));
            xml.writeEndElement();
          } else if (r instanceof InteractionResult.Failed f) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("failure");
            xml.writeAttribute("message", clean(firstMismatch(f)));
            xml.writeAttribute("type", "pact mismatch");
            xml.writeCharacters(clean(details));
            xml.writeEndElement();
          } else if (r instanceof InteractionResult.Errored e) {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("error");
            xml.writeAttribute("message", clean(e.error()));
            xml.writeAttribute("type", "pact verification error");
            xml.writeCharacters(clean(details));
            xml.writeEndElement();
          }
        }
        if (!r.interaction().comments().isEmpty()) {
          xml.writeCharacters("\n    ");
          xml.writeStartElement("system-out");
          xml.writeCharacters(clean(String.join("\n", r.interaction().comments())));
          xml.writeEndElement();
        }
        if (!r.evidence().providerLog().isEmpty()) {
          xml.writeCharacters("\n    ");
          xml.writeStartElement("system-err");
          xml.writeCharacters(clean(String.join("\n", r.evidence().providerLog())));
          xml.writeEndElement();
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      // Left out by a filter: skipped, with the filter as the reason, so that CI's test tab shows
      // the run was partial instead of a smaller, all-green suite.
      for (PactResult.NotVerified n : pact.leftOut()) {
        startTestcase(xml, n.interaction(), suiteName, "0");
        xml.writeCharacters("\n    ");
        xml.writeEmptyElement("skipped");
        xml.writeAttribute("message", clean("not verified: " + n.reason()));
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      if (result.interrupted().isPresent()) {
        interruptedCase(xml, suiteName, result.interrupted().get());
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the JUnit report", e);
    }
    return out.append('\n').toString();
  }

  private static void interruptedCase(XMLStreamWriter xml, String suiteName, String how)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", "not verified: the run was interrupted");
    xml.writeAttribute("classname", clean(suiteName));
    xml.writeAttribute("time", "0");
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("error");
    xml.writeAttribute(
        "message",
        clean(how + " (Ctrl-C or SIGTERM): the interactions not listed were not verified"));
    xml.writeAttribute("type", "pact verification interrupted");
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void startTestcase(
      XMLStreamWriter xml,
      io.pactcontainers.model.Interaction interaction,
      String suiteName,
      String time)
      throws XMLStreamException {
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testcase");
    xml.writeAttribute(
        "name", clean(interaction.label() + ConsoleReport.given(interaction.providerStates())));
    xml.writeAttribute("classname", clean(suiteName));
    xml.writeAttribute("time", time);
  }

  private static String firstMismatch(InteractionResult.Failed f) {
    if (f.mismatches().isEmpty()) {
      return "failed";
    }
    Mismatch first = f.mismatches().get(0);
    int more = f.mismatches().size() - 1;
    return first.message() + (more > 0 ? " (and " + more + " more)" : "");
  }

  private static long count(PactResult pact, String outcome) {
    return pact.results().stream().filter(r -> !r.pending() && r.outcome().equals(outcome)).count();
  }

  private static void property(XMLStreamWriter xml, String name, String value)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeEmptyElement("property");
    xml.writeAttribute("name", name);
    xml.writeAttribute("value", clean(value));
  }

  /** Seconds as Surefire writes them: {@code 0.039}. */
  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.3f", d.toNanos() / 1e9);
  }

  /**
   * Replaces what XML 1.0 cannot hold (control characters but tab and line ends, lone surrogates).
   */
  static String clean(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pairStart =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (pairStart) {
        sb.append(c).append(s.charAt(++i));
      } else if (c == '\t'
          || c == '\n'
          || c == '\r'
          || (c >= 0x20 && c < 0xD800)
          || (c >= 0xE000 && c <= 0xFFFD)) {
        sb.append(c);
      } else {
        sb.append('\uFFFD');
      }
    }
    return sb.toString();
  }
}

package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import io.pactcontainers.json.TreeReader;
import io.pactcontainers.model.Body;
import io.pactcontainers.model.ContentTypes;
import io.pactcontainers.model.MatchingRule;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.RuleGroup;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Compares bodies, choosing how by the expected content type: JSON, XML, text, form, multipart,
 * binary.
 */
final class BodyMatcher {
  private final ObjectMapper mapper;
  private final RuleCheck check;
  private final io.pactcontainers.model.JsonLimits limits;

  BodyMatcher(ObjectMapper mapper, RuleCheck check, io.pactcontainers.model.JsonLimits limits) {
    this.mapper = mapper;
    this.check = check;
    this.limits = limits;
  }

  /**
   * @param expectedType the content type the pact declares (header, metadata or body), may be null
   * @param actualType the content type the provider declared, may be null
   */
  void compare(
      Body expected,
      String expectedType,
      Body actual,
      String actualType,
      Map<String, RuleGroup> bodyRules,
      List<Mismatch> out) {
    switch (expected.state()) {
      case MISSING:
        return;
      case EMPTY:
        if (actual.isPresent()) {
          out.add(
              new Mismatch.BodyMismatch(
                  "$",
                  "",
                  Describe.shorten(actual.asString()),
                  "$: expected an empty body, found "
                      + actual.content().length
                      + " bytes: "
                      + Describe.shorten(actual.asString())));
        }
        return;
      default:
        break;
    }
    if (!actual.isPresent()) {
      out.add(
          new Mismatch.BodyMismatch(
              "$",
              Describe.shorten(expected.asString()),
              "",
              "$: expected a body ("
                  + expected.content().length
                  + " bytes"
                  + (expectedType == null ? "" : " of " + expectedType)
                  + "), found "
                  + (actual.state() == Body.State.EMPTY ? "an empty body" : "no body")));
      return;
    }
    String type = expectedType != null ? expectedType : ContentTypes.detect(expected.content());
    String found = actualType != null ? actualType : ContentTypes.detect(actual.content());
    RuleResolver resolver = RuleResolver.of(bodyRules, ContentTypes.isXml(type));
    Optional<RuleResolver.Resolved> rootRule = resolver.resolve(DocPath.ROOT);
    Optional<MatchingRule.ContentType> contentTypeRule =
        rootRule.stream()
            .flatMap(r -> r.group().rules().stream())
            .filter(MatchingRule.ContentType.class::isInstance)
            .map(MatchingRule.ContentType.class::cast)
            .findFirst();
    if (contentTypeRule.isPresent()) {
      String detected = ContentTypes.detect(actual.content());
      String wanted = ContentTypes.base(contentTypeRule.get().contentType());
      boolean same =
          ContentTypes.base(detected).equals(wanted)
              || ContentTypes.base(found).equals(wanted)
                  && !detected.startsWith("image/")
                  && !detected.equals("application/pdf");
      if (!same) {
        out.add(
            new Mismatch.BodyMismatch(
                "$",
                wanted,
                detected,
                "$: expected a body of content type " + wanted + ", found " + detected));
      }
      return;
    }
    if (actualType != null && !sameFamily(type, found)) {
      out.add(
          new Mismatch.BodyTypeMismatch(
              ContentTypes.base(type),
              ContentTypes.base(found),
              "$: expected a body of content type "
                  + ContentTypes.base(type)
                  + ", found "
                  + ContentTypes.base(found)));
      return;
    }
    if (ContentTypes.isJson(type)) {
      json(expected, actual, resolver, out);
    } else if (ContentTypes.isXml(type)) {
      xml(expected, actual, resolver, out);
    } else if (ContentTypes.isForm(type)) {
      form(expected, actual, resolver, out);
    } else if (ContentTypes.isMultipart(type)) {
      new MultipartBodyMatcher(this).compare(expected, type, actual, found, bodyRules, out);
    } else if (ContentTypes.isText(type)) {
      text(expected, actual, resolver, out);
    } else if (!Arrays.equals(expected.content(), actual.content())) {
      out.add(
          new Mismatch.BodyMismatch(
              "$",
              expected.content().length + " bytes",
              actual.content().length + " bytes",
              "$: expected the binary body of "
                  + expected.content().length
                  + " bytes ("
                  + ContentTypes.base(type)
                  + "), found different content of "
                  + actual.content().length
                  + " bytes"));
    }
  }

  private static boolean sameFamily(String expected, String actual) {
    if (ContentTypes.isJson(expected)) {
      return ContentTypes.isJson(actual);
    }
    if (ContentTypes.isXml(expected)) {
      return ContentTypes.isXml(actual);
    }
    if (ContentTypes.isMultipart(expected) || ContentTypes.isForm(expected)) {
      return ContentTypes.base(expected).equals(ContentTypes.base(actual));
    }
    return true;
  }

  private void json(Body expected, Body actual, RuleResolver rules, List<Mismatch> out) {
    JsonNode e;
    JsonNode a;
    try {
      // A pact's JSON value is matched as read; other bodies (a string in the pact) are read here.
      e = expected.readJson(JsonNode.class, b -> TreeReader.readTree(mapper.getFactory(), b));
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException ex) {
      if (io.pactcontainers.json.JsonMappers.tooDeep(ex)) {
        throw new BodyTooLargeException(tooDeep("The pact's JSON body"));
      }
      throw new BodyTooLargeException(
          "The pact's JSON body ("
              + expected.content().length
              + " bytes) holds a value larger than the JSON size limit of "
              + limits.describe()
              + "; raise the limit to judge it");
    } catch (IOException ex) {
      out.add(
          new Mismatch.BodyMismatch(
              "$",
              expected.asString(),
              actual.asString(),
              "$: the pact's JSON body is not valid JSON: " + ex.getMessage()));
      return;
    }
    byte[] actualBytes = actual.content();
    if (actualBytes.length > 5 && actualBytes[0] == 0) {
      // Confluent schema registry framing: magic byte 0 and a 4-byte schema id before the JSON.
      actualBytes = Arrays.copyOfRange(actualBytes, 5, actualBytes.length);
    }
    try {
      a = TreeReader.readTree(mapper.getFactory(), actualBytes);
    } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException ex) {
      // Not a mismatch: the body may well be right, it is only larger than we were allowed to read.
      if (io.pactcontainers.json.JsonMappers.tooDeep(ex)) {
        throw new BodyTooLargeException(tooDeep("The provider's JSON body"));
      }
      throw new BodyTooLargeException(
          "The provider's JSON body ("
              + actualBytes.length
              + " bytes) holds a value larger than the"
              + " JSON size limit of "
              + limits.describe()
              + "; raise the limit to judge it");
    } catch (IOException ex) {
      out.add(
          new Mismatch.BodyMismatch(
              "$",
              Describe.shorten(expected.asString()),
              Describe.shorten(actual.asString()),
              "$: expected a JSON body, found content that is not valid JSON: "
                  + Describe.shorten(actual.asString())));
      return;
    }
    new JsonTreeMatcher(rules, check, out).compare(DocPath.ROOT, e, a);
  }

  private void xml(Body expected, Body actual, RuleResolver rules, List<Mismatch> out) {
    Element e;
    Element a;
    try {
      e = XmlBodyMatcher.parse(expected.content());
    } catch (Exception ex) {
      out.add(
          new Mismatch.BodyMismatch(
              "$",
              expected.asString(),
              actual.asString(),
              "$: the pact's XML body is not well-formed: " + ex.getMessage()));
      return;
    }
    try {
      a = XmlBodyMatcher.parse(actual.content());
    } catch (Exception ex) {
      out.add(
          new Mismatch.BodyMismatch(
              "$",
              Describe.shorten(expected.asString()),
              Describe.shorten(actual.asString()),
              "$: expected an XML body, found content that is not well-formed XML: "
                  + ex.getMessage()));
      return;
    }
    new XmlBodyMatcher(rules, check, out).compare(e, a);
  }

  void text(Body expected, Body actual, RuleResolver rules, List<Mismatch> out) {
    String e = expected.asString();
    String a = actual.asString();
    Optional<RuleResolver.Resolved> r = rules.resolve(DocPath.ROOT);
    if (r.isPresent()) {
      check
          .checkGroup(r.get().group(), TextNode.valueOf(e), TextNode.valueOf(a), true)
          .forEach(p -> out.add(new Mismatch.BodyMismatch("$", e, a, "$: " + p)));
    } else if (!e.equals(a)) {
      out.add(
          new Mismatch.BodyMismatch(
              "$",
              e,
              a,
              "$: expected the text \""
                  + Describe.shorten(e)
                  + "\", found \""
                  + Describe.shorten(a)
                  + "\""));
    }
  }

  private void form(Body expected, Body actual, RuleResolver rules, List<Mismatch> out) {
    JsonNode e = mapper.valueToTree(parseForm(expected.asString()));
    JsonNode a = mapper.valueToTree(parseForm(actual.asString()));
    new JsonTreeMatcher(rules, check, out).compare(DocPath.ROOT, e, a);
  }

  static Map<String, List<String>> parseForm(String body) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String pair : body.trim().split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
    }
    return out;
  }

  /** A body larger than the JSON size limit: the interaction errors, naming the limit. */
  private static String tooDeep(String body) {
    return body
        + " is nested deeper than "
        + io.pactcontainers.json.JsonMappers.MAX_NESTING_DEPTH
        + " levels, the most the JSON parser reads; it cannot be judged";
  }

  static final class BodyTooLargeException extends io.pactcontainers.PactContainersException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException(String message) {
      super(message);
    }
  }
}

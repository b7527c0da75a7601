package io.pactcontainers.matching;

import com.fasterxml.jackson.databind.node.TextNode;
import io.pactcontainers.model.MatchingRule;
import io.pactcontainers.model.Mismatch;
import io.pactcontainers.model.RuleGroup;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Compares XML bodies. Elements and attributes are compared by namespace URI and local name (so
 * prefixes may differ); paths are {@code $.root.child['@attr']} and {@code $.root.child['#text']},
 * without indices, and rules' indices are ignored for XML.
 */
final class XmlBodyMatcher {
  private final RuleResolver rules;
  private final RuleCheck check;
  private final List<Mismatch> out;

  XmlBodyMatcher(RuleResolver rules, RuleCheck check, List<Mismatch> out) {
    this.rules = rules;
    this.check = check;
    this.out = out;
  }

  static Element parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setErrorHandler(null);
    return b.parse(new ByteArrayInputStream(xml)).getDocumentElement();
  }

  void compare(Element expected, Element actual) {
    compareElement(DocPath.ROOT, expected, actual);
  }

  private static String name(Node n) {
    return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
  }

  private static String qualified(Node n) {
    return n.getNamespaceURI() == null ? name(n) : "{" + n.getNamespaceURI() + "}" + name(n);
  }

  private void compareElement(DocPath parent, Element expected, Element actual) {
    DocPath path = parent.field(name(expected));
    if (!qualified(expected).equals(qualified(actual))) {
      out.add(
          new Mismatch.BodyMismatch(
              path.toString(),
              qualified(expected),
              qualified(actual),
              path
                  + ": expected element <"
                  + qualified(expected)
                  + ">, found <"
                  + qualified(actual)
                  + ">"));
      return;
    }
    Optional<RuleResolver.Resolved> resolved = rules.resolve(path);
    compareAttributes(path, expected, actual);
    List<Element> expectedChildren = children(expected);
    List<Element> actualChildren = children(actual);
    boolean template = resolved.map(r -> r.group().isTypeLike()).orElse(false);
    if (template && !expectedChildren.isEmpty()) {
      resolved
          .filter(RuleResolver.Resolved::direct)
          .ifPresent(r -> checkCount(path, r.group(), actualChildren.size()));
      for (int i = 0; i < actualChildren.size(); i++) {
        Element a = actualChildren.get(i);
        Element e =
            i < expectedChildren.size() && qualified(expectedChildren.get(i)).equals(qualified(a))
                ? expectedChildren.get(i)
                : expectedChildren.get(0);
        compareElement(path, e, a);
      }
    } else {
      compareChildGroups(path, expectedChildren, actualChildren);
    }
    if (expectedChildren.isEmpty() || !text(expected).isEmpty()) {
      compareValue(path.field("#text"), text(expected), text(actual));
    }
  }

  private void checkCount(DocPath path, RuleGroup group, int count) {
    for (MatchingRule r : group.rules()) {
      if (r instanceof MatchingRule.MinMaxType m) {
        if (m.min() >= 0 && count < m.min() || m.max() >= 0 && count > m.max()) {
          out.add(
              new Mismatch.BodyMismatch(
                  path.toString(),
                  r.name(),
                  String.valueOf(count),
                  path
                      + ": expected "
                      + (m.min() >= 0 ? "at least " + m.min() : "")
                      + (m.min() >= 0 && m.max() >= 0 ? " and " : "")
                      + (m.max() >= 0 ? "at most " + m.max() : "")
                      + " child elements, found "
                      + count));
        }
      }
    }
  }

  private void compareChildGroups(DocPath path, List<Element> expected, List<Element> actual) {
    Map<String, List<Element>> expectedGroups = group(expected);
    Map<String, List<Element>> actualGroups = group(actual);
    expectedGroups.forEach(
        (qname, es) -> {
          List<Element> as = actualGroups.getOrDefault(qname, List.of());
          if (as.size() < es.size()) {
            DocPath p = path.field(name(es.get(0)));
            out.add(
                new Mismatch.BodyMismatch(
                    p.toString(),
                    String.valueOf(es.size()),
                    String.valueOf(as.size()),
                    p
                        + ": expected "
                        + es.size()
                        + " <"
                        + qname
                        + "> element"
                        + (es.size() == 1 ? "" : "s")
                        + ", found "
                        + as.size()));
          }
          for (int i = 0; i < Math.min(es.size(), as.size()); i++) {
            compareElement(path, es.get(i), as.get(i));
          }
        });
  }

  private void compareAttributes(DocPath path, Element expected, Element actual) {
    NamedNodeMap attrs = expected.getAttributes();
    for (int i = 0; i < attrs.getLength(); i++) {
      Attr attr = (Attr) attrs.item(i);
      if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())) {
        continue;
      }
      DocPath p = path.field("@" + name(attr));
      Attr found =
          attr.getNamespaceURI() == null
              ? actual.getAttributeNodeNS(null, name(attr))
              : actual.getAttributeNodeNS(attr.getNamespaceURI(), name(attr));
      if (found == null) {
        out.add(
            new Mismatch.BodyMismatch(
                p.toString(),
                attr.getValue(),
                "",
                p
                    + ": expected attribute "
                    + name(attr)
                    + "=\""
                    + attr.getValue()
                    + "\", but it was missing"));
      } else {
        compareValue(p, attr.getValue(), found.getValue());
      }
    }
  }

  private void compareValue(DocPath path, String expected, String actual) {
    Optional<RuleResolver.Resolved> resolved = rules.resolve(path);
    if (resolved.isEmpty()) {
      if (!Objects.equals(expected, actual)) {
        out.add(
            new Mismatch.BodyMismatch(
                path.toString(),
                expected,
                actual,
                path + ": expected \"" + expected + "\", found \"" + actual + "\""));
      }
      return;
    }
    check
        .checkGroup(
            resolved.get().group(), TextNode.valueOf(expected), TextNode.valueOf(actual), true)
        .forEach(
            p ->
                out.add(
                    new Mismatch.BodyMismatch(path.toString(), expected, actual, path + ": " + p)));
  }

  private static List<Element> children(Element e) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element child) {
        out.add(child);
      }
    }
    return out;
  }

  private static Map<String, List<Element>> group(List<Element> elements) {
    Map<String, List<Element>> out = new LinkedHashMap<>();
    for (Element e : elements) {
      out.computeIfAbsent(qualified(e), k -> new ArrayList<>()).add(e);
    }
    return out;
  }

  private static String text(Element e) {
    StringBuilder sb = new StringBuilder();
    NodeList nodes = e.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node n = nodes.item(i);
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        sb.append(n.getNodeValue());
      }
    }
    return sb.toString().trim();
  }
}

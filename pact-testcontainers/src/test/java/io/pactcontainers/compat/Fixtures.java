package io.pactcontainers.compat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Reads the compatibility suite's fixtures ("file: x.json", "JSON: {...}", "XML: ...", plain text).
 */
final class Fixtures {
  record Content(byte[] bytes, String contentType) {}

  private Fixtures() {}

  static Path dir() {
    return Paths.get(
        System.getProperty(
            "pact.compat.fixtures", "../../shared/pact-compatibility-suite/fixtures"));
  }

  static Content content(String spec) {
    try {
      if (spec.startsWith("file: ")) {
        String name = spec.substring("file: ".length()).trim();
        Path file = dir().resolve(name);
        if (name.endsWith("-body.xml")) {
          return bodyXml(Files.readString(file, StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(file);
        return new Content(bytes, typeOf(name));
      }
      if (spec.startsWith("JSON: ")) {
        return new Content(spec.substring(6).getBytes(StandardCharsets.UTF_8), "application/json");
      }
      if (spec.startsWith("XML: ")) {
        return new Content(spec.substring(5).getBytes(StandardCharsets.UTF_8), "application/xml");
      }
      return new Content(spec.getBytes(StandardCharsets.UTF_8), "text/plain");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read fixture " + spec, e);
    }
  }

  static String text(String name) {
    try {
      return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read fixture " + name, e);
    }
  }

  private static String typeOf(String name) {
    if (name.endsWith(".json")) {
      return "application/json";
    }
    if (name.endsWith(".xml")) {
      return "application/xml";
    }
    if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return "image/jpeg";
    }
    if (name.endsWith(".pdf")) {
      return "application/pdf";
    }
    return "application/octet-stream";
  }

  private static Content bodyXml(String xml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      Document doc = f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
      Element root = doc.getDocumentElement();
      String type =
          root.getElementsByTagName("contentType").getLength() > 0
              ? root.getElementsByTagName("contentType").item(0).getTextContent().trim()
              : null;
      Element contents = (Element) root.getElementsByTagName("contents").item(0);
      String text = contents.getTextContent();
      text = text.replaceFirst("^\\s*\\n", "").replaceFirst("\\n\\s*$", "");
      if ("base64".equals(contents.getAttribute("encoding"))) {
        return new Content(
            java.util.Base64.getMimeDecoder().decode(text.trim()),
            type == null ? "application/octet-stream" : type);
      }
      if ("CRLF".equals(contents.getAttribute("eol"))) {
        text = text.replace("\r\n", "\n").replace("\n", "\r\n");
      }
      return new Content(text.getBytes(StandardCharsets.UTF_8), type == null ? "text/plain" : type);
    } catch (Exception e) {
      throw new IllegalStateException("cannot parse body fixture", e);
    }
  }
}

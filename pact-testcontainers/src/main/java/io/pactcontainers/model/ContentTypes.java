package io.pactcontainers.model;

import java.util.Locale;

/** What a content type says about how to compare a body. */
public final class ContentTypes {
  private ContentTypes() {}

  /**
   * The media type without parameters, lower case: {@code application/json}.
   *
   * @param contentType a Content-Type value, or null
   * @return the media type; "" for null
   */
  public static String base(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.substring(0, semi))
        .trim()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Whether bodies of this type are compared as JSON ({@code application/json}, {@code +json}).
   *
   * @param contentType a Content-Type value, or null
   * @return true for JSON
   */
  public static boolean isJson(String contentType) {
    String b = base(contentType);
    return b.equals("application/json")
        || b.endsWith("+json")
        || b.endsWith("/json")
        || b.equals("application/hal+json")
        || b.startsWith("application/json");
  }

  /**
   * Whether bodies of this type are compared as XML.
   *
   * @param contentType a Content-Type value, or null
   * @return true for XML
   */
  public static boolean isXml(String contentType) {
    String b = base(contentType);
    return b.endsWith("/xml") || b.endsWith("+xml");
  }

  /**
   * Whether bodies of this type are text.
   *
   * @param contentType a Content-Type value, or null
   * @return true for {@code text/*} other than XML
   */
  public static boolean isText(String contentType) {
    String b = base(contentType);
    return b.startsWith("text/") && !isXml(contentType);
  }

  /**
   * Whether bodies of this type are URL-encoded forms.
   *
   * @param contentType a Content-Type value, or null
   * @return true for {@code application/x-www-form-urlencoded}
   */
  public static boolean isForm(String contentType) {
    return base(contentType).equals("application/x-www-form-urlencoded");
  }

  /**
   * Whether bodies of this type are multipart.
   *
   * @param contentType a Content-Type value, or null
   * @return true for {@code multipart/*}
   */
  public static boolean isMultipart(String contentType) {
    return base(contentType).startsWith("multipart/");
  }

  /**
   * Guesses a content type for text that nothing declared.
   *
   * @param text the body
   * @return {@code application/json}, {@code application/xml} or {@code text/plain}
   */
  public static String detect(String text) {
    String t = text.stripLeading();
    if (t.startsWith("<?xml") || t.startsWith("<") && t.endsWith(">")) {
      return "application/xml";
    }
    if (t.startsWith("{") || t.startsWith("[")) {
      return "application/json";
    }
    return "text/plain";
  }

  /**
   * Guesses a content type from a body's first bytes (magic numbers), for binary bodies.
   *
   * @param bytes the body
   * @return the type the bytes show, or {@code application/octet-stream}
   */
  public static String detect(byte[] bytes) {
    if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (startsWith(bytes, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (startsWith(bytes, 'G', 'I', 'F', '8')) {
      return "image/gif";
    }
    if (startsWith(bytes, '%', 'P', 'D', 'F')) {
      return "application/pdf";
    }
    if (startsWith(bytes, 'P', 'K', 3, 4)) {
      return "application/zip";
    }
    for (byte b : bytes) {
      if (b == 0) {
        return "application/octet-stream";
      }
    }
    return detect(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}

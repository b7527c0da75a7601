package io.pactcontainers.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Jackson set up the way every reader of this library needs it. Internal (not exported): the API
 * speaks of sizes ({@code JsonLimits}), never of Jackson's types.
 *
 * <p>Only Jackson 2.15's API is used: the JUnit 5 front end runs on the Jackson of the user's test
 * class path, and Spring Boot 3.1 and 3.2 manage 2.15 (scripts/check-boms.sh builds the JUnit 5
 * example under each Spring Boot BOM). What later versions add is found at run time here, or done
 * by hand.
 */
public final class JsonMappers {
  /**
   * The deepest nesting of arrays and objects read: Jackson's own default, set here so that a
   * message can name it.
   */
  public static final int MAX_NESTING_DEPTH = 1000;

  /**
   * {@code StreamReadConstraints.Builder.maxDocumentLength(long)}, Jackson 2.16's; null before. A
   * reflected method rather than a method handle: on Java 17 its first calls need no class spun for
   * a lambda form, which a cold run's pact read would otherwise wait for.
   */
  private static final Method MAX_DOCUMENT_LENGTH = maxDocumentLength();

  private JsonMappers() {}

  /**
   * Whether a limit hit is the nesting depth rather than a size: a pact 1,001 levels deep is not
   * larger than 200 MB, and raising the size limit would not read it.
   *
   * @param e what the parser threw
   * @return true for {@link #MAX_NESTING_DEPTH}
   */
  public static boolean tooDeep(StreamConstraintsException e) {
    // Jackson says which constraint only in words: "Document nesting depth (1001) exceeds ...".
    return e.getMessage() != null && e.getMessage().contains("nesting depth");
  }

  /**
   * A mapper that reads numbers exactly as written, within {@code maxBytes}: decimals as {@code
   * BigDecimal}, 1.0 kept as 1.0 (Jackson would strip it to 1: it is not the integer 1, and
   * messages show it as written). What the matchers read bodies with.
   */
  public static ObjectMapper exactNumbers(long maxBytes) {
    return limitedTo(
        new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false),
        maxBytes);
  }

  /**
   * The mapper, reading strings and whole documents up to {@code maxBytes} (Jackson's own default
   * stops at a 20 MB string and calls larger bodies "invalid JSON").
   */
  public static ObjectMapper limitedTo(ObjectMapper mapper, long maxBytes) {
    mapper.getFactory().setStreamReadConstraints(constraints(maxBytes));
    return mapper;
  }

  private static StreamReadConstraints constraints(long maxBytes) {
    StreamReadConstraints.Builder limits =
        StreamReadConstraints.builder()
            .maxStringLength((int) Math.min(maxBytes, Integer.MAX_VALUE - 1))
            .maxNestingDepth(MAX_NESTING_DEPTH);
    if (MAX_DOCUMENT_LENGTH != null) {
      // Jackson 2.15 has no document limit: there, a string is the largest thing refused.
      try {
        limits = (StreamReadConstraints.Builder) MAX_DOCUMENT_LENGTH.invoke(limits, maxBytes);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("Jackson refused a document length limit", e);
      }
    }
    return limits.build();
  }

  /**
   * A parser factory reading strings and whole documents up to {@code maxBytes}, as {@link
   * #limitedTo} sets a mapper's: for reading a pact without setting up a mapper.
   *
   * @param maxBytes the largest document and string read
   * @return the factory
   */
  public static JsonFactory limitedFactory(long maxBytes) {
    JsonFactory factory = new JsonFactory();
    factory.setStreamReadConstraints(constraints(maxBytes));
    return factory;
  }

  private static Method maxDocumentLength() {
    try {
      return StreamReadConstraints.Builder.class.getMethod("maxDocumentLength", long.class);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  /**
   * The value as JSON in UTF-8, a character outside the BMP (an emoji) written as its four UTF-8
   * bytes, as a pact has it. Jackson writes the escapes {@code &#92;uD83D&#92;uDE00} instead (the
   * same JSON, other bytes on the wire) unless told otherwise, which only 2.18 and later can be
   * ({@code COMBINE_UNICODE_SURROGATES_IN_UTF8}); this writes the same bytes on every version. A
   * lone surrogate has no UTF-8 form and stays escaped, as it does under that feature.
   *
   * @param mapper the mapper that writes
   * @param value a tree or a string
   * @return the bytes
   * @throws JsonProcessingException when Jackson cannot write the value
   */
  public static byte[] utf8(ObjectMapper mapper, Object value) throws JsonProcessingException {
    return combineSurrogates(mapper.writeValueAsBytes(value));
  }

  /**
   * A tree as {@link #utf8} writes it, byte for byte, with a mapper left at Jackson's serialization
   * defaults (as the pact reader's is): written straight to a generator, without the serializer
   * provider and look-ups Jackson sets up for each value, which made writing the bodies a sixth of
   * the time to read a big pact.
   *
   * @param factory the factory of the mapper's generators (a default mapper adds no settings)
   * @param tree a tree as Jackson reads JSON
   * @return the bytes
   * @throws JsonProcessingException when Jackson cannot write the value
   */
  public static byte[] utf8Tree(JsonFactory factory, JsonNode tree) throws JsonProcessingException {
    if (!TreeWriter.writable(tree)) {
      return utf8(new ObjectMapper(), tree); // not a parsed tree: Jackson writes it
    }
    try {
      return combineSurrogates(TreeWriter.write(factory, tree));
    } catch (JsonProcessingException e) {
      throw e;
    } catch (java.io.IOException e) {
      // Into memory: only Jackson's own complaints can come.
      throw new IllegalStateException(e);
    }
  }

  /** Writes trees: writing needs none of the read limits. */
  private static final JsonFactory TREE_WRITER = new JsonFactory();

  /**
   * A tree read from a pact, as {@link #utf8Tree(JsonFactory, JsonNode)} writes it.
   *
   * @param tree a tree read within {@link #MAX_NESTING_DEPTH}, which Jackson always writes
   * @return the bytes
   */
  public static byte[] utf8Tree(JsonNode tree) {
    try {
      return utf8Tree(TREE_WRITER, tree);
    } catch (JsonProcessingException e) {
      // Jackson's write limits are its read limits, which the tree was read within.
      throw new IllegalStateException("cannot write a JSON tree that was read: " + e, e);
    }
  }

  /**
   * Jackson's output with each escaped surrogate pair replaced by the character's UTF-8 bytes. A
   * backslash in Jackson's output only ever starts an escape in a string, so an escape is stepped
   * over whole: an escaped backslash followed by "uD83D" is left alone.
   */
  static byte[] combineSurrogates(byte[] json) {
    int i = 0;
    while (i < json.length && json[i] != '\\') {
      i++;
    }
    if (i == json.length) {
      return json; // the common case: nothing escaped
    }
    byte[] out = new byte[json.length]; // 12 bytes become 4: never longer
    System.arraycopy(json, 0, out, 0, i);
    int o = i;
    while (i < json.length) {
      if (json[i] != '\\') {
        out[o++] = json[i++];
        continue;
      }
      int c = escapedPairAt(json, i);
      if (c < 0) {
        int escape = Math.min(2, json.length - i);
        System.arraycopy(json, i, out, o, escape);
        o += escape;
        i += escape;
        continue;
      }
      out[o++] = (byte) (0xF0 | c >> 18);
      out[o++] = (byte) (0x80 | (c >> 12 & 0x3F));
      out[o++] = (byte) (0x80 | (c >> 6 & 0x3F));
      out[o++] = (byte) (0x80 | (c & 0x3F));
      i += 12;
    }
    return Arrays.copyOf(out, o);
  }

  /** The code point escaped as a surrogate pair at {@code at}, or -1. */
  private static int escapedPairAt(byte[] json, int at) {
    if (at + 12 > json.length
        || json[at + 1] != 'u'
        || json[at + 6] != '\\'
        || json[at + 7] != 'u') {
      return -1;
    }
    int high = hex4(json, at + 2);
    int low = hex4(json, at + 8);
    return Character.isHighSurrogate((char) high) && Character.isLowSurrogate((char) low)
        ? Character.toCodePoint((char) high, (char) low)
        : -1;
  }

  /** Four hex digits as a number, or -1 (not a surrogate) when they are not hex. */
  private static int hex4(byte[] json, int at) {
    int v = 0;
    for (int k = at; k < at + 4; k++) {
      int d = Character.digit(json[k], 16);
      if (d < 0) {
        return -1;
      }
      v = v << 4 | d;
    }
    return v;
  }
}

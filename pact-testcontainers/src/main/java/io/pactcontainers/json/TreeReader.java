package io.pactcontainers.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a JSON value into the tree the mapper of {@link JsonMappers#exactNumbers} would make of it,
 * straight from the parser: no deserialization context, root deserializer lookup or node
 * deserializer per document. The pact's trees are read this way, and the bodies matched against
 * them (two per interaction), so that one small reader is what the JIT compiles for both.
 *
 * <p>The same nodes as the mapper's ({@code USE_BIG_DECIMAL_FOR_FLOATS}, trailing zeros kept):
 * integers as IntNode, LongNode or BigIntegerNode by size, decimals as DecimalNode of the number as
 * written, a repeated field's last value in the first one's place. The parser keeps the limits
 * (string length, nesting depth).
 */
public final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeReader() {}

  /**
   * A whole document, as {@code ObjectMapper.readTree(byte[])} reads it with that mapper: nothing
   * but white space is a missing node, and what follows the first value is not read (the mapper
   * does not fail on trailing tokens unless told to).
   *
   * @param factory the mapper's factory, whose limits the parser keeps
   * @param json the document
   * @return its tree
   * @throws IOException when it is not JSON, or breaks a limit
   */
  public static JsonNode readTree(JsonFactory factory, byte[] json) throws IOException {
    try (JsonParser p = factory.createParser(json)) {
      if (p.nextToken() == null) {
        return MissingNode.getInstance();
      }
      return read(p);
    }
  }

  /**
   * The value whose first token the parser is on; the parser is left on its last token.
   *
   * @param p the parser, on a value's first token
   * @return the value's tree
   * @throws IOException when the parser finds no JSON, or a limit is broken
   */
  public static JsonNode read(JsonParser p) throws IOException {
    switch (p.currentToken()) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          object.replace(name, read(p));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (p.nextToken() != com.fasterxml.jackson.core.JsonToken.END_ARRAY) {
          array.add(read(p));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
      case VALUE_NUMBER_FLOAT:
        return DecimalNode.valueOf(p.getDecimalValue());
      case VALUE_TRUE:
        return BooleanNode.TRUE;
      case VALUE_FALSE:
        return BooleanNode.FALSE;
      case VALUE_NULL:
        return NullNode.getInstance();
      default:
        throw new com.fasterxml.jackson.core.JsonParseException(
            p, "not a JSON value: " + p.currentToken());
    }
  }
}

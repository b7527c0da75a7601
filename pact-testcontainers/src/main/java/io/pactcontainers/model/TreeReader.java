package io.pactcontainers.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a JSON value into the tree the pact reader's mapper would make of it, straight from the
 * parser: no ObjectMapper (whose set-up, ~500 classes, now happens on the warm-up's core while the
 * pact is read) and no deserialization context per interaction.
 *
 * <p>The same nodes as the mapper's ({@code USE_BIG_DECIMAL_FOR_FLOATS}, trailing zeros kept):
 * integers as IntNode, LongNode or BigIntegerNode by size, decimals as DecimalNode of the number as
 * written, a repeated field's last value in the first one's place. The parser keeps the limits
 * (string length, nesting depth).
 */
final class TreeReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeReader() {}

  /** The value whose first token the parser is on; the parser is left on its last token. */
  static JsonNode read(JsonParser p) throws IOException {
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

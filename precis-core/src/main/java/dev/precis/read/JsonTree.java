package dev.precis.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * JSON read into Jackson's trees by the streaming parser alone, as {@code ObjectMapper.readTree}
 * and {@code JsonParser.readValueAsTree} read them with their defaults: the last of repeated keys
 * wins; integers are int, long or big-integer nodes by size, other numbers doubles; what follows
 * the first value is not read. Why not an {@code ObjectMapper}: building one costs a process tens
 * of milliseconds of cold code, which every command that read a JSON article, a page's JSON-LD or
 * a dataset paid before its first summary. The parser's nesting limit (1,000) bounds the recursion.
 *
 * <pre>{@code
 * JsonNode article = JsonTree.read("{\"id\": \"a1\", \"text\": \"Dock workers struck.\"}");
 *
 * // inside the read layer, value by value:
 * try (JsonParser parser = JsonTree.FACTORY.createParser(text)) {
 *   JsonNode first = JsonTree.read(parser);    // the first value
 *   JsonToken next = parser.nextToken();       // what follows it, null at the end
 * }
 * }</pre>
 */
public final class JsonTree {
  /** The parser factory of the read layer; thread-safe, and configured nowhere else. */
  static final JsonFactory FACTORY = new JsonFactory();
  /** The factory of tree nodes. */
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /**
   * What is wrong with text that is not JSON, for a reader: the parser's first line, without its
   * description of the input (which means nothing to the reader), at most 160 characters. Where
   * it is, the caller says in its own terms.
   */
  public static String problem(JsonProcessingException e) {
    String detail = e.getOriginalMessage();
    detail = detail == null ? "" : detail.lines().findFirst().orElse("");
    detail = detail.replaceAll("\\s*\\(start marker at \\[Source.*$", "")
        .replaceAll("\\s*at \\[Source.*$", "");
    return detail.length() > 160 ? detail.substring(0, 157) + "..." : detail;
  }

  /**
   * The first JSON value of {@code text}, or a missing node when it holds none.
   *
   * @throws com.fasterxml.jackson.core.JsonProcessingException for text that is not JSON
   */
  public static JsonNode read(String text) throws IOException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      return first == null ? MissingNode.getInstance() : value(parser, first);
    }
  }

  /**
   * The value at the parser, as {@code readValueAsTree} reads it: from the current token, or from
   * the next when there is none; null when the input has no more. The current token is cleared
   * after the value, so that {@code nextToken} gives what follows it. On a field name it reads the
   * rest of that object, and on an object's or array's end a null node, as Jackson does.
   *
   * @throws com.fasterxml.jackson.core.JsonProcessingException for text that is not JSON
   */
  static JsonNode read(JsonParser parser) throws IOException {
    JsonToken token = parser.currentToken() != null ? parser.currentToken() : parser.nextToken();
    if (token == null) {
      return null;
    }
    JsonNode value = value(parser, token);
    parser.clearCurrentToken();
    return value;
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT -> {
        return fields(parser, parser.nextFieldName());
      }
      case FIELD_NAME -> {
        return fields(parser, parser.currentName());
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser, t));
        }
        return array;
      }
      case VALUE_STRING -> {
        return NODES.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return switch (parser.getNumberType()) {
          case INT -> NODES.numberNode(parser.getIntValue());
          case LONG -> NODES.numberNode(parser.getLongValue());
          default -> NODES.numberNode(parser.getBigIntegerValue());
        };
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(parser.getDoubleValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL, END_OBJECT, END_ARRAY -> {
        return NODES.nullNode();
      }
      default -> throw new JsonParseException(parser, "not a JSON value: " + token);
    }
  }

  /**
   * The fields of an object from the one named {@code first} (null for none) to its end: names
   * read with {@code nextFieldName}, as Jackson reads them, so that a missing value is reported in
   * Jackson's own words.
   */
  private static ObjectNode fields(JsonParser parser, String first) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (String name = first; name != null; name = parser.nextFieldName()) {
      object.set(name, value(parser, parser.nextToken()));
    }
    return object;
  }
}

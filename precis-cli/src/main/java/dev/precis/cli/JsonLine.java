package dev.precis.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * JSON lines of a dataset run (one cluster's summary a line), made and written with Jackson's
 * streaming classes alone. Why not an {@code ObjectMapper}: building one costs a process tens of
 * milliseconds of cold code, which a run over a dataset paid before its first line. The bytes are
 * those {@code ObjectMapper.writeValueAsString} writes of the same tree.
 *
 * <pre>{@code
 * ObjectNode line = JsonNodeFactory.instance.objectNode();
 * line.put("id", "d30001");
 * line.set("parameters", JsonLine.object(summary.parameters()));
 * writer.write(JsonLine.write(line));   // {"id":"d30001","parameters":{...}}
 * }</pre>
 */
final class JsonLine {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory JSON = new JsonFactory();

  private JsonLine() {}

  /**
   * {@code values} as an object, as {@code ObjectMapper.valueToTree} makes it, for the values a
   * summary's parameters hold: null, {@code String}, {@code Character}, {@code Boolean}, {@code
   * Byte}, {@code Short}, {@code Integer}, {@code Long}, {@code Float}, {@code Double}, an enum
   * (by its name), and collections and maps of these.
   *
   * @throws IllegalArgumentException for a null key or a value of any other type, named
   */
  static ObjectNode object(Map<?, ?> values) {
    ObjectNode object = NODES.objectNode();
    values.forEach((key, value) -> {
      if (key == null) {
        throw new IllegalArgumentException("a JSON line's keys are never null");
      }
      object.set(key.toString(), node(value));
    });
    return object;
  }

  private static JsonNode node(Object value) {
    return switch (value) {
      case null -> NODES.nullNode();
      case String s -> NODES.textNode(s);
      case Character c -> NODES.textNode(c.toString());
      case Boolean b -> NODES.booleanNode(b);
      case Byte b -> NODES.numberNode(b.intValue());
      case Short h -> NODES.numberNode(h.intValue());
      case Integer i -> NODES.numberNode(i.intValue());
      case Long l -> NODES.numberNode(l.longValue());
      case Double d -> NODES.numberNode(d.doubleValue());
      case Float f -> NODES.numberNode(f.floatValue());
      case Enum<?> e -> NODES.textNode(e.name());
      case Map<?, ?> map -> object(map);
      case Collection<?> items -> {
        var array = NODES.arrayNode();
        items.forEach(item -> array.add(node(item)));
        yield array;
      }
      default -> throw new IllegalArgumentException("cannot write a "
          + value.getClass().getSimpleName() + " in a JSON line");
    };
  }

  /** {@code node} as compact JSON, without a line end. */
  static String write(JsonNode node) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = JSON.createGenerator(out)) {
      write(generator, node);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter throws none
    }
    return out.toString();
  }

  private static void write(JsonGenerator g, JsonNode node) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          g.writeFieldName(field.getKey());
          write(g, field.getValue());
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode item : node) {
          write(g, item);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NULL -> g.writeNull();
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> g.writeNumber(node.intValue());
          case LONG -> g.writeNumber(node.longValue());
          case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
          case FLOAT -> g.writeNumber(node.floatValue());
          case DOUBLE -> g.writeNumber(node.doubleValue());
          case BIG_DECIMAL -> g.writeNumber(node.decimalValue());
        }
      }
      default -> throw new IllegalArgumentException("cannot write a " + node.getNodeType()
          + " node in a JSON line");
    }
  }
}

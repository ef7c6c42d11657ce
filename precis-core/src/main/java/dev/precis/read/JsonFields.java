package dev.precis.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.text.ArticleDates;
import java.util.Locale;
import java.util.Objects;

/**
 * The optional fields of a JSON object (an article, or a file sent to the service), read the same
 * way wherever they arrive (files and standard input here, the service's requests): a string is
 * stripped and a blank one counts as absent; an article's date may be a number, which is written
 * as {@link ArticleDates#ofNumber} writes it. A field of another type is reported through the
 * caller's {@link WrongType}, so that each says where in its own terms (a file's line, a
 * request's path).
 *
 * <pre>{@code
 * JsonFields fields = new JsonFields(node,
 *     (field, expected, value) -> new PrecisException(field + " should be " + expected));
 * String title = fields.string("title");
 * String date = fields.date();
 * }</pre>
 */
public final class JsonFields {
  /** What a field of the wrong type is reported as. */
  @FunctionalInterface
  public interface WrongType {
    RuntimeException of(String field, String expected, JsonNode value);
  }

  private final JsonNode node;
  private final WrongType wrongType;

  public JsonFields(JsonNode node, WrongType wrongType) {
    this.node = Objects.requireNonNull(node, "node");
    this.wrongType = Objects.requireNonNull(wrongType, "wrongType");
  }

  /** The stripped string value of {@code field}; null when absent, JSON null or blank. */
  public String string(String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw wrongType.of(field, "a string", value);
    }
    String text = value.textValue().strip();
    return text.isEmpty() ? null : text;
  }

  /**
   * The date as written; a number as {@link ArticleDates#ofNumber} writes it. A date that cannot
   * be read is kept as written, and the article counts as undated.
   */
  public String date() {
    JsonNode value = node.get("date");
    if (value != null && value.isNumber()) {
      return value.canConvertToExactIntegral() && value.canConvertToLong()
          ? ArticleDates.ofNumber(value.longValue())
          : value.asText();
    }
    if (value != null && !value.isNull() && !value.isTextual()) {
      throw wrongType.of("date", "a string or a number", value);
    }
    return string("date");
  }

  /** What a value is, as a message names it: "an array", "a string", "null". */
  public static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}

package dev.precis.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles from JSON and JSON lines.
 *
 * <p>An article is an object with a required {@code text} and optional string fields {@code id},
 * {@code title}, {@code date}, {@code url}, {@code source} and {@code byline}; other fields are
 * ignored. An id may also be a number, and a date a number of seconds or milliseconds since 1970.
 * Every error names the file and the line, because JSON files are often long and machine-written.
 */
final class JsonArticles {
  /** An article object and the line it starts on. */
  private record Item(JsonNode node, int line) {}

  private JsonArticles() {}

  /**
   * Articles read from one document, and how many of them had no id and were given one: a
   * reader says so, as ids matter downstream (attribution, stories, the service's store).
   */
  record Parsed(List<Article> articles, int withoutId) {}

  /**
   * A {@code .json} document: one article object, an array of them, {@code {"articles": [...]}},
   * or several of these one after another (so that sniffed standard input may be JSON lines too).
   * Articles without an id get the file's stem, or {@code stem-N} when the file holds several.
   */
  static List<Article> parseJson(String text, String name, String stem) {
    return readJson(text, name, stem).articles();
  }

  /** {@link #parseJson}, counting the articles that were given an id. */
  static Parsed readJson(String text, String name, String stem) {
    List<Item> items = new ArrayList<>();
    try (JsonParser parser = JsonTree.FACTORY.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        int line = line(parser.currentTokenLocation());
        switch (token) {
          case START_ARRAY -> readArray(parser, name, items);
          case START_OBJECT -> readTopObject(parser, name, line, items);
          default ->
              throw error(name, line, "expected an article object or an array of them, found "
                  + describe(token));
        }
      }
    } catch (JsonProcessingException e) {
      throw invalidJson(name, line(e.getLocation()), e);
    } catch (IOException e) {
      // Parsing a String does no I/O; this cannot happen.
      throw new UncheckedIOException(e);
    }
    if (items.isEmpty()) {
      throw new PrecisException(name + " contains no articles");
    }
    List<Article> articles = new ArrayList<>(items.size());
    int withoutId = 0;
    for (int i = 0; i < items.size(); i++) {
      String defaultId = items.size() == 1 ? stem : stem + "-" + (i + 1);
      articles.add(toArticle(items.get(i), name, defaultId));
      withoutId += hasId(items.get(i).node()) ? 0 : 1;
    }
    return new Parsed(articles, withoutId);
  }

  private static boolean hasId(JsonNode node) {
    JsonNode id = node.get("id");
    return id != null && !id.isNull() && !id.asText().isBlank();
  }

  /**
   * A {@code .jsonl} document: one article object per line, blank lines skipped. Articles without
   * an id get {@code stem-LINE}.
   */
  static List<Article> parseJsonLines(String text, String name, String stem) {
    return readJsonLines(text, name, stem).articles();
  }

  /** {@link #parseJsonLines}, counting the articles that were given an id. */
  static Parsed readJsonLines(String text, String name, String stem) {
    List<Article> articles = new ArrayList<>();
    int withoutId = 0;
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      int line = i + 1;
      JsonNode node = readLine(lines[i], name, line);
      if (node == null || !node.isObject()) {
        throw error(name, line, "expected an article object, found "
            + (node == null ? "nothing" : JsonFields.kind(node)));
      }
      articles.add(toArticle(new Item(node, line), name, stem + "-" + line));
      withoutId += hasId(node) ? 0 : 1;
    }
    if (articles.isEmpty()) {
      throw new PrecisException(name + " contains no articles");
    }
    return new Parsed(articles, withoutId);
  }

  /**
   * One line of a JSON-lines file as an article, as {@link #readJsonLines} reads it; null for a
   * blank line.
   *
   * @throws PrecisException naming the file and line when the line is not an article
   */
  static Article parseLine(String text, String name, String stem, int line) {
    if (text.isBlank()) {
      return null;
    }
    JsonNode node = readLine(text, name, line);
    if (node == null || !node.isObject()) {
      throw error(name, line, "expected an article object, found "
          + (node == null ? "nothing" : JsonFields.kind(node)));
    }
    return toArticle(new Item(node, line), name, stem + "-" + line);
  }

  private static JsonNode readLine(String text, String name, int line) {
    try (JsonParser parser = JsonTree.FACTORY.createParser(text)) {
      JsonNode node = JsonTree.read(parser);
      if (parser.nextToken() != null) {
        throw error(name, line, "more than one JSON value on the line; put one article per line");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw invalidJson(name, line, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void readArray(JsonParser parser, String name, List<Item> items)
      throws IOException {
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY && token != null) {
      int line = line(parser.currentTokenLocation());
      if (token != JsonToken.START_OBJECT) {
        throw error(name, line, "expected an article object in the array, found "
            + describe(token));
      }
      items.add(new Item(JsonTree.read(parser), line));
    }
  }

  /**
   * Reads a top-level object field by field, so that the articles of an {@code {"articles":
   * [...]}} wrapper keep their own line numbers.
   */
  private static void readTopObject(
      JsonParser parser, String name, int line, List<Item> items)
      throws IOException {
    ObjectNode fields = JsonTree.NODES.objectNode();
    List<Item> wrapped = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals("articles") && value == JsonToken.START_ARRAY) {
        wrapped = new ArrayList<>();
        readArray(parser, name, wrapped);
      } else {
        fields.set(field, JsonTree.read(parser));
      }
    }
    if (wrapped != null) {
      items.addAll(wrapped);
    } else {
      items.add(new Item(fields, line));
    }
  }

  private static Article toArticle(Item item, String name, String defaultId) {
    JsonNode node = item.node();
    int line = item.line();
    JsonFields fields = new JsonFields(node,
        (field, expected, value) -> wrongType(name, line, field, expected, value));
    String text = fields.string("text");
    if (text == null) {
      if (node.has("articles")) {
        throw wrongType(name, line, "articles", "an array", node.get("articles"));
      }
      String hint =
          node.has("documents")
              ? "; this looks like a cluster of \"documents\", which is not an article format"
              : "";
      throw error(name, line, "article has no text (field \"text\" is missing or blank)" + hint);
    }
    String id = id(node, fields, name, line);
    return new Article(
        id == null ? defaultId : id,
        fields.string("title"),
        fields.date(),
        fields.string("url"),
        fields.string("source"),
        fields.string("byline"),
        text);
  }

  /** Ids are often numbers in machine-written data; those are fine too. */
  private static String id(JsonNode node, JsonFields fields, String name, int line) {
    JsonNode value = node.get("id");
    if (value != null && value.isNumber()) {
      return value.asText();
    }
    if (value != null && !value.isNull() && !value.isTextual()) {
      throw wrongType(name, line, "id", "a string or a number", value);
    }
    return fields.string("id");
  }

  private static PrecisException wrongType(
      String name, int line, String field, String expected, JsonNode value) {
    return error(name, line, "field \"" + field + "\" should be " + expected + ", not "
        + JsonFields.kind(value));
  }

  private static PrecisException invalidJson(String name, int line, JsonProcessingException e) {
    return new PrecisException(name + ":" + line + ": invalid JSON: " + JsonTree.problem(e), e);
  }

  private static PrecisException error(String name, int line, String detail) {
    return new PrecisException(name + ":" + line + ": " + detail);
  }

  private static int line(JsonLocation location) {
    return location == null ? 0 : location.getLineNr();
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }
}

package dev.precis.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.PrecisException;
import dev.precis.read.JsonFields;
import dev.precis.read.JsonTree;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SummaryOptions;
import dev.precis.text.Article;
import dev.precis.text.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads request bodies. Unknown fields are ignored (clients may send more than we use); a known
 * field of the wrong type is refused with a message naming it, e.g. {@code articles[2].title
 * should be a string, not a number}.
 */
final class Requests {
  /** The summary length a request may ask for. */
  static final int MAX_WORDS = 2_000;

  /** The longest article id; ids travel in URLs. */
  static final int MAX_ID_LENGTH = 200;

  private Requests() {}

  /** What {@code POST /api/summarize} asks for. */
  record Summarize(List<Article> articles, SummaryOptions options) {}

  static Summarize summarize(byte[] body, int maxArticles) {
    JsonNode root = object(body);
    List<Article> articles = articles(root, maxArticles, true);
    SummaryOptions options = SummaryOptions.defaults();
    JsonNode words = root.get("words");
    if (words != null && !words.isNull()) {
      if (!words.isIntegralNumber()) {
        throw typeError("words", "a whole number", words);
      }
      long n = words.asLong();
      if (n < 1 || n > MAX_WORDS) {
        throw ApiException.badRequest("words must be between 1 and " + MAX_WORDS + ", not " + n);
      }
      options = options.withBudget(Budget.words((int) n));
    }
    String method = text(root, "method");
    String language = text(root, "language");
    try {
      if (method != null) {
        options = options.withMethod(method.strip().toLowerCase(Locale.ROOT));
      }
      if (language != null) {
        options = options.withLanguage(Language.parse(language));
      }
    } catch (PrecisException e) {
      // an unknown method or language: the message names the known ones
      throw ApiException.badRequest(e.getMessage());
    }
    String query = text(root, "query");
    if (query != null) {
      try {
        options = options.withQuery(query);
      } catch (PrecisException e) {
        // empty or too long
        throw ApiException.badRequest(e.getMessage());
      }
    }
    return new Summarize(articles, options);
  }

  /** Longest summary {@code POST /api/verify} checks, in characters. */
  static final int MAX_SUMMARY_CHARS = 100_000;

  record Verify(String summary, List<Article> articles) {}

  /** {@code {"summary": "...", "articles": [...]}} for {@code POST /api/verify}. */
  static Verify verify(byte[] body, int maxArticles) {
    JsonNode root = object(body);
    String summary = text(root, "summary");
    if (summary == null || summary.isBlank()) {
      throw ApiException.badRequest("the request has no \"summary\" to verify; send "
          + "{\"summary\": \"...\", \"articles\": [{\"title\": \"...\", \"text\": \"...\"}, ...]}");
    }
    if (summary.length() > MAX_SUMMARY_CHARS) {
      throw ApiException.badRequest("the summary has " + summary.length()
          + " characters; at most " + MAX_SUMMARY_CHARS + " are verified");
    }
    return new Verify(summary, articles(root, maxArticles, true));
  }

  /** A top-level string field as sent, or null when absent; a 400 when it is not a string. */
  private static String text(JsonNode root, String field) {
    JsonNode value = root.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw typeError(field, "a string", value);
    }
    return value.textValue();
  }

  /** The articles of {@code POST /api/articles}; those without an id get one from their content. */
  static List<Article> ingest(byte[] body, int maxArticles) {
    return articles(object(body), maxArticles, false);
  }

  /** A file handed over by the page for text extraction. */
  record Upload(String name, byte[] bytes) {}

  /** {@code {"files": [{"name", "base64" | "content"}]}} of {@code POST /api/extract}. */
  static List<Upload> extract(byte[] body, int maxFiles) {
    JsonNode root = object(body);
    JsonNode files = root.get("files");
    if (files == null || files.isNull()) {
      throw ApiException.badRequest("the request has no \"files\"; send {\"files\": [{\"name\": "
          + "\"a.html\", \"base64\": \"...\"}]}");
    }
    if (!files.isArray()) {
      throw typeError("files", "an array", files);
    }
    if (files.isEmpty()) {
      throw ApiException.badRequest("\"files\" is an empty list; give at least one file");
    }
    if (files.size() > maxFiles) {
      throw new ApiException(413, "too many files in one request: " + files.size()
          + " (the limit is " + maxFiles + ")");
    }
    List<Upload> uploads = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String where = "files[" + i + "]";
      JsonNode f = files.get(i);
      if (!f.isObject()) {
        throw typeError(where, "an object", f);
      }
      JsonFields fields = new JsonFields(f,
          (field, expected, value) -> typeError(where + "." + field, expected, value));
      String name = fields.string("name");
      String base64 = fields.string("base64");
      String content = fields.string("content");
      byte[] bytes;
      if (base64 != null) {
        try {
          bytes = java.util.Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
          throw ApiException.badRequest(where + ".base64 is not valid Base64: " + e.getMessage());
        }
      } else if (content != null) {
        bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      } else {
        throw ApiException.badRequest(where + " has neither \"base64\" nor \"content\"");
      }
      uploads.add(new Upload(name == null ? "file-" + (i + 1) + ".txt" : name, bytes));
    }
    return uploads;
  }

  private static List<Article> articles(JsonNode root, int maxArticles, boolean numberIds) {
    JsonNode list = root.get("articles");
    if (list == null || list.isNull()) {
      throw ApiException.badRequest("the request has no \"articles\"; send {\"articles\": "
          + "[{\"title\": \"...\", \"text\": \"...\"}, ...]}");
    }
    if (!list.isArray()) {
      throw typeError("articles", "an array", list);
    }
    if (list.isEmpty()) {
      throw ApiException.badRequest("\"articles\" is an empty list; give at least one article");
    }
    if (list.size() > maxArticles) {
      throw new ApiException(413, "too many articles in one request: " + list.size()
          + " (the limit is " + maxArticles + "); send them in several requests");
    }
    List<Article> articles = new ArrayList<>(list.size());
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      String where = "articles[" + i + "]";
      JsonNode node = list.get(i);
      if (!node.isObject()) {
        throw typeError(where, "an article object", node);
      }
      // kept exactly as sent: summary offsets point into this string, and the page highlights
      // them in the text it sent
      JsonNode textNode = node.get("text");
      if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
        throw typeError(where + ".text", "a string", textNode);
      }
      String text = textNode == null || textNode.isNull() ? null : textNode.textValue();
      if (text == null || text.isBlank()) {
        throw ApiException.badRequest(where + " has no text (field \"text\" is missing or blank)");
      }
      String id = id(node, where);
      if (id == null) {
        id = numberIds ? String.valueOf(i + 1) : ContentIds.of(node, text);
      }
      if (!ids.add(id)) {
        throw ApiException.badRequest(where + " repeats the id '" + id
            + "' of an earlier article; ids must be unique");
      }
      JsonFields fields = new JsonFields(node,
          (field, expected, value) -> typeError(where + "." + field, expected, value));
      articles.add(new Article(id, fields.string("title"), fields.date(), fields.string("url"),
          fields.string("source"), fields.string("byline"), text));
    }
    return articles;
  }

  private static String id(JsonNode node, String where) {
    JsonNode value = node.get("id");
    String id;
    if (value == null || value.isNull()) {
      return null;
    } else if (value.isIntegralNumber()) {
      id = value.asText();
    } else if (value.isTextual()) {
      id = value.textValue().strip();
      if (id.isEmpty()) {
        return null;
      }
    } else {
      throw typeError(where + ".id", "a string or a whole number", value);
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw ApiException.badRequest(where + ".id is longer than " + MAX_ID_LENGTH + " characters");
    }
    for (int i = 0; i < id.length(); i++) {
      if (Character.isISOControl(id.charAt(i))) {
        throw ApiException.badRequest(where + ".id contains a control character");
      }
    }
    return id;
  }

  /** The body as a JSON object, or a 400 that says what is wrong with it. */
  static JsonNode object(byte[] body) {
    if (body.length == 0) {
      throw ApiException.badRequest("the request has no body; send a JSON object");
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      String detail = JsonTree.problem(e);
      var at = e.getLocation();
      String place = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw ApiException.badRequest("invalid JSON" + place + ": " + detail);
    } catch (IOException e) {
      throw ApiException.badRequest("cannot read the request body: " + e.getMessage());
    }
    if (root == null || root.isMissingNode()) {
      throw ApiException.badRequest("the request has no body; send a JSON object");
    }
    if (!root.isObject()) {
      throw ApiException.badRequest("the request should be a JSON object, not "
          + JsonFields.kind(root));
    }
    return root;
  }

  private static ApiException typeError(String field, String expected, JsonNode value) {
    return ApiException.badRequest(field + " should be " + expected + ", not "
        + JsonFields.kind(value));
  }
}

package dev.precis.eval.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.precis.PrecisException;
import dev.precis.read.JsonTree;
import dev.precis.text.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads evaluation datasets in the JSON-lines shape of {@code ../shared/data}: one cluster a line,
 * {@code {"id", "documents": [{"id", "text"}], "references": [{"id", "text"}]}}. Streams: a
 * dataset of any size is read one line at a time.
 */
public final class DatasetReader {

  private DatasetReader() {}

  /** Every topic of the file, in order. */
  public static List<Topic> readAll(Path file) {
    List<Topic> topics = new ArrayList<>();
    forEach(file, topics::add);
    return topics;
  }

  /** Hands each topic to {@code consumer} as it is read. */
  public static void forEach(Path file, Consumer<Topic> consumer) {
    if (!Files.isRegularFile(file)) {
      throw new PrecisException("dataset " + file + " does not exist or is not a file");
    }
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        consumer.accept(parse(file, number, line));
      }
    } catch (NoSuchFileException e) {
      throw new PrecisException("dataset " + file + " does not exist");
    } catch (java.nio.charset.MalformedInputException e) {
      throw new PrecisException("dataset " + file + " is not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Refuses, with a message naming it, a dataset that is not a regular file; a caller checks
   * before it opens its output, so that a mistyped dataset leaves no empty output behind.
   */
  public static Path requireFile(Path file) {
    if (!Files.isRegularFile(file)) {
      // also keeps a named pipe from blocking: it is never opened
      throw new PrecisException("dataset " + file + " does not exist or is not a file");
    }
    return file;
  }

  /** Counts the non-blank lines, for progress reporting. */
  public static int count(Path file) {
    requireFile(file);
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return (int) lines.filter(l -> !l.isBlank()).count();
    } catch (IOException | UncheckedIOException e) {
      return -1;
    }
  }

  static Topic parse(Path file, int number, String line) {
    String where = file.getFileName() + " line " + number;
    JsonNode node;
    try {
      node = JsonTree.read(line);
    } catch (JsonProcessingException e) {
      throw new PrecisException(where + ": invalid JSON (" + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a parser over a string reads nothing else
    }
    if (!node.isObject()) {
      throw new PrecisException(where + ": expected a JSON object with \"id\" and \"documents\"");
    }
    String id = text(node, "id", where, true);
    JsonNode docs = node.get("documents");
    if (docs == null || !docs.isArray()) {
      throw new PrecisException(where + ": \"documents\" must be an array");
    }
    List<Article> documents = new ArrayList<>();
    int d = 0;
    for (JsonNode doc : docs) {
      d++;
      String docWhere = where + ", document " + d;
      String docId = doc.hasNonNull("id") ? doc.get("id").asText() : id + "-" + d;
      documents.add(new Article(docId, optional(doc, "title"), optional(doc, "date"),
          optional(doc, "url"), optional(doc, "source"), null, text(doc, "text", docWhere, true)));
    }
    List<Topic.Reference> references = new ArrayList<>();
    JsonNode refs = node.get("references");
    if (refs != null && refs.isArray()) {
      int r = 0;
      for (JsonNode ref : refs) {
        r++;
        String refId = ref.hasNonNull("id") ? ref.get("id").asText() : String.valueOf(r);
        references.add(new Topic.Reference(refId, text(ref, "text", where + ", reference " + r, true)));
      }
    }
    return new Topic(id, optional(node, "language"), optional(node, "split"), documents, references);
  }

  private static String text(JsonNode node, String field, String where, boolean required) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new PrecisException(where + ": missing \"" + field + "\"");
      }
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new PrecisException(where + ": \"" + field + "\" must be a string");
    }
    return value.asText();
  }

  private static String optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}

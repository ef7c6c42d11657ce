package dev.precis.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.digest.Digest;
import dev.precis.digest.StoryDigest;
import dev.precis.attribute.SummarySentence;
import dev.precis.text.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a {@link Digest} as Markdown, a self-contained HTML page, or JSON. */
public final class DigestWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private DigestWriter() {}

  public static String write(Digest digest, SummaryFormat format) {
    return switch (format) {
      case JSON -> json(digest);
      case HTML -> html(digest);
      case MARKDOWN, TEXT -> markdown(digest);
    };
  }

  public static ObjectNode toJson(Digest digest) {
    ObjectNode root = JSON.createObjectNode();
    root.put("articles", digest.articles());
    root.put("unique", digest.unique());
    root.put("failedFetches", digest.failedFetches());
    // how the stories were found; each summary records its own parameters
    ObjectNode clustering = root.putObject("clustering");
    digest.clustering().parameters().forEach((k, v) -> clustering.set(k, JSON.valueToTree(v)));
    ArrayNode stories = root.putArray("stories");
    for (StoryDigest s : digest.stories()) {
      stories.add(storyJson(s));
    }
    return root;
  }

  /** One story of a digest as JSON: what a digest's {@code stories} array holds. */
  public static ObjectNode storyJson(StoryDigest s) {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", s.story().id());
    node.put("headline", s.headline());
    s.story().articleIds().forEach(node.putArray("articles")::add);
    node.put("duplicates", s.duplicates());
    if (s.story().firstDate() != null) {
      node.put("firstDate", s.story().firstDate());
    }
    if (s.story().lastDate() != null) {
      node.put("lastDate", s.story().lastDate());
    }
    if (s.summary() != null) {
      node.set("summary", SummaryWriter.toJson(s.summary()));
    } else {
      node.put("unavailable", s.unavailable());
      ArrayNode sources = node.putArray("sources");
      for (Article a : s.articles()) {
        SummaryWriter.articleIn(sources, a);
      }
    }
    return node;
  }

  /** A JSON value as one line: what a JSON-lines file of stories holds. */
  public static String line(ObjectNode node) {
    try {
      return LINE.writeValueAsString(node);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static final ObjectMapper LINE = new ObjectMapper();

  private static String json(Digest digest) {
    try {
      return JSON.writeValueAsString(toJson(digest)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write digest as JSON", e);
    }
  }

  private static String markdown(Digest digest) {
    StringBuilder b = new StringBuilder();
    b.append("# Digest: ").append(count(digest.stories().size(), "story", "stories")).append(" from ")
        .append(count(digest.articles(), "article", "articles")).append(" (")
        .append(digest.unique()).append(" after removing copies)\n");
    if (digest.failedFetches() > 0) {
      b.append("\n_").append(failedFetches(digest)).append("_\n");
    }
    int rank = 1;
    for (StoryDigest s : digest.stories()) {
      List<Article> articles = sources(s);
      Map<String, Integer> number = numbers(articles);
      b.append("\n## ").append(rank++).append(". ").append(s.headline()).append("\n\n");
      b.append('_').append(count(s.story().articleIds().size(), "article", "articles"));
      if (s.duplicates() > 0) {
        b.append(", ").append(s.duplicates()).append(" of them copies");
      }
      if (s.story().lastDate() != null) {
        b.append(", latest ").append(s.story().lastDate());
      }
      b.append("_\n\n");
      if (s.summary() == null) {
        b.append("No summary: ").append(s.unavailable()).append(".\n");
      }
      for (SummarySentence sentence : sentences(s)) {
        b.append("- ").append(sentence.text()).append(' ');
        for (String id : sentence.sources()) {
          b.append("\\[").append(number.get(id)).append("\\]");
        }
        b.append(SummaryWriter.differing(sentence, number, "\\[", "\\]")).append('\n');
      }
      b.append("\nSources: ");
      int listed = listed(s, articles);
      for (int i = 0; i < listed; i++) {
        b.append(i == 0 ? "" : "; ").append(i + 1).append(". ").append(label(articles.get(i)));
      }
      if (listed < articles.size()) {
        b.append("; and ").append(articles.size() - listed).append(" more");
      }
      b.append('\n');
    }
    return b.toString();
  }

  private static String html(Digest digest) {
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>Digest</title><style>body{font:17px/1.5 Georgia,serif;max-width:44em;")
        .append("margin:2em auto;padding:0 1em}sup{font:12px sans-serif}.meta{color:#555;")
        .append("font:14px sans-serif}</style></head><body>\n<h1>Digest</h1>\n<p class=\"meta\">")
        .append(count(digest.stories().size(), "story", "stories")).append(" from ").append(digest.articles())
        .append(" articles (").append(digest.unique()).append(" after removing copies)</p>\n");
    if (digest.failedFetches() > 0) {
      b.append("<p class=\"meta\">").append(failedFetches(digest)).append("</p>\n");
    }
    for (StoryDigest s : digest.stories()) {
      List<Article> articles = sources(s);
      Map<String, Integer> number = numbers(articles);
      b.append("<section><h2>").append(SummaryWriter.escapeHtml(s.headline())).append("</h2>\n")
          .append("<p class=\"meta\">").append(s.story().articleIds().size()).append(" articles")
          .append(s.duplicates() > 0 ? ", " + s.duplicates() + " of them copies" : "")
          .append("</p>\n");
      if (s.summary() == null) {
        b.append("<p class=\"meta\">No summary: ")
            .append(SummaryWriter.escapeHtml(s.unavailable())).append(".</p>\n");
      }
      b.append("<ul>\n");
      for (SummarySentence sentence : sentences(s)) {
        b.append("<li>").append(SummaryWriter.escapeHtml(sentence.text())).append("<sup>");
        for (String id : sentence.sources()) {
          b.append("[").append(number.get(id)).append("]");
        }
        b.append("</sup>")
            .append(SummaryWriter.escapeHtml(SummaryWriter.differing(sentence, number, "[", "]")))
            .append("</li>\n");
      }
      b.append("</ul>\n<ol class=\"meta\">\n");
      int listed = listed(s, articles);
      for (Article a : articles.subList(0, listed)) {
        b.append("<li>").append(SummaryWriter.escapeHtml(label(a))).append("</li>\n");
      }
      if (listed < articles.size()) {
        b.append("<li>and ").append(articles.size() - listed).append(" more</li>\n");
      }
      b.append("</ol></section>\n");
    }
    return b.append("</body></html>\n").toString();
  }

  /** The articles the story's source numbers refer to: the summary's, or the story's own. */
  private static List<Article> sources(StoryDigest s) {
    return s.summary() != null ? s.summary().articles() : s.articles();
  }

  /** Headlines listed at most for a story without a summary (a feed's story has hundreds). */
  static final int LISTED_HEADLINES = 20;

  /**
   * How many sources to list: all that a summary numbers (its sentences cite them), at most
   * {@link #LISTED_HEADLINES} of a story without one.
   */
  private static int listed(StoryDigest s, List<Article> articles) {
    return s.summary() != null ? articles.size() : Math.min(LISTED_HEADLINES, articles.size());
  }

  private static List<SummarySentence> sentences(StoryDigest s) {
    return s.summary() != null ? s.summary().sentences() : List.of();
  }

  private static String failedFetches(Digest digest) {
    return count(digest.failedFetches(), "page", "pages")
        + " left out: only web notices, a failed fetch";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static Map<String, Integer> numbers(List<Article> articles) {
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      number.put(articles.get(i).id(), i + 1);
    }
    return number;
  }

  private static String label(Article a) {
    StringBuilder b = new StringBuilder(a.id());
    if (a.title() != null && !a.title().isBlank()) {
      b.append(" \u2014 ").append(a.title());
    }
    if (a.source() != null && !a.source().isBlank()) {
      b.append(" (").append(a.source()).append(')');
    }
    return b.toString();
  }
}

package dev.precis.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.facts.DateMention;
import dev.precis.facts.Entity;
import dev.precis.facts.Quote;
import dev.precis.facts.StoryFacts;
import dev.precis.summarize.Summary;
import dev.precis.attribute.SummarySentence;
import dev.precis.text.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Summary} as plain text, Markdown, JSON or a self-contained HTML page. Every form
 * marks each sentence with the articles that support it, numbered in cluster order, and lists
 * those articles. The JSON form is the one the HTTP service returns.
 */
public final class SummaryWriter {
  /** Made on first use: a text summary should not pay for building an ObjectMapper at start-up. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private SummaryWriter() {}

  public static String write(Summary summary, SummaryFormat format) {
    return switch (format) {
      case TEXT -> text(summary);
      case MARKDOWN -> markdown(summary);
      case JSON -> json(summary);
      case HTML -> html(summary);
    };
  }

  /** The summary as a JSON tree (what {@link SummaryFormat#JSON} prints). */
  public static ObjectNode toJson(Summary summary) {
    ObjectNode root = Json.MAPPER.createObjectNode();
    root.put("method", summary.method());
    root.set("parameters", Json.MAPPER.valueToTree(summary.parameters()));
    ArrayNode sentences = root.putArray("sentences");
    for (SummarySentence s : summary.sentences()) {
      ObjectNode node = sentences.addObject();
      node.put("text", s.text());
      ArrayNode sources = node.putArray("sources");
      s.sources().forEach(sources::add);
      node.put("support", s.support());
      node.put("article", s.articleId());
      node.putArray("offsets").add(s.start()).add(s.end());
      node.put("score", s.score());
      ArrayNode evidence = node.putArray("evidence");
      s.evidence().forEach(e -> sentenceIn(evidence, e).put("match", e.match().label()));
      ArrayNode differing = node.putArray("differing");
      s.differing().forEach(e -> sentenceIn(differing, e));
    }
    ArrayNode articles = root.putArray("articles");
    for (Article a : summary.articles()) {
      articleIn(articles, a);
    }
    StoryFacts facts = summary.facts();
    ArrayNode entities = root.putArray("entities");
    for (Entity e : facts.entities()) {
      ObjectNode node = entities.addObject();
      node.put("name", e.name());
      node.put("type", e.type().name().toLowerCase(Locale.ROOT));
      node.put("mentions", e.mentions());
      e.articleIds().forEach(node.putArray("articles")::add);
    }
    ArrayNode dates = root.putArray("dates");
    for (DateMention d : facts.dates()) {
      ObjectNode node = dates.addObject();
      node.put("text", d.text());
      if (d.normalized() != null) {
        node.put("date", d.normalized());
      }
      node.put("resolution", d.resolution().name().toLowerCase(Locale.ROOT));
      node.put("mentions", d.mentions());
      d.articleIds().forEach(node.putArray("articles")::add);
    }
    ArrayNode quotes = root.putArray("quotes");
    for (Quote q : facts.quotes()) {
      ObjectNode node = quotes.addObject();
      node.put("text", q.text());
      if (q.speaker() != null) {
        node.put("speaker", q.speaker());
      }
      node.put("article", q.articleId());
      node.put("offset", q.offset());
      q.articleIds().forEach(node.putArray("articles")::add);
    }
    root.set("notes", Json.MAPPER.valueToTree(summary.notes()));
    root.set("details", Json.MAPPER.valueToTree(summary.details()));
    return root;
  }

  /** Another article's sentence: where it is and how alike. */
  private static ObjectNode sentenceIn(ArrayNode list, SummarySentence.Evidence e) {
    ObjectNode node = list.addObject();
    node.put("article", e.articleId());
    node.putArray("offsets").add(e.start()).add(e.end());
    node.put("similarity", e.similarity());
    return node;
  }

  private static String json(Summary summary) {
    try {
      return Json.MAPPER.writeValueAsString(toJson(summary)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write summary as JSON", e);
    }
  }

  private static String text(Summary summary) {
    Map<String, Integer> number = numbers(summary.articles());
    StringBuilder b = new StringBuilder();
    b.append(heading(summary)).append("\n\n");
    for (SummarySentence s : summary.sentences()) {
      b.append(s.text()).append(' ').append(markers(s, number, "[", "]"))
          .append(differing(s, number, "[", "]")).append('\n');
    }
    b.append("\nSources\n");
    for (Article a : summary.articles()) {
      b.append(String.format("  [%d] %s%n", number.get(a.id()), describe(a)));
    }
    for (String[] section : factSections(summary.facts())) {
      b.append('\n').append(section[0]).append('\n').append(section[1].indent(2));
    }
    notes(summary, b, "Note: ");
    return b.toString();
  }

  private static String markdown(Summary summary) {
    Map<String, Integer> number = numbers(summary.articles());
    StringBuilder b = new StringBuilder();
    b.append("## ").append(heading(summary)).append("\n\n");
    for (SummarySentence s : summary.sentences()) {
      b.append("- ").append(escapeMarkdown(s.text())).append(' ')
          .append(markers(s, number, "\\[", "\\]"))
          .append(differing(s, number, "\\[", "\\]")).append('\n');
    }
    b.append("\n**Sources**\n\n");
    for (Article a : summary.articles()) {
      b.append(number.get(a.id())).append(". ").append(escapeMarkdown(describe(a))).append('\n');
    }
    for (String[] section : factSections(summary.facts())) {
      b.append("\n**").append(section[0]).append("**\n\n");
      section[1].lines().forEach(l -> b.append("- ").append(escapeMarkdown(l)).append('\n'));
    }
    notes(summary, b, "\n> ");
    return b.toString();
  }

  private static String html(Summary summary) {
    Map<String, Integer> number = numbers(summary.articles());
    StringBuilder b = new StringBuilder();
    b.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        .append("<title>").append(escapeHtml(heading(summary))).append("</title>")
        .append("<style>body{font:17px/1.5 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}")
        .append("sup a{font:12px sans-serif;text-decoration:none;margin-left:2px}")
        .append("li{margin:.4em 0}.meta{color:#555;font:14px sans-serif}</style></head><body>\n")
        .append("<h1>").append(escapeHtml(heading(summary))).append("</h1>\n<ul class=\"summary\">\n");
    for (SummarySentence s : summary.sentences()) {
      b.append("<li>").append(escapeHtml(s.text())).append("<sup>");
      for (String id : s.sources()) {
        b.append("<a href=\"#src-").append(number.get(id)).append("\" title=\"")
            .append(escapeHtml(id)).append("\">[").append(number.get(id)).append("]</a>");
      }
      b.append("</sup>").append(escapeHtml(differing(s, number, "[", "]"))).append("</li>\n");
    }
    b.append("</ul>\n<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for (Article a : summary.articles()) {
      b.append("<li id=\"src-").append(number.get(a.id())).append("\">");
      if (a.url() != null && (a.url().startsWith("http://") || a.url().startsWith("https://"))) {
        b.append("<a href=\"").append(escapeHtml(a.url())).append("\">")
            .append(escapeHtml(describe(a))).append("</a>");
      } else {
        b.append(escapeHtml(describe(a)));
      }
      b.append("</li>\n");
    }
    b.append("</ol>\n");
    for (String[] section : factSections(summary.facts())) {
      b.append("<h2>").append(escapeHtml(section[0])).append("</h2>\n<ul>\n");
      section[1].lines().forEach(l -> b.append("<li>").append(escapeHtml(l)).append("</li>\n"));
      b.append("</ul>\n");
    }
    for (String note : summary.notes()) {
      b.append("<p class=\"meta\">").append(escapeHtml(note)).append("</p>\n");
    }
    b.append("<p class=\"meta\">Made by Précis, method ").append(escapeHtml(summary.method()))
        .append(".</p>\n</body></html>\n");
    return b.toString();
  }

  /** Title and lines of each non-empty facts section, shared by the text forms. */
  private static List<String[]> factSections(StoryFacts facts) {
    List<String[]> sections = new java.util.ArrayList<>();
    StringBuilder people = new StringBuilder();
    for (Entity e : facts.entities()) {
      people.append(e.name()).append(" (").append(e.type().name().toLowerCase(Locale.ROOT))
          .append(", ").append(e.mentions()).append(e.mentions() == 1 ? " mention" : " mentions")
          .append(")\n");
    }
    if (!people.isEmpty()) {
      sections.add(new String[] {"People, organizations and places", people.toString()});
    }
    StringBuilder dates = new StringBuilder();
    for (DateMention d : facts.dates()) {
      dates.append(d.text());
      if (d.normalized() != null && !d.normalized().equals(d.text())) {
        dates.append(" (").append(d.normalized()).append(')');
      }
      dates.append('\n');
    }
    if (!dates.isEmpty()) {
      sections.add(new String[] {"Dates", dates.toString()});
    }
    StringBuilder quotes = new StringBuilder();
    for (Quote q : facts.quotes()) {
      quotes.append('\u201c').append(q.text()).append('\u201d');
      quotes.append(q.speaker() != null ? " \u2014 " + q.speaker() : "").append(" [")
          .append(String.join(", ", q.articleIds())).append("]\n");
    }
    if (!quotes.isEmpty()) {
      sections.add(new String[] {"Quotes", quotes.toString()});
    }
    return sections;
  }

  private static String heading(Summary summary) {
    int n = summary.articles().size();
    return "Summary of " + n + (n == 1 ? " article" : " articles");
  }

  private static Map<String, Integer> numbers(List<Article> articles) {
    Map<String, Integer> number = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      number.put(articles.get(i).id(), i + 1);
    }
    return number;
  }

  private static String markers(SummarySentence s, Map<String, Integer> number, String open,
      String close) {
    StringBuilder b = new StringBuilder();
    for (String id : s.sources()) {
      b.append(open).append(number.get(id)).append(close);
    }
    return b.toString();
  }

  /** Differing articles named after a sentence at most; JSON lists them all. */
  private static final int MAX_DIFFERING_SHOWN = 10;

  /**
   * " (another figure in [2][5])" when other articles repeat the sentence with another figure,
   * weekday or month; empty otherwise.
   */
  static String differing(SummarySentence s, Map<String, Integer> number, String open,
      String close) {
    if (s.differing().isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder(" (another figure in ");
    List<SummarySentence.Evidence> shown = s.differing().subList(0,
        Math.min(MAX_DIFFERING_SHOWN, s.differing().size()));
    for (SummarySentence.Evidence e : shown) {
      b.append(open).append(number.get(e.articleId())).append(close);
    }
    int more = s.differing().size() - shown.size();
    if (more > 0) {
      b.append(" and ").append(more).append(" more");
    }
    return b.append(')').toString();
  }

  private static String describe(Article a) {
    StringBuilder b = new StringBuilder(a.id());
    if (a.title() != null && !a.title().isBlank()) {
      b.append(": ").append(a.title());
    }
    if (a.source() != null && !a.source().isBlank()) {
      b.append(" (").append(a.source()).append(')');
    }
    if (a.date() != null && !a.date().isBlank()) {
      b.append(", ").append(a.date());
    }
    return b.toString();
  }

  private static void notes(Summary summary, StringBuilder b, String prefix) {
    for (String note : summary.notes()) {
      b.append(prefix).append(note).append('\n');
    }
  }

  /** An article as sources list it: id, and title, date, url and source where known. */
  static ObjectNode articleIn(ArrayNode array, Article a) {
    ObjectNode node = array.addObject();
    node.put("id", a.id());
    putIfPresent(node, "title", a.title());
    putIfPresent(node, "date", a.date());
    putIfPresent(node, "url", a.url());
    putIfPresent(node, "source", a.source());
    return node;
  }

  private static void putIfPresent(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  static String escapeHtml(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String escapeMarkdown(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}

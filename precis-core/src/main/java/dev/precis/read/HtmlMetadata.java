package dev.precis.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata a news page carries about itself: title, date, byline, canonical URL and site name.
 * Each field is taken from the most deliberate source first (Open Graph and article meta tags,
 * then JSON-LD, then visible markup). Reads the document without changing it.
 */
record HtmlMetadata(String title, String date, String byline, String url, String source) {

  private static final Pattern BY_PREFIX = Pattern.compile("^(?i)by\\s+");

  static HtmlMetadata of(Document doc) {
    Map<String, String> meta = metaTags(doc);
    JsonNode[] jsonLd = jsonLd(doc);
    String source = meta.get("og:site_name");
    return new HtmlMetadata(
        title(doc, meta, source),
        date(doc, meta, jsonLd),
        byline(doc, meta, jsonLd),
        firstNonBlank(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta.get("og:url")),
        source);
  }

  /**
   * Meta tags by lower-cased {@code property}, {@code name} or {@code itemprop}; the first tag
   * with a non-blank content wins, as pages sometimes repeat them.
   */
  private static Map<String, String> metaTags(Document doc) {
    Map<String, String> tags = new HashMap<>();
    for (Element element : doc.select("meta[content]")) {
      String content = BlockText.normalizeSpace(element.attr("content"));
      if (content.isEmpty()) {
        continue;
      }
      for (String key : new String[] {"property", "name", "itemprop"}) {
        String value = element.attr(key).trim().toLowerCase(Locale.ROOT);
        if (!value.isEmpty()) {
          tags.putIfAbsent(value, content);
        }
      }
    }
    return tags;
  }

  private static String title(Document doc, Map<String, String> meta, String siteName) {
    String ogTitle = meta.get("og:title");
    if (ogTitle != null) {
      return ogTitle;
    }
    String title = BlockText.normalizeSpace(doc.title());
    if (!title.isEmpty()) {
      return withoutSiteSuffix(title, siteName);
    }
    Element h1 = doc.selectFirst("h1");
    return h1 == null ? null : blankToNull(BlockText.normalizeSpace(h1.text()));
  }

  /** "Storm hits coast | The Daily Ledger" becomes "Storm hits coast" when that is the site. */
  private static String withoutSiteSuffix(String title, String siteName) {
    if (siteName == null) {
      return title;
    }
    for (String separator : new String[] {" | ", " - ", " – ", " — ", " · "}) {
      String suffix = separator + siteName;
      if (title.length() > suffix.length()
          && title.toLowerCase(Locale.ROOT).endsWith(suffix.toLowerCase(Locale.ROOT))) {
        return title.substring(0, title.length() - suffix.length()).strip();
      }
    }
    return title;
  }

  private static String date(Document doc, Map<String, String> meta, JsonNode[] jsonLd) {
    String date =
        firstNonBlank(
            meta.get("article:published_time"),
            find(jsonLd, "datePublished"),
            meta.get("datepublished"),
            attr(doc.selectFirst("[itemprop=datePublished][datetime]"), "datetime"),
            meta.get("date"),
            meta.get("pubdate"),
            meta.get("publishdate"),
            meta.get("dc.date.issued"),
            meta.get("dc.date"));
    if (date != null) {
      return date;
    }
    // A <time> inside the article is its own date; elsewhere it may belong to a sidebar story.
    Element time = doc.selectFirst("article time[datetime]");
    if (time == null) {
      time = doc.selectFirst("time[datetime]");
    }
    return blankToNull(attr(time, "datetime"));
  }

  private static String byline(Document doc, Map<String, String> meta, JsonNode[] jsonLd) {
    String byline =
        firstNonBlank(
            meta.get("author"),
            text(doc.selectFirst("[rel=author]")),
            text(doc.selectFirst(".byline")),
            jsonLdAuthor(jsonLd));
    return byline == null ? null : blankToNull(BY_PREFIX.matcher(byline).replaceFirst(""));
  }

  /** JSON-LD blocks of the page; ones that do not parse are skipped (they are only metadata). */
  private static JsonNode[] jsonLd(Document doc) {
    return doc.select("script[type]").stream()
        .filter(s -> s.attr("type").trim().equalsIgnoreCase("application/ld+json"))
        .map(s -> parseOrNull(s.data()))
        .filter(node -> node != null)
        .toArray(JsonNode[]::new);
  }

  private static JsonNode parseOrNull(String json) {
    try {
      return JsonTree.read(json);
    } catch (IOException e) {
      return null; // not JSON (a string holds no I/O to fail)
    }
  }

  /** The first string value of {@code field} anywhere in the blocks, depth first. */
  private static String find(JsonNode[] blocks, String field) {
    for (JsonNode block : blocks) {
      JsonNode found = block.findValue(field);
      if (found != null && found.isTextual() && !found.textValue().isBlank()) {
        return found.textValue().strip();
      }
    }
    return null;
  }

  /** {@code "author"} is a name, a Person with a name, or a list of them; we take the first. */
  private static String jsonLdAuthor(JsonNode[] blocks) {
    for (JsonNode block : blocks) {
      JsonNode author = block.findValue("author");
      if (author != null && author.isArray() && !author.isEmpty()) {
        author = author.get(0);
      }
      if (author != null && author.isTextual()) {
        return blankToNull(author.textValue().strip());
      }
      if (author != null && author.path("name").isTextual()) {
        return blankToNull(author.path("name").textValue().strip());
      }
    }
    return null;
  }

  private static String attr(Element element, String name) {
    return element == null ? null : blankToNull(element.attr(name).strip());
  }

  private static String text(Element element) {
    return element == null ? null : blankToNull(BlockText.normalizeSpace(element.text()));
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}

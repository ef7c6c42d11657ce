package dev.precis.read;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * RSS 0.9x, 1.0, 2.0 and Atom 1.0 feeds (read by ROME) and OPML lists of feeds. ROME's parser is
 * told to refuse DOCTYPEs (its default, set here so that no upgrade can change it silently), so
 * an XML bomb or an external entity ends in a message, never in expansion or a file read.
 */
final class FeedArticles {
  /**
   * Beyond this many entries a feed is cut (with a warning): real feeds carry tens, and one
   * enormous feed should not swamp a run.
   */
  static final int MAX_ENTRIES = 10_000;

  private FeedArticles() {}

  /**
   * @param name for messages
   * @param idPrefix entry {@code N} (from 1) becomes article {@code idPrefix-N}
   * @param fallbackSource the source when the feed has no title (its host, or file stem)
   */
  static FeedDocument read(byte[] bytes, String name, String idPrefix, String fallbackSource) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      input.setPreserveWireFeed(true);
      input.setXmlHealerOn(false);
      feed = input.build(new XmlReader(new ByteArrayInputStream(bytes), true));
    } catch (Exception e) {
      // ROME wraps parser errors (FeedException), throws IllegalArgumentException for a root it
      // does not know, and IOException for an unreadable encoding: all the user's input
      String detail = e.getMessage();
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t.getMessage() != null && t.getMessage().contains("DOCTYPE")) {
          detail = t.getMessage();
        }
      }
      if (detail != null && detail.startsWith("Invalid document")) {
        detail = "neither RSS nor Atom";
      }
      throw new PrecisException(SafeXml.problem(name, "RSS or Atom feed", detail, -1), e);
    }
    String title = blankToNull(feed.getTitle());
    String source = title != null ? title : fallbackSource;
    List<String> warnings = new ArrayList<>();
    List<FeedDocument.Entry> entries = new ArrayList<>();
    int empty = 0;
    List<SyndEntry> all = feed.getEntries();
    if (all.size() > MAX_ENTRIES) {
      warnings.add(name + ": " + all.size() + " entries; read the first " + MAX_ENTRIES);
    }
    for (int i = 0; i < Math.min(all.size(), MAX_ENTRIES); i++) {
      SyndEntry e = all.get(i);
      String entryTitle = blankToNull(clean(e.getTitle(), "text/html"));
      boolean hasContent = false;
      String text = "";
      for (SyndContent content : e.getContents()) {
        String cleaned = clean(content.getValue(), content.getType());
        if (!cleaned.isBlank()) {
          text = cleaned;
          hasContent = true;
          break;
        }
      }
      if (!hasContent && e.getDescription() != null) {
        text = clean(e.getDescription().getValue(), e.getDescription().getType());
      }
      if (entryTitle == null && text.isBlank()) {
        empty++;
        continue;
      }
      String link = link(e.getLink(), feed.getLink());
      Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String author = blankToNull(e.getAuthor());
      // a headline alone is still news: its text repeats the headline, as JSON feeds do
      Article article = new Article(idPrefix + "-" + (i + 1), entryTitle,
          date == null ? null : date.toInstant().toString(), link, source, author,
          text.isBlank() ? entryTitle : text);
      entries.add(new FeedDocument.Entry(key(e, link, entryTitle, article.date()), article,
          !hasContent));
    }
    if (empty > 0) {
      warnings.add(name + ": skipped " + empty + (empty == 1 ? " entry" : " entries")
          + " with neither title nor text");
    }
    return new FeedDocument(title, blankToNull(feed.getLink()), ttl(feed.originalWireFeed()),
        entries, warnings);
  }

  /** The feeds an OPML file lists, in document order, each address once. */
  static List<FeedOutline> outlines(byte[] bytes, String name) {
    Document doc = SafeXml.parse(bytes, name, "OPML file");
    if (!doc.getDocumentElement().getTagName().equalsIgnoreCase("opml")) {
      throw new PrecisException(name + " is not an OPML file (its root element is <"
          + doc.getDocumentElement().getTagName() + ">, not <opml>)");
    }
    NodeList nodes = doc.getElementsByTagName("outline");
    List<FeedOutline> outlines = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element outline = (Element) nodes.item(i);
      String url = outline.getAttribute("xmlUrl").strip();
      if (url.isEmpty() || !seen.add(url)) {
        continue;
      }
      String title = blankToNull(outline.getAttribute("title"));
      if (title == null) {
        title = blankToNull(outline.getAttribute("text"));
      }
      outlines.add(new FeedOutline(title, url));
    }
    if (outlines.isEmpty()) {
      throw new PrecisException(name + " lists no feeds (no <outline> with an xmlUrl)");
    }
    return outlines;
  }

  /** Text of an entry field: markup removed, paragraphs kept as lines. */
  static String clean(String value, String type) {
    if (value == null || value.isBlank()) {
      return "";
    }
    String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
    if (t.equals("text") || t.equals("text/plain")) {
      List<String> lines = new ArrayList<>();
      for (String line : value.split("\\R")) {
        String n = BlockText.normalizeSpace(line);
        if (!n.isEmpty()) {
          lines.add(n);
        }
      }
      return String.join("\n", lines);
    }
    return String.join("\n", BlockText.paragraphs(Jsoup.parseBodyFragment(value).body()));
  }

  private static String link(String link, String feedLink) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(link.strip());
      if (!uri.isAbsolute() && feedLink != null) {
        return new URI(feedLink.strip()).resolve(uri).toString();
      }
      return uri.toString();
    } catch (Exception e) {
      return link.strip();
    }
  }

  private static String key(SyndEntry e, String link, String title, String date) {
    String uri = blankToNull(e.getUri());
    if (uri != null) {
      return uri;
    }
    if (link != null) {
      return link;
    }
    return "sha256:" + sha256((title == null ? "" : title) + "\n" + (date == null ? "" : date));
  }

  private static Integer ttl(WireFeed wire) {
    if (wire instanceof Channel channel && channel.getTtl() > 0) {
      return channel.getTtl();
    }
    return null;
  }

  static String sha256(String s) {
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}

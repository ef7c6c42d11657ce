package dev.precis.read;

import com.chimbori.crux.articles.ArticleExtractor;
import dev.precis.PrecisException;
import dev.precis.text.Article;
import dev.precis.text.WordCount;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.NodeTraversor;

/**
 * Turns an HTML page into an article: metadata from {@link HtmlMetadata}, main text from Crux, and
 * a plain jsoup reading of the page's article area when Crux finds too little (it drops short
 * paragraphs, so brief news items can come back nearly empty).
 */
final class HtmlArticleExtractor {
  /** Below this many words Crux's result is compared with the fallback's. */
  static final int MIN_CRUX_WORDS = 50;

  /**
   * Crux walks the page recursively, one stack frame (or several) per level of nesting; a page
   * nested deeper than this (10,000 {@code <div>}s in a row is a few lines of script) would
   * overflow the stack, so it is read by the iterative fallback alone. Real pages nest a few
   * dozen levels.
   */
  static final int MAX_CRUX_DEPTH = 256;

  /** Page furniture that is never article text. */
  private static final String NOT_CONTENT =
      "script, style, noscript, template, svg, iframe, form, button, nav, header, footer, aside";

  /** Class or id words of share bars, newsletter boxes and the like. */
  private static final Pattern BOILERPLATE_CLASS =
      Pattern.compile(
          "(?i)(^|[\\s_-])(share|sharing|social|newsletter|subscribe|related|cookie|promo|advert"
              + "|ad|ads|comments?|breadcrumbs?|byline|sidebar|menu)([\\s_-]|$)");

  private HtmlArticleExtractor() {}

  static Article extract(String id, String html, String name) {
    // jsoup repairs any tag soup; parsing does not throw on malformed markup.
    Document doc = Jsoup.parse(html);
    HtmlMetadata meta = HtmlMetadata.of(doc);
    List<String> paragraphs =
        depth(doc) <= MAX_CRUX_DEPTH ? cruxParagraphs(doc, meta.url()) : List.of();
    if (WordCount.of(String.join(" ", paragraphs)) < MIN_CRUX_WORDS) {
      List<String> fallback = fallbackParagraphs(doc);
      if (WordCount.of(String.join(" ", fallback)) > WordCount.of(String.join(" ", paragraphs))) {
        paragraphs = fallback;
      }
    }
    paragraphs = withoutLeadingTitle(paragraphs, meta.title());
    if (paragraphs.isEmpty()) {
      throw new PrecisException(name + " has no article text (no paragraphs found in the page)");
    }
    return new Article(
        id, meta.title(), meta.date(), meta.url(), meta.source(), meta.byline(),
        String.join("\n", paragraphs));
  }

  /** Crux changes the document it works on, hence the copy. */
  static List<String> cruxParagraphs(Document doc, String url) {
    try {
      Document content =
          ArticleExtractor.with(url == null ? "" : url, doc.clone())
              .extractContent()
              .article()
              .document;
      return content == null ? List.of() : BlockText.paragraphs(content);
    } catch (RuntimeException | StackOverflowError e) {
      // Crux 2.1.0 is old code on a newer jsoup; if it trips over a page (or recurses too deep
      // on a small thread stack despite MAX_CRUX_DEPTH), the fallback still reads it, which is
      // better for the user than failing the whole run.
      return List.of();
    }
  }

  /** How deep the page's elements nest, found without recursion. */
  static int depth(Document doc) {
    int[] deepest = {0};
    NodeTraversor.traverse((node, depth) -> deepest[0] = Math.max(deepest[0], depth), doc);
    return deepest[0];
  }

  /** Paragraph text of the article area (largest {@code <article>}, {@code <main>}, or body). */
  static List<String> fallbackParagraphs(Document original) {
    Document doc = original.clone();
    doc.select(NOT_CONTENT).remove();
    for (Element element : doc.select("[class], [id]")) {
      boolean named =
          BOILERPLATE_CLASS.matcher(element.className()).find()
              || BOILERPLATE_CLASS.matcher(element.id()).find();
      // Class names are loose ("story share-enabled"); a box with several paragraphs is content.
      if (named && element.select("p").size() < 3) {
        element.remove();
      }
    }
    Element area = largest(doc.select("article"));
    if (area == null) {
      area = largest(doc.select("main, [role=main]"));
    }
    if (area == null) {
      area = doc.body();
    }
    return area == null ? List.of() : BlockText.paragraphs(area);
  }

  private static Element largest(List<Element> elements) {
    Element best = null;
    int bestLength = 0;
    for (Element element : elements) {
      int length = element.text().length();
      if (length > bestLength) {
        best = element;
        bestLength = length;
      }
    }
    return best;
  }

  /** The headline often opens the body too; the title field already has it. */
  private static List<String> withoutLeadingTitle(List<String> paragraphs, String title) {
    if (title != null && !paragraphs.isEmpty() && paragraphs.get(0).equalsIgnoreCase(title)) {
      return new ArrayList<>(paragraphs.subList(1, paragraphs.size()));
    }
    return paragraphs;
  }
}

package dev.precis.text;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One news article as the user gave it.
 *
 * <p>Only {@code id} and {@code text} are required; the rest is metadata a reader found (an HTML
 * page's title or byline, a JSON field) and is {@code null} when absent. {@code date} is kept as
 * written; {@link ArticleDates#parse} turns it into a date where it can.
 *
 * @param id unique within a cluster; used in attribution
 * @param title headline, or null
 * @param date publication date as written (ISO-8601 preferred), or null
 * @param url where the article came from, or null
 * @param source outlet or publisher name, or null
 * @param byline author line, or null
 * @param text body text, paragraphs separated by newlines
 */
public record Article(
    String id, String title, String date, String url, String source, String byline, String text)
    implements java.io.Serializable {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id is blank");
    }
  }

  /** An article with only an id and a body. */
  public static Article of(String id, String text) {
    return new Article(id, null, null, null, null, null, text);
  }

  /**
   * Whether the article is a headline alone: no text, or text that only repeats the headline (how
   * a JSON-lines feed of headlines is often written). Such an article has nothing to summarize;
   * it is compared with others by its headline.
   */
  public boolean headlineOnly() {
    if (text.isBlank()) {
      return true;
    }
    // an article's body is far longer than its headline: no need to compare it word by word
    if (title == null || text.length() > 2 * title.length() + 16) {
      return false;
    }
    return collapse(text.strip()).equalsIgnoreCase(collapse(title.strip()));
  }

  private static final Pattern SPACE = Pattern.compile("\\s+");

  private static String collapse(String s) {
    return SPACE.matcher(s).replaceAll(" ");
  }

  public Article withTitle(String newTitle) {
    return new Article(id, newTitle, date, url, source, byline, text);
  }

  public Article withId(String newId) {
    return new Article(newId, title, date, url, source, byline, text);
  }
}

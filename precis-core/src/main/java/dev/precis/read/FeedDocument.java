package dev.precis.read;

import dev.precis.text.Article;
import java.util.List;

/**
 * An RSS or Atom feed as read by {@link ArticleReader#readFeed}: its entries as articles, and what
 * a follower needs to poll it again politely.
 *
 * @param title the feed's title, or null
 * @param link the site the feed belongs to, or null
 * @param ttlMinutes how long the feed may be cached ({@code <ttl>} of RSS 2.0), or null
 * @param entries in the feed's order; entries with neither title nor text are left out
 * @param warnings what the user should know: skipped entries, unreadable dates
 */
public record FeedDocument(String title, String link, Integer ttlMinutes, List<Entry> entries,
    List<String> warnings) {

  public FeedDocument {
    entries = List.copyOf(entries);
    warnings = List.copyOf(warnings);
  }

  /**
   * One entry.
   *
   * @param key what identifies the entry across polls: its guid or Atom id, else its link, else
   *     its title and date
   * @param article the entry as an article (source the feed's title or host)
   * @param teaser whether the entry carries only a summary (no {@code content:encoded} or Atom
   *     content), so its page may hold the full text
   */
  public record Entry(String key, Article article, boolean teaser) {}

  public List<Article> articles() {
    return entries.stream().map(Entry::article).toList();
  }
}

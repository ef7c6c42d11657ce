package dev.precis.cluster;

import java.util.List;
import java.util.Objects;

/**
 * One story found in a stream of articles.
 *
 * @param id the smallest of its article ids (by {@link String#compareTo}); so the id does not
 *     depend on the order articles arrived in, and when two stories merge the merged story keeps
 *     the smaller of the two ids (the other id then names no story)
 * @param title headline of the article closest to the story's centre, or the start of its lead
 *     sentence when that article has no headline
 * @param articleIds the story's articles, in date order (undated first), then by id
 * @param firstDate earliest article date (ISO-8601 day), or null when no article has a readable date
 * @param lastDate latest article date, or null
 */
public record Story(String id, String title, List<String> articleIds, String firstDate,
    String lastDate) implements java.io.Serializable {

  public Story {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    articleIds = List.copyOf(articleIds);
    if (articleIds.isEmpty()) {
      throw new IllegalArgumentException("a story has at least one article");
    }
  }

  /** Number of articles in the story. */
  public int size() {
    return articleIds.size();
  }
}

package dev.precis.facts;

import java.util.List;
import java.util.Objects;

/**
 * A date the story's articles mention.
 *
 * @param text the date as an article wrote it ("April 13, 2017", "Tuesday", "1973-90")
 * @param normalized ISO-8601: {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}, or a range of
 *     years {@code yyyy/yyyy}; null when the text alone does not fix a date and no article date
 *     could
 * @param resolution how {@code normalized} was found
 * @param mentions how many times the articles mention this date, in any wording
 * @param articleIds ids of the articles that mention it, in story order
 */
public record DateMention(
    String text, String normalized, Resolution resolution, int mentions, List<String> articleIds) {

  /** Where a date's {@link #normalized() normalized} form comes from. */
  public enum Resolution {
    /** The text itself gives the date ("April 13, 2017", "2017", "September 2014"). */
    WRITTEN,
    /**
     * The text lacks the year ("Jan. 5") or is a weekday ("on Tuesday"); the article's publication
     * date filled it in. Weekdays count back from that date unless the sentence looks ahead ("will",
     * "due to", "next").
     */
    ARTICLE_DATE,
    /** Relative, and no publication date to resolve it: {@code normalized} is null. */
    UNRESOLVED
  }

  public DateMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(resolution, "resolution");
    articleIds = List.copyOf(articleIds);
  }
}

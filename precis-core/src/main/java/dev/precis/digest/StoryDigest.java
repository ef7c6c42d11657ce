package dev.precis.digest;

import dev.precis.cluster.Story;
import dev.precis.summarize.Summary;
import dev.precis.text.Article;
import java.util.List;

/**
 * One story of a digest.
 *
 * @param story the story's articles (every copy included)
 * @param headline a headline for the story: the title of its most representative article, the
 *     summary's first sentence when no article has a title, or the story's id when neither exists
 * @param summary the story's summary, whose sources credit duplicates too; null when the story
 *     has nothing to summarize (see {@code unavailable})
 * @param duplicates how many of the story's articles were copies of another
 * @param articles the story's articles, in the order of {@code story}
 * @param unavailable why the story has no summary (a feed of headlines has no sentences), or null
 */
public record StoryDigest(Story story, String headline, Summary summary, int duplicates,
    List<Article> articles, String unavailable) {

  public StoryDigest {
    articles = List.copyOf(articles);
    if ((summary == null) == (unavailable == null)) {
      throw new IllegalArgumentException("a story digest has a summary or says why not");
    }
  }
}

package dev.precis.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailedFetchTest {
  static final String ARCHIVE = "These crawls are part of an effort to archive pages as "
      + "they are created and archive the pages that they refer to. That way, as the pages that "
      + "are referenced change or are taken from the web, a link to the version that was live "
      + "when the page was written will be preserved. Then the Internet Archive hopes that "
      + "references to these archived pages will be put in place of a link that would be "
      + "otherwise be broken.";

  @Test
  void archiveBannerIsAFailedFetch() {
    assertTrue(ArticleProfile.failedFetch(ARCHIVE, 40));
  }

  @Test
  void articleWithAStrayNoticeIsNot() {
    String text = "The river rose overnight and flooded the town. Residents fled to the hills. "
        + "Rescue teams worked through the night. We use cookies to improve your experience.";
    // one notice in four sentences: under a third
    assertFalse(ArticleProfile.failedFetch(text, 40));
    // many kept terms: a real article whatever its notices
    assertFalse(ArticleProfile.failedFetch(ARCHIVE, ArticleProfile.FAILED_FETCH_TERMS));
    assertFalse(ArticleProfile.failedFetch("", 0));
  }

  @Test
  void failedFetchesDoNotGatherIntoOneStory() {
    List<Article> articles = List.of(Article.of("a1", ARCHIVE), Article.of("a2", ARCHIVE),
        Article.of("a3", ARCHIVE));
    StoryClusterer clusterer = StoryClusterer.withDefaults();
    clusterer.addAll(articles);
    assertEquals(3, clusterer.stories().size());
    assertNotEquals(clusterer.storyOf("a1"), clusterer.storyOf("a2"));
    assertTrue(clusterer.isFailedFetch("a1"));
    assertTrue(clusterer.stories().stream().allMatch(clusterer::holdsOnlyFailedFetches));
    assertThrows(PrecisException.class, () -> clusterer.isFailedFetch("nope"));
  }
}

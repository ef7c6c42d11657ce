package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import dev.precis.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page without a headline is named by its first sentence, unless that sentence is page
 * furniture: a story is not called by its photo's caption.
 */
class UntitledStoryNameTest {
  private static final String CAPTION = "Hide Caption 3 of 12 Photos: Lindholm ferry strike "
      + "Passengers wait at the ferry terminal in Port Selby.\n(Marta Kessel)";
  private static final String LEAD = "Thousands of travellers were stranded on Lindholm island.";
  private static final String REST = "The company cancelled all 38 crossings scheduled for the "
      + "day, and said it could not say when the service would resume.";

  @Test
  void aCaptionOpeningAnUntitledPageDoesNotNameItsStory() {
    Article page = new Article("ferry-1", null, "2024-05-10", null, null, null,
        CAPTION + "\n" + LEAD + "\n" + REST);
    ArticleProfile profile = ArticleProfile.of(page, Language.ENGLISH);
    assertThat(profile.headline()).startsWith("Thousands of travellers were stranded");

    List<Story> stories = StoryClusterer.cluster(List.of(page), ClusterOptions.defaults());
    assertThat(stories.get(0).title()).startsWith("Thousands of travellers were stranded");
  }

  @Test
  void aHeadlineOrAStoryOpeningNamesItAsBefore() {
    Article titled = new Article("ferry-2", "Ferry crews walk out", "2024-05-10", null, null, null,
        CAPTION + "\n" + LEAD);
    assertThat(ArticleProfile.of(titled, Language.ENGLISH).headline())
        .isEqualTo("Ferry crews walk out");
    Article plain = new Article("ferry-3", null, "2024-05-10", null, null, null,
        LEAD + "\n" + REST);
    assertThat(ArticleProfile.of(plain, Language.ENGLISH).headline()).isEqualTo(LEAD);
  }
}

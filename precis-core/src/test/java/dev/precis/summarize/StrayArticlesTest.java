package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.Language;
import dev.precis.text.TextPipeline;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrayArticlesTest {
  private static final String STRIKE = "Dock workers at the port of Westmarch walked out on Monday "
      + "over pay. The dock workers' union said the strike would last until the port authority "
      + "made a new offer.";
  private static final String STRIKE_AGAIN = "The strike at the port of Westmarch entered its "
      + "second day as dock workers picketed the gates. The port authority said it would meet "
      + "the union on Wednesday.";
  private static final String CRAWL_NOTICE = "These crawls keep copies of pages as they are "
      + "published. A link to the copy that was live when a page was written will be kept, so "
      + "that broken links can be mended.";

  private final TextPipeline text = new TextPipeline(Language.ENGLISH, false, false, null);

  @Test
  void anArticleThatSharesNoPhraseWithTheStoryIsAStray() {
    AnalyzedCluster cluster = text.analyze(List.of(Article.of("strike-1", STRIKE),
        Article.of("notice", CRAWL_NOTICE), Article.of("strike-2", STRIKE_AGAIN)));
    assertThat(StrayArticles.of(cluster).articles().stream().boxed().toList()).containsExactly(1);
    Candidates candidates = new Candidates(cluster, new SentenceVectors(cluster),
        Budget.words(100), 8, 55, 2_000, 0.5);
    assertThat(candidates.indices()).isNotEmpty();
    assertThat(Arrays.stream(candidates.indices())
        .mapToObj(s -> cluster.sentences().get(s).articleId())).allMatch(id -> id.startsWith("strike"));
    assertThat(candidates.notes()).anyMatch(n -> n.startsWith("left out article notice:"));
  }

  @Test
  void whenNoTwoArticlesShareAPhraseTheOneWithMostOfTheWordsIsTheStory() {
    AnalyzedCluster two = text.analyze(List.of(Article.of("notice", CRAWL_NOTICE),
        Article.of("strike", STRIKE + " " + STRIKE_AGAIN)));
    StrayArticles.Strays strays = StrayArticles.of(two);
    assertThat(strays.articles().stream().boxed().toList()).containsExactly(0);
    assertThat(strays.why()).isEqualTo("left out article notice: it shares no two-word phrase "
        + "with article strike, which has most of the story's quotable words (another story or "
        + "page furniture)");
    Candidates candidates = new Candidates(two, new SentenceVectors(two), Budget.words(100), 8,
        55, 2_000, 0.5);
    assertThat(Arrays.stream(candidates.indices())
        .mapToObj(s -> two.sentences().get(s).articleId())).containsOnly("strike");
  }

  @Test
  void withoutTwoArticlesThatShareAPhraseOrOneWithMostOfTheWordsNoneIsAStray() {
    String weather = "Heavy rain will fall across the northern hills on Tuesday, and forecasters "
        + "expect flooding near the rivers by the evening.";
    AnalyzedCluster even = text.analyze(List.of(Article.of("strike", STRIKE),
        Article.of("weather", weather), Article.of("notice", CRAWL_NOTICE)));
    assertThat(StrayArticles.of(even).articles().isEmpty()).isTrue();
    assertThat(StrayArticles.of(even).why()).isEmpty();
    AnalyzedCluster story = text.analyze(List.of(Article.of("strike-1", STRIKE),
        Article.of("strike-2", STRIKE_AGAIN)));
    assertThat(StrayArticles.of(story).articles().isEmpty()).isTrue();
    AnalyzedCluster alone = text.analyze(List.of(Article.of("strike", STRIKE)));
    assertThat(StrayArticles.of(alone).articles().isEmpty()).isTrue();
  }
}

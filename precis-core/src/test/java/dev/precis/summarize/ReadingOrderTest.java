package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.Sentence;
import dev.precis.text.TextPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order a summary's sentences are read in: leads first, an article's run kept together. */
class ReadingOrderTest {
  private static final Article COLUMN = Article.of("column", """
      A couple of years back, a columnist wrote a piece about campus politics that drew heavy \
      criticism.
      In it, he argued that victims on campus enjoyed a coveted status.
      At the time, many readers called it the worst thing they had read that year.""");
  private static final Article PODCAST = Article.of("podcast", """
      The actress is coming under fire for a remark she made on her podcast this week.
      The remark surfaced on the latest episode, in which guests discussed their stories.""");

  private final AnalyzedCluster cluster =
      TextPipeline.english().analyze(List.of(COLUMN, PODCAST));

  private List<String> read(int... chosen) {
    List<Integer> order = SummaryPipeline.readingOrder(cluster,
        java.util.Arrays.stream(chosen).boxed().toList());
    return order.stream().map(s -> cluster.sentences().get(s).text().substring(0, 12)).toList();
  }

  @Test
  void aSentenceThatFollowsAChosenOneInItsArticleComesRightAfterIt() {
    // sentences 0-2 are the column's, 3-4 the podcast's; leads alone would alternate them
    assertThat(cluster.sentences()).extracting(Sentence::articleId)
        .containsExactly("column", "column", "column", "podcast", "podcast");

    assertThat(read(4, 1, 3, 0)).containsExactly(
        "A couple of ", "In it, he ar", "The actress ", "The remark s");
  }

  @Test
  void sentencesThatDoNotFollowOneAnotherStillGoByPosition() {
    // the column's third sentence does not follow a chosen one: the podcast's lead comes first
    assertThat(read(2, 3, 0)).containsExactly("A couple of ", "The actress ", "At the time,");
  }
}

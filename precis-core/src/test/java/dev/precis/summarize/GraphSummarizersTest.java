package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.text.AnalyzedCluster;
import org.junit.jupiter.api.Test;

/** LexRank and TextRank: what graph centrality must rank high and low. */
class GraphSummarizersTest {
  private static final AnalyzedCluster CLUSTER = NewsFixture.cluster();
  private static final Candidates CANDIDATES = NewsFixture.candidates(CLUSTER, Budget.words(100));

  @Test
  void lexRankRanksEveryReportOfTheCollapseAboveTheOffTopicSentence() {
    double[] scores = LexRankSummarizer.defaults().scores(CANDIDATES);
    int offTopic = NewsFixture.sentenceStarting(CLUSTER, NewsFixture.OFF_TOPIC);
    for (String report : NewsFixture.REPEATED) {
      int s = NewsFixture.sentenceStarting(CLUSTER, report);
      assertThat(scores[s]).as(report).isGreaterThan(scores[offTopic]);
    }
    // the off-topic sentence is the least central candidate of all
    for (int s : CANDIDATES.indices()) {
      assertThat(scores[s]).isGreaterThanOrEqualTo(scores[offTopic]);
    }
  }

  @Test
  void lexRankPutsAReportOfTheCollapseFirst() {
    Budget one = Budget.sentences(1);
    Selection selection =
        LexRankSummarizer.defaults().select(NewsFixture.candidates(CLUSTER, one), one);
    String first = CLUSTER.sentences().get(selection.sentences().get(0)).text();
    assertThat(NewsFixture.reportsTheCollapse(first)).as(first).isTrue();
  }

  @Test
  void textRankSimilarityIsSharedWordsOverSummedLogLengths() {
    // distinct shared terms {2, 3}; lengths count repeats: 4 and 5
    int[] a = {1, 2, 3, 3};
    int[] b = {2, 3, 4, 5, 6};
    assertThat(TextRankSummarizer.similarity(a, b)).isCloseTo(2 / (Math.log(4) + Math.log(5)),
        within(1e-12));
    assertThat(TextRankSummarizer.similarity(b, a)).isEqualTo(TextRankSummarizer.similarity(a, b));
    assertThat(TextRankSummarizer.similarity(a, new int[] {7, 8})).isZero();
    // two one-word sentences: log 1 + log 1 = 0, no edge rather than infinity
    assertThat(TextRankSummarizer.similarity(new int[] {5}, new int[] {5})).isZero();
  }

  @Test
  void textRankRanksEveryReportOfTheCollapseAboveTheOffTopicSentence() {
    double[] scores = TextRankSummarizer.defaults().scores(CANDIDATES);
    int offTopic = NewsFixture.sentenceStarting(CLUSTER, NewsFixture.OFF_TOPIC);
    for (String report : NewsFixture.REPEATED) {
      int s = NewsFixture.sentenceStarting(CLUSTER, report);
      assertThat(scores[s]).as(report).isGreaterThan(scores[offTopic]);
    }
  }
}

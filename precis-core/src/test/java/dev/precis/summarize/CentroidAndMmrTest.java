package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two methods that measure a sentence against the cluster's TF-IDF centroid. */
class CentroidAndMmrTest {
  private static final AnalyzedCluster CLUSTER = NewsFixture.cluster();
  private static final Candidates CANDIDATES = NewsFixture.candidates(CLUSTER, Budget.words(100));

  @Test
  void centroidPositionScoreFallsLinearlyFromTheFirstSentence() {
    double[] scores = new CentroidSummarizer(100, 0, 1, 0).scores(CANDIDATES);
    int[] articleLength = {5, 5, 4, 4}; // sentences per fixture article, candidates or not
    for (int s : CANDIDATES.indices()) {
      Sentence sentence = CLUSTER.sentences().get(s);
      int n = articleLength[sentence.articleIndex()];
      assertThat(scores[s]).as(sentence.text())
          .isCloseTo((double) (n - sentence.position()) / n, within(1e-12));
    }
  }

  @Test
  void centroidFirstSentenceOverlapIsOneForTheLead() {
    double[] scores = new CentroidSummarizer(100, 0, 0, 1).scores(CANDIDATES);
    for (String lead : NewsFixture.REPEATED) { // every article opens with its report
      assertThat(scores[NewsFixture.sentenceStarting(CLUSTER, lead)]).isCloseTo(1, within(1e-9));
    }
    int offTopic = NewsFixture.sentenceStarting(CLUSTER, NewsFixture.OFF_TOPIC);
    assertThat(scores[offTopic]).isLessThan(0.1);
  }

  @Test
  void centroidValueFavoursTopicalSentencesAndKeepsOnlyTheTopTerms() {
    double[] scores = new CentroidSummarizer(100, 1, 0, 0).scores(CANDIDATES);
    int offTopic = NewsFixture.sentenceStarting(CLUSTER, NewsFixture.OFF_TOPIC);
    for (String report : NewsFixture.REPEATED) {
      assertThat(scores[NewsFixture.sentenceStarting(CLUSTER, report)])
          .isGreaterThan(2 * scores[offTopic]);
    }
    assertThat(candidates()).anyMatch(s -> scores[s] == 1.0); // scaled to the best

    // a one-term centroid: a sentence either has that term (1) or scores nothing (0)
    double[] single = new CentroidSummarizer(1, 1, 0, 0).scores(CANDIDATES);
    assertThat(candidates()).allMatch(s -> single[s] == 0 || single[s] == 1.0);
    assertThat(candidates()).anyMatch(s -> single[s] == 0);
  }

  private static List<Integer> candidates() {
    return java.util.Arrays.stream(CANDIDATES.indices()).boxed().toList();
  }

  @Test
  void mmrWithLambdaOneIsPureRelevanceRanking() {
    double[] relevance = MmrSummarizer.relevance(CANDIDATES);
    for (Budget budget : List.of(Budget.words(40), Budget.words(100), Budget.sentences(4))) {
      Candidates candidates = NewsFixture.candidates(CLUSTER, budget);
      Selection mmr = new MmrSummarizer(1.0).select(candidates, budget);
      Selection ranked = GreedyFill.byScore(candidates, budget, relevance);
      assertThat(mmr.sentences()).as(budget.toString()).isEqualTo(ranked.sentences());
      assertThat(mmr.scores()).isEqualTo(ranked.scores());
    }
  }

  @Test
  void mmrTradesRelevanceForNovelty() {
    Budget budget = Budget.sentences(2);
    Candidates candidates = NewsFixture.candidates(CLUSTER, budget);
    List<Integer> relevant = new MmrSummarizer(1.0).select(candidates, budget).sentences();
    List<Integer> novel = new MmrSummarizer(0.3).select(candidates, budget).sentences();
    assertThat(novel.get(0)).isEqualTo(relevant.get(0));
    // the fixture's two most relevant sentences overlap; a low lambda must choose another
    assertThat(novel.get(1)).isNotEqualTo(relevant.get(1));
    SentenceVectors v = candidates.vectors();
    assertThat(v.cosine(novel.get(0), novel.get(1)))
        .isLessThan(v.cosine(relevant.get(0), relevant.get(1)));
  }
}

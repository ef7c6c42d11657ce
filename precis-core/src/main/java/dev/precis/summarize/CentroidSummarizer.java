package dev.precis.summarize;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Sentence;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Centroid-based summarization (Radev, Jing, Styś and Tam, 2004, "Centroid-based summarization of
 * multiple documents", the MEAD system): a sentence is central when it uses the words that
 * characterise the whole cluster. Its score is a weighted sum of three features, each scaled to
 * [0, 1] so that the weights compare:
 *
 * <ul>
 *   <li>centroid value: the sum of the cluster centroid's values of its distinct terms, where the
 *       centroid keeps only its top terms by TF-IDF and the sum is divided by the best candidate's;
 *   <li>position: 1 for the first sentence of an article, falling linearly to 1/n for the last of
 *       its n sentences (MEAD's (n − i + 1)/n);
 *   <li>first-sentence overlap: TF-IDF cosine with the first sentence of its article, since news
 *       leads say what the article is about.
 * </ul>
 *
 * <p>The summary is filled best score first by {@link GreedyFill}, whose redundancy check plays
 * the part of MEAD's reranker.
 */
final class CentroidSummarizer implements Summarizer {
  static final String NAME = "centroid";

  private final int centroidTerms;
  private final double centroidWeight;
  private final double positionWeight;
  private final double firstSentenceWeight;

  /**
   * @param centroidTerms the centroid keeps this many terms with the highest TF-IDF
   * @param centroidWeight weight of the centroid value
   * @param positionWeight weight of the position score
   * @param firstSentenceWeight weight of the overlap with the article's first sentence
   */
  CentroidSummarizer(int centroidTerms, double centroidWeight, double positionWeight,
      double firstSentenceWeight) {
    if (centroidTerms < 1) {
      throw new IllegalArgumentException("the centroid needs at least one term");
    }
    if (centroidWeight < 0 || positionWeight < 0 || firstSentenceWeight < 0) {
      throw new IllegalArgumentException("feature weights must not be negative");
    }
    this.centroidTerms = centroidTerms;
    this.centroidWeight = centroidWeight;
    this.positionWeight = positionWeight;
    this.firstSentenceWeight = firstSentenceWeight;
  }

  /** MEAD's default: the three features weigh the same. */
  static CentroidSummarizer defaults() {
    return new CentroidSummarizer(100, 1.0, 1.0, 1.0);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("centroidTerms", centroidTerms);
    p.put("centroidWeight", centroidWeight);
    p.put("positionWeight", positionWeight);
    p.put("firstSentenceWeight", firstSentenceWeight);
    return p;
  }

  @Override
  public Selection select(Candidates candidates, Budget budget) {
    return GreedyFill.byScore(candidates, budget, scores(candidates));
  }

  /** Score of every candidate, indexed by cluster sentence (0 for non-candidates). */
  double[] scores(Candidates candidates) {
    AnalyzedCluster cluster = candidates.cluster();
    SentenceVectors vectors = candidates.vectors();
    double[] centroid = truncate(ClusterTerms.centroid(cluster, vectors));

    int articles = cluster.articles().size();
    int[] articleLength = new int[articles];
    int[] firstSentence = new int[articles];
    Arrays.fill(firstSentence, -1);
    for (Sentence s : cluster.sentences()) {
      articleLength[s.articleIndex()] = Math.max(articleLength[s.articleIndex()], s.position() + 1);
      if (firstSentence[s.articleIndex()] < 0) {
        firstSentence[s.articleIndex()] = s.index();
      }
    }

    double[] centrality = new double[cluster.size()];
    double best = 0;
    for (int s : candidates.indices()) {
      for (int t : vectors.ids(s)) {
        centrality[s] += centroid[t];
      }
      best = Math.max(best, centrality[s]);
    }
    double[] scores = new double[cluster.size()];
    for (int s : candidates.indices()) {
      Sentence sentence = candidates.sentence(s);
      int n = articleLength[sentence.articleIndex()];
      double position = (double) (n - sentence.position()) / n;
      double overlap = vectors.cosine(s, firstSentence[sentence.articleIndex()]);
      scores[s] = centroidWeight * (best > 0 ? centrality[s] / best : 0)
          + positionWeight * position + firstSentenceWeight * overlap;
    }
    return scores;
  }

  /** Zeroes all but the top terms: MEAD keeps only the words that define the topic. */
  private double[] truncate(double[] centroid) {
    if (centroid.length <= centroidTerms) {
      return centroid;
    }
    int[] kept = IntStream.range(0, centroid.length).boxed()
        .sorted(Comparator.comparingDouble((Integer t) -> -centroid[t]).thenComparingInt(t -> t))
        .limit(centroidTerms).mapToInt(Integer::intValue).toArray();
    double[] truncated = new double[centroid.length];
    for (int t : kept) {
      truncated[t] = centroid[t];
    }
    return truncated;
  }
}

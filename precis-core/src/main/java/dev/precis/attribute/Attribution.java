package dev.precis.attribute;

import dev.precis.dedup.DedupResult;
import dev.precis.similar.Rewording;
import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.Sentence;
import dev.precis.text.StorySentences;
import dev.precis.text.SortedIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Finds, for a summary sentence, the sentences of other articles that say the same thing: exact
 * and near copies, rewrites that keep most of its content words, and (in English) rewordings the
 * paraphrase model recognises. Those articles are the sentence's sources; their count is its
 * support.
 *
 * <p>A sentence that states another figure, weekday or month is never support, however alike
 * the words: "killed at least 62" in one wire update and "at least 65" in the next are the same
 * sentence to a similarity measure, yet crediting the second would put a number in its mouth.
 * Such a sentence in much the same words is reported as differing instead: the sources disagree,
 * and a reader should know.
 *
 * <p>Copies that deduplication set aside are not in the cluster; each is credited through its
 * own version of the sentence ({@code CopyCredit}). Not thread-safe (the paraphrase test caches
 * what it has read): one per summary.
 *
 * <pre>{@code
 * Attribution attribution = new Attribution(cluster, vectors, 0.45,
 *     new Rewording(cluster, vectors), dedup, articles, StorySentences::of);
 * SummarySentence s = attribution.attribute(chosen, score);
 * s.sources();   // the articles that say it: its own first
 * s.differing(); // sentences that repeat it with another figure
 * }</pre>
 */
public final class Attribution {
  /**
   * TF-IDF cosine at which a sentence with another figure is the same sentence with the figure
   * changed, a disagreement; below it, it is another statement that happens to share words and
   * name another day ("the storm began Monday", "Tuesday night's expected storm").
   */
  static final double DIFFERING = 0.7;

  private final AnalyzedCluster cluster;
  private final SentenceVectors vectors;
  private final double threshold;
  private final Rewording rewording;
  private final CopyCredit copies;

  /**
   * Attribution among the cluster's own articles, for a story without copies set aside.
   *
   * @param threshold the wording similarity at which another sentence supports one
   * @param rewording the paraphrase test; its matches count when no sentence of that article
   *     reaches {@code threshold}
   */
  public Attribution(AnalyzedCluster cluster, SentenceVectors vectors, double threshold,
      Rewording rewording) {
    this(cluster, vectors, threshold, rewording, null, cluster.articles(), StorySentences::of);
  }

  /**
   * Attribution over one analysed cluster, crediting copies as well.
   *
   * @param threshold the wording similarity at which another sentence supports one
   * @param rewording the paraphrase test; its matches count when no sentence of that article
   *     reaches {@code threshold}
   * @param dedup the copy groups of {@code articles}, or null when none were looked for; the
   *     cluster holds their representatives, and each copy is credited by {@code CopyCredit}
   * @param articles every article of the story, copies included
   * @param reader how a copy is read into its story's sentences: {@link StorySentences#once}
   *     shares the reading dedup made
   */
  public Attribution(AnalyzedCluster cluster, SentenceVectors vectors, double threshold,
      Rewording rewording, DedupResult dedup, List<Article> articles,
      Function<Article, List<StorySentences.Sentence>> reader) {
    this.cluster = cluster;
    this.vectors = vectors;
    this.threshold = threshold;
    this.rewording = rewording;
    this.copies = new CopyCredit(dedup, articles, reader);
  }

  /**
   * Summary sentence {@code s} of the cluster with its sources, evidence and disagreements, copies
   * credited; {@code score} is the method's score for it.
   */
  public SummarySentence attribute(int s, double score) {
    return copies.credit(attributeInCluster(s, score));
  }

  /** As {@link #attribute}, among the cluster's own articles only (copies not credited). */
  SummarySentence attributeInCluster(int s, double score) {
    Sentence sentence = cluster.sentences().get(s);
    int articles = cluster.articles().size();
    // the best-matching sentence of each other article: by wording first, since a sentence that
    // repeats the words is better evidence than one the model reads as a rewording
    int[] bestSentence = new int[articles];
    double[] bestSimilarity = new double[articles];
    SummarySentence.Match[] match = new SummarySentence.Match[articles];
    Arrays.fill(bestSentence, -1);
    // per article, the closest sentence that repeats this one with another figure
    int[] differingSentence = new int[articles];
    double[] differingSimilarity = new double[articles];
    Arrays.fill(differingSentence, -1);
    // each pair's cosine, computed once for the wording check, the differing check and the model
    double[] cosine = new double[cluster.size()];
    for (Sentence other : cluster.sentences()) {
      int a = other.articleIndex();
      if (a == sentence.articleIndex()) {
        continue;
      }
      cosine[other.index()] = vectors.cosine(s, other.index());
      double similarity = similarity(s, other.index(), cosine[other.index()]);
      if (similarity < threshold) {
        continue;
      }
      if (rewording.statesOtherFigures(s, other.index())) {
        if (cosine[other.index()] >= DIFFERING && similarity > differingSimilarity[a]) {
          differingSimilarity[a] = similarity;
          differingSentence[a] = other.index();
        }
      } else if (similarity > bestSimilarity[a]) {
        bestSimilarity[a] = similarity;
        bestSentence[a] = other.index();
        match[a] = SummarySentence.Match.WORDING;
      }
    }
    for (Sentence other : cluster.sentences()) {
      int a = other.articleIndex();
      if (a == sentence.articleIndex() || match[a] == SummarySentence.Match.WORDING) {
        continue;
      }
      double probability = rewording.probability(s, other.index(), cosine[other.index()]);
      if (probability >= Rewording.THRESHOLD && probability > bestSimilarity[a]
          && !rewording.statesOtherFigures(s, other.index())) {
        bestSimilarity[a] = probability;
        bestSentence[a] = other.index();
        match[a] = SummarySentence.Match.PARAPHRASE;
      }
    }
    List<String> sources = new ArrayList<>();
    List<SummarySentence.Evidence> evidence = new ArrayList<>();
    List<SummarySentence.Evidence> differing = new ArrayList<>();
    sources.add(sentence.articleId());
    for (int a = 0; a < articles; a++) {
      if (bestSentence[a] >= 0) {
        Sentence other = cluster.sentences().get(bestSentence[a]);
        if (!sources.contains(other.articleId())) {
          sources.add(other.articleId());
        }
        evidence.add(evidence(other, bestSimilarity[a], match[a]));
      } else if (differingSentence[a] >= 0) {
        // an article that also states the sentence elsewhere supports it; only one that does not
        // is reported as differing
        differing.add(evidence(cluster.sentences().get(differingSentence[a]),
            differingSimilarity[a], SummarySentence.Match.WORDING));
      }
    }
    return new SummarySentence(sentence.text(), sentence.articleId(), sentence.start(),
        sentence.end(), sources, evidence, differing, score);
  }

  private static SummarySentence.Evidence evidence(Sentence other, double similarity,
      SummarySentence.Match match) {
    return new SummarySentence.Evidence(other.articleId(), other.start(), other.end(),
        Math.round(similarity * 1000) / 1000.0, match);
  }

  /**
   * Cosine of the TF-IDF vectors, or, for a shorter sentence that another contains almost whole
   * (a rewrite that adds a clause), the share of its content terms the other repeats.
   */
  private double similarity(int a, int b, double cosine) {
    int[] ia = vectors.ids(a);
    int[] ib = vectors.ids(b);
    int shorter = Math.min(ia.length, ib.length);
    if (shorter < 6) {
      return cosine;
    }
    int common = SortedIds.intersectionSize(ia, ib);
    double containment = (double) common / ia.length;
    return Math.max(cosine, containment >= 0.8 ? containment : 0);
  }
}

package dev.precis.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Blocking: finds, for each article, the few others worth comparing it with, without comparing
 * every pair. Each article asks with its {@link #QUERY_TERMS} most weighted terms; each term
 * answers with the {@link #SCAN} articles it weighs most in; the articles met most strongly (sum
 * of weight products over the shared query terms) are its candidates. Work is linear in the number
 * of articles, and no position in a stream enters the result, so it does not depend on order.
 *
 * <pre>{@code
 * Neighbourhoods near = CandidateSearch.search(vectors, statistics, 0);
 * near.of(i);        // i's candidates and the ones that chose i, closest (cosine) first
 * }</pre>
 *
 * <p>A failed fetch is nobody's candidate. With a time window, two dated articles further apart
 * than it are never candidates of each other.
 */
final class CandidateSearch {
  /** Query terms per article. */
  static final int QUERY_TERMS = 12;
  /** Articles each term answers with: bounds the work in a story of thousands. */
  static final int SCAN = 120;
  /** Candidates each article chooses (it may be chosen by more). */
  static final int CANDIDATES = 16;
  /** Articles from which the search uses every processor; the result is the same. */
  static final int PARALLEL_FROM = 2_000;

  private CandidateSearch() {}

  /**
   * The neighbourhoods of every article.
   *
   * @param vectors the articles, indexed by position
   * @param statistics the statistics the vectors were made with
   * @param windowDays 0, or the most days two dated candidates may be apart
   */
  static Neighbourhoods search(List<ArticleVector> vectors, TermStatistics statistics,
      int windowDays) {
    int n = vectors.size();
    int[][] answers = answers(vectors, statistics.terms().size());
    float[][] answerWeights = answerWeights(vectors, answers);
    int[][] chosen = new int[n][];
    int workers = n < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
    IntStream.range(0, workers).parallel().forEach(w -> {
      double[] score = new double[n];
      int[] touched = new int[n];
      int[] seen = new int[n];
      Arrays.fill(seen, -1);
      for (int i = w; i < n; i += workers) {
        chosen[i] = choose(i, vectors, statistics, answers, answerWeights, windowDays, score,
            touched, seen);
      }
    });
    return Neighbourhoods.of(vectors, chosen);
  }

  /** For each term, the articles it weighs most in, heaviest first, ties by index. */
  private static int[][] answers(List<ArticleVector> vectors, int terms) {
    int[] df = new int[terms];
    for (ArticleVector v : vectors) {
      if (!v.failedFetch()) {
        for (int t : v.terms().ids()) {
          df[t]++;
        }
      }
    }
    int[][] postings = new int[terms][];
    for (int t = 0; t < terms; t++) {
      postings[t] = new int[df[t]];
    }
    int[] fill = new int[terms];
    for (int i = 0; i < vectors.size(); i++) {
      ArticleVector v = vectors.get(i);
      if (!v.failedFetch()) {
        for (int t : v.terms().ids()) {
          postings[t][fill[t]++] = i;
        }
      }
    }
    for (int t = 0; t < terms; t++) {
      if (postings[t].length > SCAN) {
        postings[t] = heaviest(postings[t], t, vectors);
      }
    }
    return postings;
  }

  /** The {@link #SCAN} articles of a posting list that weigh the term most, ties by index. */
  private static int[] heaviest(int[] posting, int term, List<ArticleVector> vectors) {
    Integer[] order = new Integer[posting.length];
    float[] w = new float[posting.length];
    for (int k = 0; k < posting.length; k++) {
      order[k] = k;
      w[k] = weightOf(vectors.get(posting[k]).terms(), term);
    }
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Float.compare(w[b], w[a])
        : Integer.compare(posting[a], posting[b]));
    int[] top = new int[SCAN];
    for (int k = 0; k < SCAN; k++) {
      top[k] = posting[order[k]];
    }
    Arrays.sort(top);
    return top;
  }

  private static float[][] answerWeights(List<ArticleVector> vectors, int[][] answers) {
    float[][] weights = new float[answers.length][];
    for (int t = 0; t < answers.length; t++) {
      weights[t] = new float[answers[t].length];
      for (int k = 0; k < answers[t].length; k++) {
        weights[t][k] = weightOf(vectors.get(answers[t][k]).terms(), t);
      }
    }
    return weights;
  }

  static float weightOf(SparseVector v, int id) {
    int k = Arrays.binarySearch(v.ids(), id);
    return k >= 0 ? v.weights()[k] : 0f;
  }

  /** Article {@code i}'s chosen candidates, best first; scratch arrays are left clean. */
  private static int[] choose(int i, List<ArticleVector> vectors, TermStatistics statistics,
      int[][] answers, float[][] answerWeights, int windowDays, double[] score, int[] touched,
      int[] seen) {
    ArticleVector a = vectors.get(i);
    if (a.failedFetch()) {
      return new int[0];
    }
    int count = 0;
    SparseVector terms = a.terms();
    for (int k : queryTerms(terms, statistics)) {
      int t = terms.ids()[k];
      float wi = terms.weights()[k];
      int[] list = answers[t];
      float[] lw = answerWeights[t];
      for (int p = 0; p < list.length; p++) {
        int j = list[p];
        if (j == i || !withinWindow(a, vectors.get(j), windowDays)) {
          continue;
        }
        if (seen[j] != i) {
          seen[j] = i;
          touched[count++] = j;
        }
        score[j] += (double) wi * lw[p];
      }
    }
    int[] best = best(touched, count, score, CANDIDATES);
    for (int k = 0; k < count; k++) {
      score[touched[k]] = 0;
    }
    return best;
  }

  static boolean withinWindow(ArticleVector a, ArticleVector b, int windowDays) {
    return windowDays <= 0 || !a.dated() || !b.dated()
        || Math.abs((long) a.day() - b.day()) <= windowDays;
  }

  /**
   * Positions (in the article's term vector) of its query terms: the most weighted terms that
   * some other article also uses, ties by term id. A term of one article alone finds no one, and
   * IDF ranks such terms first.
   */
  static int[] queryTerms(SparseVector terms, TermStatistics statistics) {
    int[] ids = terms.ids();
    float[] w = terms.weights();
    Vocabulary vocabulary = statistics.terms();
    Integer[] order = new Integer[ids.length];
    int shared = 0;
    for (int k = 0; k < ids.length; k++) {
      if (vocabulary.documentFrequency(ids[k]) > 1) {
        order[shared++] = k;
      }
    }
    Integer[] kept = Arrays.copyOf(order, shared);
    Arrays.sort(kept, (x, y) -> w[x] != w[y] ? Float.compare(w[y], w[x])
        : Integer.compare(ids[x], ids[y]));
    int limit = Math.min(QUERY_TERMS, shared);
    int[] query = new int[limit];
    for (int k = 0; k < limit; k++) {
      query[k] = kept[k];
    }
    return query;
  }

  /**
   * The {@code limit} touched articles of highest score, highest first, ties by index. A bounded
   * insertion rather than a sort: an article touches up to {@code QUERY_TERMS * SCAN} others and
   * keeps {@link #CANDIDATES}.
   */
  static int[] best(int[] touched, int count, double[] score, int limit) {
    int[] top = new int[Math.min(limit, count)];
    int size = 0;
    for (int k = 0; k < count; k++) {
      int j = touched[k];
      if (size == top.length && !ranksBefore(j, top[size - 1], score)) {
        continue;
      }
      int at = size < top.length ? size++ : size - 1;
      while (at > 0 && ranksBefore(j, top[at - 1], score)) {
        top[at] = top[at - 1];
        at--;
      }
      top[at] = j;
    }
    return top;
  }

  private static boolean ranksBefore(int a, int b, double[] score) {
    return score[a] > score[b] || (score[a] == score[b] && a < b);
  }
}

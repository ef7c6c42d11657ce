package dev.precis.cluster;

import java.util.ArrayList;
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
 * CandidateSearch search = CandidateSearch.of(vectors, statistics, 0);
 * int[] chosen = search.choose(i);   // i's candidates, best first
 * search.add(vector);                // one article more (its index is the next one)
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

  private final List<ArticleVector> vectors;
  private final TermStatistics statistics;
  private final int windowDays;
  /** For each term id, the articles it weighs most in, heaviest first, ties by index. */
  private final int[][] answers;
  private final float[][] answerWeights;
  private final int[][] answerDays;
  private final int[] answerCount;

  private CandidateSearch(List<ArticleVector> vectors, TermStatistics statistics, int windowDays) {
    this.vectors = vectors;
    this.statistics = statistics;
    this.windowDays = windowDays;
    int terms = statistics.terms().size();
    this.answers = new int[terms][];
    this.answerWeights = new float[terms][];
    this.answerDays = new int[terms][];
    this.answerCount = new int[terms];
  }

  /**
   * The search over these articles; {@code vectors} is kept, and {@link #add} appends to it.
   *
   * @param statistics the statistics the vectors were made with
   * @param windowDays 0, or the most days two dated candidates may be apart
   */
  static CandidateSearch of(List<ArticleVector> vectors, TermStatistics statistics,
      int windowDays) {
    CandidateSearch search = new CandidateSearch(vectors, statistics, windowDays);
    search.build();
    return search;
  }

  /** The neighbourhoods of every article: each one's choice and the articles that chose it. */
  static Neighbourhoods search(List<ArticleVector> vectors, TermStatistics statistics,
      int windowDays) {
    CandidateSearch search = of(vectors, statistics, windowDays);
    return Neighbourhoods.of(vectors, search.chooseAll());
  }

  /** Every article's choice, on every processor for large sets (the result is the same). */
  int[][] chooseAll() {
    int n = vectors.size();
    int[][] chosen = new int[n][];
    int workers = n < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
    IntStream.range(0, workers).parallel().forEach(w -> {
      Scratch scratch = new Scratch(n);
      for (int i = w; i < n; i += workers) {
        chosen[i] = choose(i, scratch);
      }
    });
    return chosen;
  }

  /** Fills the answers of every term from all articles at once. */
  private void build() {
    int terms = answers.length;
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
      int[] posting = postings[t];
      if (posting.length == 0) {
        continue;
      }
      float[] w = new float[posting.length];
      Integer[] order = new Integer[posting.length];
      for (int k = 0; k < posting.length; k++) {
        order[k] = k;
        w[k] = weightOf(vectors.get(posting[k]).terms(), t);
      }
      Arrays.sort(order, (a, b) -> w[a] != w[b] ? Float.compare(w[b], w[a])
          : Integer.compare(posting[a], posting[b]));
      int kept = Math.min(SCAN, posting.length);
      answers[t] = new int[SCAN];
      answerWeights[t] = new float[SCAN];
      answerDays[t] = new int[SCAN];
      for (int k = 0; k < kept; k++) {
        answers[t][k] = posting[order[k]];
        answerWeights[t][k] = w[order[k]];
        answerDays[t][k] = vectors.get(posting[order[k]]).day();
      }
      answerCount[t] = kept;
    }
  }

  /**
   * Adds the article that was appended last to the vectors: it enters the answers of each of its
   * terms where it weighs among the {@link #SCAN} heaviest. The same answers as building anew.
   */
  void add(int i) {
    ArticleVector v = vectors.get(i);
    if (v.failedFetch()) {
      return;
    }
    int[] ids = v.terms().ids();
    float[] ws = v.terms().weights();
    for (int k = 0; k < ids.length; k++) {
      int t = ids[k];
      if (answers[t] == null) {
        answers[t] = new int[SCAN];
        answerWeights[t] = new float[SCAN];
        answerDays[t] = new int[SCAN];
      }
      int count = answerCount[t];
      int at = count;
      // the new index is the largest, so it goes after equal weights
      while (at > 0 && answerWeights[t][at - 1] < ws[k]) {
        at--;
      }
      if (at >= SCAN) {
        continue;
      }
      int last = Math.min(count, SCAN - 1);
      System.arraycopy(answers[t], at, answers[t], at + 1, last - at);
      System.arraycopy(answerWeights[t], at, answerWeights[t], at + 1, last - at);
      System.arraycopy(answerDays[t], at, answerDays[t], at + 1, last - at);
      answers[t][at] = i;
      answerWeights[t][at] = ws[k];
      answerDays[t][at] = v.day();
      answerCount[t] = Math.min(SCAN, count + 1);
    }
  }

  static float weightOf(SparseVector v, int id) {
    int k = Arrays.binarySearch(v.ids(), id);
    return k >= 0 ? v.weights()[k] : 0f;
  }

  /** Scratch arrays of one worker, left clean after each article. */
  static final class Scratch {
    double[] score;
    int[] touched;
    int[] seen;

    Scratch(int n) {
      score = new double[n];
      touched = new int[n];
      seen = new int[n];
      Arrays.fill(seen, -1);
    }

    void fit(int n) {
      if (score.length < n) {
        int old = seen.length;
        score = Arrays.copyOf(score, n);
        touched = Arrays.copyOf(touched, n);
        seen = Arrays.copyOf(seen, n);
        Arrays.fill(seen, old, n, -1);
      }
    }
  }

  /**
   * The answers of one term: the articles it weighs most in, heaviest first (ties by index), with
   * the term's weight in each and each one's day.
   *
   * @param nodes article indices
   * @param weights the term's weight in each
   * @param days each one's epoch day, or {@link ArticleProfile#NO_DATE}
   * @param count how many of the arrays' first entries hold answers
   */
  record Answers(int[] nodes, float[] weights, int[] days, int count) {
    static final Answers NONE = new Answers(new int[0], new float[0], new int[0], 0);
  }

  /** Article {@code i}'s chosen candidates, best first. */
  int[] choose(int i, Scratch scratch) {
    ArticleVector a = vectors.get(i);
    if (a.failedFetch()) {
      return new int[0];
    }
    int[] query = queryTerms(a.terms(), statistics);
    Answers[] given = new Answers[query.length];
    for (int q = 0; q < query.length; q++) {
      int t = a.terms().ids()[query[q]];
      given[q] = answers[t] == null ? Answers.NONE
          : new Answers(answers[t], answerWeights[t], answerDays[t], answerCount[t]);
    }
    scratch.fit(vectors.size());
    return choose(i, a, query, given, windowDays, scratch);
  }

  /**
   * An article's chosen candidates from the answers its query terms gave: the {@link
   * #CANDIDATES} met most strongly (sum over query terms, in query order, of the product of the
   * two weights), best first, ties by index. Where the answers were gathered (here, or on other
   * machines) does not enter the result.
   *
   * @param query positions of the query terms in the article's term vector ({@link #queryTerms})
   * @param given the answers of each query term, in the same order
   * @param scratch arrays at least as long as the largest index
   */
  static int[] choose(int i, ArticleVector a, int[] query, Answers[] given, int windowDays,
      Scratch scratch) {
    double[] score = scratch.score;
    int[] touched = scratch.touched;
    int[] seen = scratch.seen;
    int count = 0;
    SparseVector terms = a.terms();
    for (int q = 0; q < query.length; q++) {
      float wi = terms.weights()[query[q]];
      Answers answer = given[q];
      for (int p = 0; p < answer.count(); p++) {
        int j = answer.nodes()[p];
        if (j == i || !withinWindow(a.day(), answer.days()[p], windowDays)) {
          continue;
        }
        if (seen[j] != i) {
          seen[j] = i;
          touched[count++] = j;
        }
        score[j] += (double) wi * answer.weights()[p];
      }
    }
    int[] best = best(touched, count, score, CANDIDATES);
    for (int k = 0; k < count; k++) {
      score[touched[k]] = 0;
      seen[touched[k]] = -1;
    }
    return best;
  }

  static boolean withinWindow(ArticleVector a, ArticleVector b, int windowDays) {
    return withinWindow(a.day(), b.day(), windowDays);
  }

  /** Whether two days are within the window: always when it is off or either is undated. */
  static boolean withinWindow(int dayA, int dayB, int windowDays) {
    return windowDays <= 0 || dayA == ArticleProfile.NO_DATE || dayB == ArticleProfile.NO_DATE
        || Math.abs((long) dayA - dayB) <= windowDays;
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
    List<Integer> kept = new ArrayList<>(ids.length);
    for (int k = 0; k < ids.length; k++) {
      if (vocabulary.documentFrequency(ids[k]) > 1) {
        kept.add(k);
      }
    }
    kept.sort((x, y) -> w[x] != w[y] ? Float.compare(w[y], w[x])
        : Integer.compare(ids[x], ids[y]));
    int limit = Math.min(QUERY_TERMS, kept.size());
    int[] query = new int[limit];
    for (int k = 0; k < limit; k++) {
      query[k] = kept.get(k);
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

package dev.precis.cluster;

import dev.precis.PrecisException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Groups a set of articles into stories. A pure function of the set and the options: the result
 * does not depend on the order the articles were given in.
 *
 * <p>How that is achieved: articles are first put in a canonical order (date, undated first, then
 * id) and terms are numbered in that order, so every later step (IDF, vectors, candidate search,
 * the single pass, floating-point sums) runs the same way for the same set. Then:
 *
 * <ol>
 *   <li>TF-IDF vectors for three signals (all terms, names, headline), IDF from the set;
 *   <li>candidate neighbours: for each article, the earlier articles (in the canonical order) that
 *       share its most weighted terms, found through an inverted index, scanning at most
 *       {@link #SCAN} postings back per term and none beyond the time window, so the work is
 *       linear in the number of articles, not quadratic;
 *   <li>one pass in canonical order: an article joins the most similar story among its
 *       neighbours' stories when its similarity to that story's centroid reaches the threshold
 *       and it is close to at least one member ({@link #MEMBER_LINK}), else it starts a story.
 *       Comparing with the centroid, not with one neighbour, is the guard against chaining two
 *       stories through one article that mentions both; the member check is the guard against a
 *       centroid that has grown too general;
 *   <li>refinement: each article moves to a neighbouring story whose centroid (without it) is
 *       closer than its own, which undoes early mistakes of the pass, when a story's first
 *       articles had not yet shown what it was about; a headline without text moves only to the
 *       story of the headline most like it ({@link #refinedHeadline});
 *   <li>merging: neighbouring stories whose centroids are very similar (cosine at least {@link
 *       #MERGE_THRESHOLD}, or twice the threshold if higher; or half that when densely linked),
 *       whose articles are alike pair by pair on average ({@link #MERGE_AVERAGE_LINK}) and whose
 *       dates are within the window become one, a pair at a time per round;
 *   <li>stories of one voice: a story that is one article, or copies of one article, joins its
 *       clearly closest story at a lower bar ({@link #ONE_VOICE_FACTOR} of the threshold), since
 *       nothing vouches for it being a story of its own.
 * </ol>
 *
 * <p>Story ids are the smallest article id of each story, so they too depend only on the set.
 * IDF learned from the set changes every vector a little with each new article, which is why the
 * whole partition is recomputed rather than patched: patching only the new article's neighbourhood
 * would make the result depend on the arrival order.</p>
 */
final class Partition {
  /** Signals, in the order of the weight array. */
  private static final int TERMS = 0;
  private static final int NAMES = 1;
  private static final int TITLE = 2;
  /**
   * Sentence embeddings, stored like the sparse signals with the dimensions as term ids, so the
   * centroid and similarity code serves all four.
   */
  private static final int EMBEDDING = 3;
  private static final int SIGNALS = 4;
  /** Query terms per article for the candidate search. */
  static final int QUERY_TERMS = 12;
  /** Postings scanned back per query term: bounds the work in a story of thousands. */
  static final int SCAN = 120;
  /** Neighbours kept per article. */
  static final int NEIGHBOURS = 16;
  /** Articles from which the candidate search and refinement use every processor. */
  static final int PARALLEL_FROM = 2_000;
  /**
   * Refinement rounds at most; it usually settles in a few. Running it until it settles rather
   * than twice lets a moved article pull its neighbours after it.
   */
  static final int REFINE_ROUNDS = 6;
  /**
   * Documents that IDF pretends to have seen without any of the terms. Without them a small
   * stream gets IDF backwards: in three articles on one flood, the words they share are the ones
   * IDF discounts most, and the flood falls apart. Negligible once thousands have been seen.
   */
  static final double BACKGROUND = 50;
  /**
   * Centroid cosine at which two neighbouring stories merge after the pass: the pass can leave
   * one story in two pieces when its first articles were not alike enough (near-copies, which
   * keep each other company, are the usual case).
   */
  static final double MERGE_THRESHOLD = 0.4;
  static final int MERGE_ROUNDS = 5;
  /**
   * Fraction of the merge threshold at which two stories still merge when they are densely
   * linked (see {@link #LINK_SHARE}). The pass splits a story whose halves share few words with
   * the other half's centroid (a long-running topic told from two angles), yet the articles of
   * each half find their closest neighbours in the other; one article about two stories links
   * them only once, so this does not chain unrelated stories.
   */
  static final double LINK_MERGE = 0.5;
  /** Closest neighbours per article that count as links between stories. */
  static final int STRONG = 3;
  /** Links needed for a merge at the lower threshold, per article of the smaller story. */
  static final double LINK_SHARE = 0.5;
  /**
   * Mean article-to-article similarity two stories need to merge, whichever rule proposes it.
   * Centroids of two stories on the same ground (US politics: a Romney speech, a Trump poll, a
   * Senate race) can be close while their articles, pair by pair, are not; measured on the
   * Multi-News stream, this check took precision from 0.92 to 0.95 at a loss of 0.005 recall.
   */
  static final double MERGE_AVERAGE_LINK = 0.12;
  /** Articles per story compared by the average-link check. */
  static final int AVERAGE_LINK_SAMPLE = 12;
  /**
   * Similarity to one of the story's articles (among the article's candidate neighbours) that an
   * article needs in the pass, besides reaching the threshold with the centroid, to join that
   * story. A story's centroid grows general as it grows (the Middle East, US politics), so the
   * first report of a neighbouring event on the same ground reaches the threshold with it while
   * resembling no single article of it. Refused, it starts a story of its own (the next best
   * story is not tried: it was less similar still), and the event's later reports gather there.
   * Refinement does not ask this: a lone refused article that fits no better elsewhere goes back
   * to the story that refused it, which is right more often than not (measured: asking it there
   * too lost recall on both development streams). Measured on DUC 2003: two pairs of events were
   * fused whole without it. Not asked of a headline without text: two headlines of one story
   * often share too few words for it.
   */
  static final double MEMBER_LINK = 0.25;

  /**
   * Similarity of two articles from which they count as copies of one article (a wire story and
   * its update, a syndicated reprint): one voice, however many times it is printed. 0.6 gives the
   * same stories on both development streams.
   */
  static final double COPY = 0.8;
  /** Largest story checked for being one voice; copies of one article rarely run longer. */
  static final int ONE_VOICE_MAX = 6;
  /**
   * Fraction of the threshold at which a story of one voice joins its closest story at the end.
   * The pass holds every article to the full threshold, because a wrong member pulls the centroid
   * toward the next wrong one; at the end nothing builds on the choice, and an article no other
   * article vouches for has no evidence of being a story of its own. Measured on both development
   * streams with {@link #ONE_VOICE_MARGIN}: 0.6 and 0.7 alike, 0.8 gains less.
   */
  static final double ONE_VOICE_FACTOR = 0.7;
  /**
   * Lead over the second closest story that a story of one voice needs to join the closest: an
   * article between two stories belongs to neither clearly. Measured with lone articles: 0 or
   * 0.01 took wrong joins on Multi-News, 0.03 lost a right one on DUC, 0.05 on both streams.
   */
  static final double ONE_VOICE_MARGIN = 0.02;

  record Result(List<Story> stories, Map<String, String> storyOf) {}

  /** The canonical order: date (undated first), then id. */
  static final Comparator<ArticleFeatures> ORDER =
      Comparator.<ArticleFeatures>comparingInt(a -> a.day).thenComparing(a -> a.id);

  private final ArticleFeatures[] articles;
  private final int n;
  private final ClusterOptions options;
  private final double[] weight;
  private final int[][][] ids = new int[SIGNALS][][];
  private final float[][][] weights = new float[SIGNALS][][];
  private int[][] postings;
  private float[][] postingWeights;
  private int[][] neighbours;
  /** For each article, the articles that have it among their candidate neighbours. */
  private List<List<Integer>> reverse;
  /** See {@link #nearestOfHeadlines}. */
  private int[] nearestOfHeadline;
  private int[] story;
  /** Computed at the first merge: depends only on the vectors and candidate lists. */
  private int[][] strongest;
  private final List<Centroid> centroids = new ArrayList<>();
  /**
   * Scratch vectors, one per signal, indexed by its term ids (name ids for names, dimensions for
   * embeddings): an article's weights are written in to compare others with it, then cleared.
   */
  private final double[][] dense = new double[SIGNALS][];
  /** Term ids of the embedding signal: every dimension, 0 to d - 1. */
  private int[] dimension;

  private Partition(Collection<ArticleFeatures> input, ClusterOptions options) {
    this.articles = input.toArray(ArticleFeatures[]::new);
    Arrays.sort(articles, ORDER);
    this.n = articles.length;
    this.options = options;
    this.weight = new double[] {options.termWeight(), options.entityWeight(), options.titleWeight(),
        options.embeddingWeight()};
  }

  static Result compute(Collection<ArticleFeatures> input, ClusterOptions options) {
    Partition p = new Partition(input, options);
    if (p.n == 0) {
      return new Result(List.of(), Map.of());
    }
    p.vectors();
    p.neighbours();
    p.reverseNeighbours();
    p.nearestOfHeadlines();
    p.singlePass();
    for (int round = 0; round < REFINE_ROUNDS; round++) {
      if (!p.refine()) {
        break;
      }
    }
    double merge = Math.max(MERGE_THRESHOLD, 2 * options.threshold());
    for (int round = 0; round < MERGE_ROUNDS && p.mergeStories(merge); round++) {
      p.refine();
    }
    p.joinOneVoiceStories();
    return p.result();
  }

  /** Numbers terms in canonical order, counts document frequencies, builds unit TF-IDF vectors. */
  private void vectors() {
    Map<String, Integer> termIds = new HashMap<>();
    Map<String, Integer> nameIds = new HashMap<>();
    int[][] termRefs = new int[n][];
    int[][] titleRefs = new int[n][];
    int[][] nameRefs = new int[n][];
    for (int i = 0; i < n; i++) {
      ArticleFeatures a = articles[i];
      termRefs[i] = number(a.terms, termIds);
      titleRefs[i] = number(a.titleTerms, termIds);
      nameRefs[i] = number(a.entities, nameIds);
    }
    int[] termDf = frequencies(termRefs, termIds.size());
    int[] nameDf = frequencies(nameRefs, nameIds.size());
    dense[TERMS] = new double[termIds.size()];
    dense[TITLE] = new double[termIds.size()];
    dense[NAMES] = new double[nameIds.size()];
    int dimensions = 0;
    for (ArticleFeatures a : articles) {
      dimensions = Math.max(dimensions, a.embedding.length);
    }
    dense[EMBEDDING] = new double[dimensions];
    dimension = new int[dimensions];
    for (int d = 0; d < dimensions; d++) {
      dimension[d] = d;
    }
    double[] termIdf = idf(termDf);
    double[] nameIdf = idf(nameDf);
    for (int s = 0; s < SIGNALS; s++) {
      ids[s] = new int[n][];
      weights[s] = new float[n][];
    }
    for (int i = 0; i < n; i++) {
      ArticleFeatures a = articles[i];
      set(TERMS, i, termRefs[i], a.termCounts, termIdf);
      set(TITLE, i, titleRefs[i], a.titleCounts, termIdf);
      set(NAMES, i, nameRefs[i], a.entityCounts, nameIdf);
      embedding(i, a.embedding);
    }
    // inverted index of all terms; filled in canonical order, so each list is sorted
    postings = new int[termDf.length][];
    postingWeights = new float[termDf.length][];
    for (int t = 0; t < termDf.length; t++) {
      postings[t] = new int[termDf[t]];
      postingWeights[t] = new float[termDf[t]];
    }
    int[] fill = new int[termDf.length];
    for (int i = 0; i < n; i++) {
      int[] terms = ids[TERMS][i];
      for (int k = 0; k < terms.length; k++) {
        int t = terms[k];
        postings[t][fill[t]] = i;
        postingWeights[t][fill[t]++] = weights[TERMS][i][k];
      }
    }
  }

  private static int[] number(String[] words, Map<String, Integer> vocabulary) {
    int[] refs = new int[words.length];
    for (int k = 0; k < words.length; k++) {
      refs[k] = vocabulary.computeIfAbsent(words[k], w -> vocabulary.size());
    }
    return refs;
  }

  private int[] frequencies(int[][] refs, int size) {
    int[] df = new int[size];
    for (int[] r : refs) {
      for (int t : r) {
        df[t]++;
      }
    }
    return df;
  }

  private double[] idf(int[] df) {
    double[] idf = new double[df.length];
    for (int t = 0; t < df.length; t++) {
      // a headline term cut from the article's kept terms may occur nowhere else: count it once
      idf[t] = Math.log((n + BACKGROUND) / Math.max(1, df[t]));
    }
    return idf;
  }

  /**
   * The article's embedding as its vector in that signal, scaled to unit length (a model may not
   * return unit vectors); none for a zero vector (no text) or one of another length.
   *
   * @throws PrecisException when the model returned a NaN or infinite component
   */
  private void embedding(int i, float[] vector) {
    double norm = 0;
    for (float x : vector) {
      if (!Float.isFinite(x)) {
        throw new PrecisException("the embedding model returned a vector with a " + x
            + " component for article '" + articles[i].id + "'");
      }
      norm += (double) x * x;
    }
    if (norm == 0 || vector.length != dimension.length) {
      ids[EMBEDDING][i] = new int[0];
      weights[EMBEDDING][i] = new float[0];
      return;
    }
    float[] unit = new float[vector.length];
    double length = Math.sqrt(norm);
    for (int d = 0; d < unit.length; d++) {
      unit[d] = (float) (vector[d] / length);
    }
    ids[EMBEDDING][i] = dimension;
    weights[EMBEDDING][i] = unit;
  }

  /** Log-scaled counts times IDF, scaled to unit length. */
  private void set(int signal, int i, int[] refs, int[] counts, double[] idf) {
    double[] w = new double[refs.length];
    double norm = 0;
    for (int k = 0; k < refs.length; k++) {
      w[k] = (1 + Math.log(counts[k])) * idf[refs[k]];
      norm += w[k] * w[k];
    }
    norm = Math.sqrt(norm);
    float[] unit = new float[refs.length];
    for (int k = 0; k < refs.length; k++) {
      unit[k] = norm > 0 ? (float) (w[k] / norm) : 0f;
    }
    ids[signal][i] = refs;
    weights[signal][i] = unit;
  }

  /**
   * For each article, the earlier articles sharing most of its weight on its top terms. Postings
   * are in canonical order, which is date order: scanning back from the article meets the most
   * recent articles first and stops at the time window.
   */
  private void neighbours() {
    neighbours = new int[n][];
    int undated = 0;
    while (undated < n && articles[undated].day == ArticleFeatures.NO_DATE) {
      undated++;
    }
    int firstDated = undated;
    // each article's candidates depend only on the postings, so workers can share the articles
    // out in any way and the result is the same; every worker has its own scratch arrays
    int workers = n < PARALLEL_FROM ? 1 : Runtime.getRuntime().availableProcessors();
    IntStream.range(0, workers).parallel().forEach(w -> {
      double[] score = new double[n];
      int[] touched = new int[n];
      int[] seen = new int[n];
      for (int i = w; i < n; i += workers) {
        neighbours[i] = candidates(i, firstDated, score, touched, seen);
      }
    });
  }

  /** Article {@code i}'s candidate neighbours, with scratch arrays left clean for the next. */
  private int[] candidates(int i, int undated, double[] score, int[] touched, int[] seen) {
    if (articles[i].failedFetch) {
      return new int[0];
    }
    int window = options.windowDays();
    int count = 0;
    int[] query = queryTerms(i);
    int day = articles[i].day;
    for (int q : query) {
      int[] list = postings[q];
      float[] lw = postingWeights[q];
      float wi = weightOf(i, q);
      int pos = Arrays.binarySearch(list, i) - 1;
      int budget = SCAN;
      while (pos >= 0 && budget > 0) {
        int j = list[pos];
        if (window > 0 && day != ArticleFeatures.NO_DATE && j >= undated
            && day - articles[j].day > window) {
          // everything further back and dated is older still: jump to the undated articles
          pos = Arrays.binarySearch(list, 0, pos, undated);
          pos = pos >= 0 ? pos - 1 : -pos - 2;
          continue;
        }
        if (articles[j].failedFetch) {
          // a failed fetch is nobody's neighbour: it stays a story of its own
          pos--;
          budget--;
          continue;
        }
        if (seen[j] != i + 1) {
          seen[j] = i + 1;
          touched[count++] = j;
        }
        score[j] += wi * lw[pos];
        pos--;
        budget--;
      }
    }
    int[] result = best(touched, count, score, NEIGHBOURS);
    for (int k = 0; k < count; k++) {
      score[touched[k]] = 0;
    }
    return result;
  }

  /** The article's most weighted terms, its headline terms among them, without repeats. */
  private int[] queryTerms(int i) {
    int[] terms = ids[TERMS][i];
    float[] w = weights[TERMS][i];
    // A term of this article alone finds no one, and IDF ranks such terms first: in a short text,
    // where every count is one, the top terms would all be these and the article would have no
    // candidates at all.
    int shared = 0;
    for (int t : terms) {
      if (postings[t].length > 1) {
        shared++;
      }
    }
    Integer[] order = new Integer[shared];
    for (int k = 0, m = 0; k < terms.length; k++) {
      if (postings[terms[k]].length > 1) {
        order[m++] = k;
      }
    }
    // ties by term id, which is canonical
    Arrays.sort(order, (a, b) -> w[a] != w[b] ? Float.compare(w[b], w[a])
        : Integer.compare(terms[a], terms[b]));
    int limit = Math.min(QUERY_TERMS, order.length);
    int[] query = new int[limit];
    for (int k = 0; k < limit; k++) {
      query[k] = terms[order[k]];
    }
    return query;
  }

  private float weightOf(int i, int term) {
    int[] terms = ids[TERMS][i];
    for (int k = 0; k < terms.length; k++) {
      if (terms[k] == term) {
        return weights[TERMS][i][k];
      }
    }
    return 0f;
  }

  /**
   * The {@code limit} touched articles of highest score, highest first, ties by index. A bounded
   * insertion rather than a sort: an article touches up to {@code QUERY_TERMS * SCAN} others and
   * keeps {@link #NEIGHBOURS}, so sorting them all was most of the time of a large partition.
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

  /** One pass in canonical order: join the closest neighbouring story or start one. */
  private void singlePass() {
    story = new int[n];
    for (int i = 0; i < n; i++) {
      int bestStory = -1;
      double bestSimilarity = -1;
      for (int j : neighbours[i]) {
        int s = story[j];
        if (s == bestStory) {
          continue;
        }
        double sim = similarity(i, centroids.get(s), false);
        if (sim > bestSimilarity || (sim == bestSimilarity && s < bestStory)) {
          bestSimilarity = sim;
          bestStory = s;
        }
      }
      if (bestStory >= 0 && bestSimilarity >= options.threshold()
          && (!articles[i].hasBody || closestMember(i, bestStory) >= MEMBER_LINK)) {
        story[i] = bestStory;
      } else {
        story[i] = centroids.size();
        centroids.add(new Centroid());
      }
      centroids.get(story[i]).add(i, 1);
    }
  }

  /** The highest similarity of article {@code i} with one of its neighbours in story {@code s}. */
  private double closestMember(int i, int s) {
    scatter(i, true);
    double best = 0;
    for (int j : neighbours[i]) {
      if (story[j] == s) {
        best = Math.max(best, similarityToScattered(i, j));
      }
    }
    scatter(i, false);
    return best;
  }

  /** Similarity of article {@code j} with article {@code i}, whose vectors are scattered. */
  private double similarityToScattered(int i, int j) {
    double sum = 0;
    double total = 0;
    for (int signal = 0; signal < SIGNALS; signal++) {
      if (weight[signal] == 0 || ids[signal][i].length == 0 || ids[signal][j].length == 0) {
        continue;
      }
      total += weight[signal];
      double dot = 0;
      int[] terms = ids[signal][j];
      float[] w = weights[signal][j];
      for (int k = 0; k < terms.length; k++) {
        dot += w[k] * dense[signal][terms[k]];
      }
      // embeddings can point apart; as with centroids, opposite counts as unrelated, not less
      sum += weight[signal] * Math.max(0, dot);
    }
    return total > 0 ? sum / total : 0;
  }

  /**
   * Mean similarity of the two stories' articles, pair by pair, over the first {@link
   * #AVERAGE_LINK_SAMPLE} of each in canonical order (a bound on the work for stories of
   * thousands). Headlines without text are left out, as in {@link #MEMBER_LINK}; with none left
   * the stories pass.
   */
  private double averageLink(List<Integer> a, List<Integer> b) {
    double sum = 0;
    int pairs = 0;
    for (int x = 0; x < Math.min(AVERAGE_LINK_SAMPLE, a.size()); x++) {
      int i = a.get(x);
      if (!articles[i].hasBody) {
        continue;
      }
      scatter(i, true);
      for (int y = 0; y < Math.min(AVERAGE_LINK_SAMPLE, b.size()); y++) {
        if (articles[b.get(y)].hasBody) {
          sum += similarityToScattered(i, b.get(y));
          pairs++;
        }
      }
      scatter(i, false);
    }
    return pairs > 0 ? sum / pairs : 1;
  }

  private void scatter(int i, boolean write) {
    for (int signal = 0; signal < SIGNALS; signal++) {
      scatter(signal, i, write);
    }
  }

  /** Writes article {@code i}'s weights of a signal into its scratch vector, or clears them. */
  private void scatter(int signal, int i, boolean write) {
    int[] terms = ids[signal][i];
    float[] w = weights[signal][i];
    for (int k = 0; k < terms.length; k++) {
      dense[signal][terms[k]] = write ? w[k] : 0;
    }
  }

  /**
   * Moves articles whose own story (without them) is less similar than a neighbouring story. All
   * moves of a round are decided on the same centroids, then applied in canonical order.
   */
  private boolean refine() {
    int[] target = new int[n];
    // each decision reads the centroids and writes only its own slot: any order, same result
    IntStream all = IntStream.range(0, n);
    (n < PARALLEL_FROM ? all : all.parallel()).forEach(i -> target[i] = refined(i));
    boolean moved = false;
    for (int i = 0; i < n && !moved; i++) {
      moved = target[i] != story[i];
    }
    keepOneOfEachSwap(story, target, centroids.size());
    for (int i = 0; i < n; i++) {
      if (target[i] != story[i]) {
        centroids.get(story[i]).add(i, -1);
        centroids.get(target[i]).add(i, 1);
        story[i] = target[i];
      }
    }
    return moved;
  }

  /**
   * Stories of one voice (one article, or copies of one article) join their closest neighbouring
   * story at {@link #ONE_VOICE_FACTOR} of the threshold when it leads the next closest by {@link
   * #ONE_VOICE_MARGIN}, is not a story of one voice and holds more than one article (a story of
   * several headlines counts: headlines are never compared as copies).
   *
   * <p>Refinement cannot do this: a lone article's own story is empty, so it moves only at the
   * full threshold; and an article with a copy beside it finds its own story (the copy) more
   * similar than any other, so copies keep each other company, apart from the story they report.
   * All joins are decided on the same centroids before any is made, and never into a story of
   * one voice, which may itself be moving: no chains, no swaps, and nothing depends on the order
   * stories are visited in. Headlines without text are left where they are: their few words are
   * too coarse for the lower bar (measured on the UCI headlines: no gain with or without
   * embeddings).
   */
  private void joinOneVoiceStories() {
    int stories = centroids.size();
    List<List<Integer>> members = membersByStory();
    boolean[] oneVoice = new boolean[stories];
    for (int s = 0; s < stories; s++) {
      oneVoice[s] = isOneVoice(members.get(s));
    }
    int[] into = new int[stories];
    for (int s = 0; s < stories; s++) {
      into[s] = s;
      if (!oneVoice[s]) {
        continue;
      }
      // copies are alike, so the earliest speaks for all
      int voice = members.get(s).get(0);
      int best = -1;
      double bestSimilarity = -1;
      double second = 0;
      Set<Integer> compared = new HashSet<>();
      for (int i : members.get(s)) {
        for (int j : linked(i)) {
          int t = story[j];
          if (t == s || !compared.add(t)) {
            continue;
          }
          double sim = similarity(voice, centroids.get(t), false);
          // a tie leaves no lead, so it is refused whichever story is named best
          if (sim > bestSimilarity) {
            second = Math.max(second, bestSimilarity);
            bestSimilarity = sim;
            best = t;
          } else {
            second = Math.max(second, sim);
          }
        }
      }
      if (best >= 0 && !oneVoice[best] && members.get(best).size() > 1
          && bestSimilarity >= ONE_VOICE_FACTOR * options.threshold()
          && bestSimilarity - second >= ONE_VOICE_MARGIN) {
        into[s] = best;
      }
    }
    moveStories(into);
  }

  /** Moves every article of story {@code s} into story {@code into[s]}, keeping centroids. */
  private void moveStories(int[] into) {
    for (int i = 0; i < n; i++) {
      int target = into[story[i]];
      if (target != story[i]) {
        centroids.get(story[i]).add(i, -1);
        centroids.get(target).add(i, 1);
        story[i] = target;
      }
    }
  }

  /**
   * Whether the story is one article, or copies of one article: every pair at least {@link #COPY}
   * similar. A story holding a headline without text never is (see {@link
   * #joinOneVoiceStories}).
   */
  private boolean isOneVoice(List<Integer> members) {
    if (members.isEmpty() || members.size() > ONE_VOICE_MAX) {
      return false;
    }
    for (int i : members) {
      if (!articles[i].hasBody) {
        return false;
      }
    }
    for (int x = 0; x < members.size(); x++) {
      int i = members.get(x);
      scatter(i, true);
      boolean copies = true;
      for (int y = x + 1; y < members.size() && copies; y++) {
        copies = similarityToScattered(i, members.get(y)) >= COPY;
      }
      scatter(i, false);
      if (!copies) {
        return false;
      }
    }
    return true;
  }

  /** Each story's articles, in canonical order; empty lists for stories emptied by moves. */
  private List<List<Integer>> membersByStory() {
    List<List<Integer>> members = new ArrayList<>(centroids.size());
    for (int s = 0; s < centroids.size(); s++) {
      members.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      members.get(story[i]).add(i);
    }
    return members;
  }

  /** Fills {@link #reverse} from the candidate lists, which never change after they are made. */
  private void reverseNeighbours() {
    reverse = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      reverse.add(new ArrayList<>(2));
    }
    for (int i = 0; i < n; i++) {
      for (int j : neighbours[i]) {
        reverse.get(j).add(i);
      }
    }
  }

  /**
   * For each headline without text, its most similar candidate neighbour (its own candidates and
   * the articles that have it among theirs), or -1; ties go to the earlier article. Pairwise
   * similarities never change, so this is made once.
   */
  private void nearestOfHeadlines() {
    nearestOfHeadline = new int[n];
    Arrays.fill(nearestOfHeadline, -1);
    for (int i = 0; i < n; i++) {
      if (articles[i].hasBody) {
        continue;
      }
      double best = -1;
      scatter(i, true);
      for (int j : linked(i)) {
        double sim = similarityToScattered(i, j);
        if (sim > best || (sim == best && j < nearestOfHeadline[i])) {
          best = sim;
          nearestOfHeadline[i] = j;
        }
      }
      scatter(i, false);
    }
  }

  /** The story article {@code i} would move to in refinement, or its own. */
  private int refined(int i) {
    if (!articles[i].hasBody) {
      return refinedHeadline(i);
    }
    int own = story[i];
    double ownSimilarity = similarity(i, centroids.get(own), true);
    int bestStory = own;
    double bestSimilarity = Math.max(ownSimilarity, options.threshold());
    for (int j : linked(i)) {
      int s = story[j];
      if (s == own) {
        continue;
      }
      double sim = similarity(i, centroids.get(s), false);
      if (sim > bestSimilarity || (sim == bestSimilarity && bestStory != own && s < bestStory)) {
        bestSimilarity = sim;
        bestStory = s;
      }
    }
    return bestStory;
  }

  /**
   * The story a headline without text would move to in refinement: only that of the headline most
   * like it, when that story's centroid reaches the threshold and is closer than its own. A
   * headline has a handful of words, and its cosine with a story's centroid is carried by the
   * words most of that story's headlines share; so the largest story on a subject draws the
   * headlines of the smaller stories beside it, while the single closest headline shares the
   * words that tell them apart. Measured on the UCI headlines: BCubed F1 0.705 to 0.750 (held-out
   * halves, mean 0.745 to 0.773). Articles with text keep the centroid rule: their words are enough
   * for a centroid to tell neighbouring stories apart.
   */
  private int refinedHeadline(int i) {
    int own = story[i];
    int nearest = nearestOfHeadline[i];
    if (nearest < 0 || story[nearest] == own) {
      return own;
    }
    int s = story[nearest];
    double sim = similarity(i, centroids.get(s), false);
    return sim >= options.threshold() && sim > similarity(i, centroids.get(own), true) ? s : own;
  }

  /**
   * Lone articles that are each other's closest story would trade places every round, since all
   * moves of a round are decided before any is made, and end apart however alike they are (which
   * story each sat in would depend on the number of rounds): two that swap, or three or more that
   * each move into the next one's story. In each such cycle only the earliest article moves, so it
   * ends beside the one whose story it chose.
   */
  static void keepOneOfEachSwap(int[] story, int[] target, int stories) {
    int n = story.length;
    int[] size = new int[stories];
    int[] member = new int[stories];
    for (int i = 0; i < n; i++) {
      size[story[i]]++;
      member[story[i]] = i;
    }
    // next[i]: the lone article whose lone story lone article i moves into, or -1
    int[] next = new int[n];
    for (int i = 0; i < n; i++) {
      int t = target[i];
      next[i] = t != story[i] && size[story[i]] == 1 && size[t] == 1 ? member[t] : -1;
    }
    // walk each chain once; a walk that meets itself has found a cycle
    int[] walk = new int[n];
    Arrays.fill(walk, -1);
    for (int start = 0; start < n; start++) {
      int i = start;
      while (i >= 0 && walk[i] < 0) {
        walk[i] = start;
        i = next[i];
      }
      if (i >= 0 && walk[i] == start) {
        int earliest = i;
        for (int j = next[i]; j != i; j = next[j]) {
          earliest = Math.min(earliest, j);
        }
        for (int j = next[i]; ; j = next[j]) {
          if (j != earliest) {
            target[j] = story[j];
          }
          if (j == i) {
            break;
          }
        }
      }
    }
  }


  /**
   * Merges neighbouring stories whose centroids are at least {@code threshold} similar and whose
   * dates are within the window: in each round a story merges with at most one other, the most
   * similar pairs first, so a merge never chains through a story that just grew.
   */
  private boolean mergeStories(double threshold) {
    int stories = centroids.size();
    int[] minDay = new int[stories];
    int[] maxDay = new int[stories];
    Arrays.fill(minDay, Integer.MAX_VALUE);
    Arrays.fill(maxDay, Integer.MIN_VALUE);
    for (int i = 0; i < n; i++) {
      if (articles[i].day != ArticleFeatures.NO_DATE) {
        minDay[story[i]] = Math.min(minDay[story[i]], articles[i].day);
        maxDay[story[i]] = Math.max(maxDay[story[i]], articles[i].day);
      }
    }
    java.util.TreeSet<Long> pairs = new java.util.TreeSet<>();
    for (int i = 0; i < n; i++) {
      for (int j : neighbours[i]) {
        int a = Math.min(story[i], story[j]);
        int b = Math.max(story[i], story[j]);
        if (a != b) {
          pairs.add(((long) a << 32) | b);
        }
      }
    }
    int[] size = new int[stories];
    for (int i = 0; i < n; i++) {
      size[story[i]]++;
    }
    Map<Long, Integer> strong = strongLinks();
    List<List<Integer>> members = membersByStory();
    List<double[]> candidates = new ArrayList<>();
    int window = options.windowDays();
    for (long pair : pairs) {
      int a = (int) (pair >>> 32);
      int b = (int) pair;
      if (window > 0 && minDay[a] != Integer.MAX_VALUE && minDay[b] != Integer.MAX_VALUE
          && Math.max(minDay[b] - maxDay[a], minDay[a] - maxDay[b]) > window) {
        continue;
      }
      double sim = similarity(centroids.get(a), centroids.get(b));
      if ((sim >= threshold || (sim >= LINK_MERGE * threshold && linked(a, b, size, strong)))
          && averageLink(members.get(a), members.get(b)) >= MERGE_AVERAGE_LINK) {
        candidates.add(new double[] {sim, a, b});
      }
    }
    candidates.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0])
        : x[1] != y[1] ? Double.compare(x[1], y[1]) : Double.compare(x[2], y[2]));
    boolean[] used = new boolean[stories];
    int[] into = new int[stories];
    for (int s = 0; s < stories; s++) {
      into[s] = s;
    }
    boolean merged = false;
    for (double[] c : candidates) {
      int a = (int) c[1];
      int b = (int) c[2];
      if (!used[a] && !used[b]) {
        used[a] = true;
        used[b] = true;
        into[b] = a;
        merged = true;
      }
    }
    moveStories(into);
    return merged;
  }

  /**
   * Per pair of stories, how many articles have one of their {@link #STRONG} closest neighbours
   * (by term cosine) in the other story. Neighbour lists are bounded, so this is linear in the
   * number of articles.
   */
  private Map<Long, Integer> strongLinks() {
    if (strongest == null) {
      strongest = strongestNeighbours();
    }
    Map<Long, Integer> links = new HashMap<>();
    java.util.TreeSet<Integer> other = new java.util.TreeSet<>();
    for (int i = 0; i < n; i++) {
      other.clear();
      for (int j : strongest[i]) {
        if (story[j] != story[i]) {
          other.add(story[j]);
        }
      }
      for (int s : other) {
        int a = Math.min(s, story[i]);
        int b = Math.max(s, story[i]);
        links.merge(((long) a << 32) | b, 1, Integer::sum);
      }
    }
    return links;
  }

  /** Each article's {@link #STRONG} candidate neighbours of highest term cosine, ties by index. */
  private int[][] strongestNeighbours() {
    int[][] result = new int[n][];
    double[] scratch = new double[postings.length];
    for (int i = 0; i < n; i++) {
      int[] terms = ids[TERMS][i];
      for (int k = 0; k < terms.length; k++) {
        scratch[terms[k]] = weights[TERMS][i][k];
      }
      int[] nb = neighbours[i];
      Integer[] order = new Integer[nb.length];
      double[] sim = new double[nb.length];
      for (int k = 0; k < nb.length; k++) {
        order[k] = k;
        int[] other = ids[TERMS][nb[k]];
        for (int m = 0; m < other.length; m++) {
          sim[k] += weights[TERMS][nb[k]][m] * scratch[other[m]];
        }
      }
      for (int t : terms) {
        scratch[t] = 0;
      }
      Arrays.sort(order, (x, y) -> sim[x] != sim[y] ? Double.compare(sim[y], sim[x])
          : Integer.compare(nb[x], nb[y]));
      result[i] = new int[Math.min(STRONG, nb.length)];
      for (int k = 0; k < result[i].length; k++) {
        result[i][k] = nb[order[k]];
      }
    }
    return result;
  }

  /**
   * Whether at least {@link #LINK_SHARE} of the smaller story's size in articles have a close
   * neighbour across the pair: many direct links, not one bridging article.
   */
  private static boolean linked(int a, int b, int[] size, Map<Long, Integer> strong) {
    int links = strong.getOrDefault(((long) a << 32) | b, 0);
    return links >= LINK_SHARE * Math.min(size[a], size[b]);
  }

  /** Weighted mean over the signals both have of the cosine between two centroids. */
  private double similarity(Centroid a, Centroid b) {
    double sum = 0;
    double weights = 0;
    for (int s = 0; s < SIGNALS; s++) {
      SumVector x = a.signals[s];
      SumVector y = b.signals[s];
      if (weight[s] == 0 || x.members == 0 || y.members == 0) {
        continue;
      }
      weights += weight[s];
      double norms = x.norm() * y.norm();
      if (norms > 1e-12) {
        sum += weight[s] * Math.max(0, x.dot(y)) / norms;
      }
    }
    return weights > 0 ? sum / weights : 0;
  }

  /** Article {@code i}'s candidate neighbours, then the articles that have it among theirs. */
  private List<Integer> linked(int i) {
    List<Integer> linked = new ArrayList<>(neighbours[i].length + reverse.get(i).size());
    for (int j : neighbours[i]) {
      linked.add(j);
    }
    linked.addAll(reverse.get(i));
    return linked;
  }

  /**
   * Weighted mean over the signals both sides have of the cosine between article {@code i} and
   * the centroid; {@code without} takes the article out of the centroid first (it is a member).
   */
  private double similarity(int i, Centroid c, boolean without) {
    double sum = 0;
    double weights = 0;
    for (int s = 0; s < SIGNALS; s++) {
      if (weight[s] == 0 || ids[s][i].length == 0) {
        continue;
      }
      SumVector v = c.signals[s];
      int members = v.members - (without ? 1 : 0);
      if (members <= 0) {
        continue;
      }
      double dot = v.dot(ids[s][i], this.weights[s][i]);
      double norm2 = v.norm() * v.norm();
      if (without) {
        double self = selfNorm2(s, i);
        norm2 = norm2 - 2 * dot + self;
        dot -= self;
      }
      weights += weight[s];
      if (norm2 > 1e-12) {
        sum += weight[s] * Math.max(0, dot) / Math.sqrt(norm2);
      }
    }
    return weights > 0 ? sum / weights : 0;
  }

  private double selfNorm2(int s, int i) {
    double sum = 0;
    for (float w : weights[s][i]) {
      sum += (double) w * w;
    }
    return sum;
  }

  private Result result() {
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      members.computeIfAbsent(story[i], k -> new ArrayList<>()).add(i);
    }
    List<Story> stories = new ArrayList<>(members.size());
    Map<String, String> storyOf = new HashMap<>(n * 2);
    for (Map.Entry<Integer, List<Integer>> e : members.entrySet()) {
      Centroid c = centroids.get(e.getKey());
      List<Integer> list = e.getValue();
      String id = null;
      int central = -1;
      double bestCentrality = -1;
      int first = Integer.MAX_VALUE;
      int last = Integer.MIN_VALUE;
      List<String> articleIds = new ArrayList<>(list.size());
      for (int i : list) {
        ArticleFeatures a = articles[i];
        articleIds.add(a.id);
        if (id == null || a.id.compareTo(id) < 0) {
          id = a.id;
        }
        if (a.day != ArticleFeatures.NO_DATE) {
          first = Math.min(first, a.day);
          last = Math.max(last, a.day);
        }
        double centrality = a.headline == null ? -1 : similarity(i, c, false) + (a.hasTitle ? 1 : 0);
        if (centrality > bestCentrality) {
          bestCentrality = centrality;
          central = i;
        }
      }
      String title = central >= 0 && articles[central].headline != null
          ? articles[central].headline : "";
      Story story = new Story(id, title, articleIds,
          first == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(first).toString(),
          last == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(last).toString());
      stories.add(story);
      for (String articleId : articleIds) {
        storyOf.put(articleId, id);
      }
    }
    stories.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
    return new Result(List.copyOf(stories), storyOf);
  }

  /** A story's centroid in each signal. */
  private final class Centroid {
    final SumVector[] signals = new SumVector[SIGNALS];

    Centroid() {
      for (int s = 0; s < SIGNALS; s++) {
        // every embedding has every dimension: a plain array beats hashing 384 keys
        signals[s] = s == EMBEDDING ? SumVector.dense(dimension.length) : new SumVector();
      }
    }

    void add(int i, double sign) {
      for (int s = 0; s < SIGNALS; s++) {
        signals[s].add(ids[s][i], weights[s][i], sign);
      }
    }
  }
}

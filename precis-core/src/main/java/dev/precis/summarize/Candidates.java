package dev.precis.summarize;

import dev.precis.WorkCancelledException;
import dev.precis.similar.Rewording;
import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The sentences a summary may use, and the shared means to compare them.
 *
 * <p>A sentence is eligible when it is complete (not cut off), quotable (not a likely piece of web
 * page furniture, {@link Sentence#quotable()}), of reasonable length, a statement that reads on its
 * own ({@link StandAlone}, whose javadoc lists what does not), not an exact repeat of an
 * earlier one, and its article is not a stray ({@link StrayArticles}); when no sentence is, every
 * statement of three words or more that fits the budget is (fragments too, but still no question,
 * aside or announcement). When a cluster is very large the eligible sentences are pruned to the
 * most central ones first, and {@link #notes()} says so: the slow methods (graph ranking, the exact
 * solver) then stay within their time bounds.
 *
 * <p>Not thread-safe: the redundancy test caches how the paraphrase model reads each sentence.
 * One per summary.
 */
public final class Candidates {
  /**
   * Fewest words of a sentence quoted when the filters are relaxed: a label such as "Notice" or
   * "Photos", all that is left of a page of furniture, says nothing of a story.
   */
  static final int RELAXED_MIN_WORDS = 3;
  private final AnalyzedCluster cluster;
  private final SentenceVectors vectors;
  private final int[] indices;
  private final int[] costs;
  private final double redundancyThreshold;
  private final List<String> notes;
  private final Rewording rewording;
  private final QueryFocus focus;
  /** Concepts (stem-bigram ids) the reader has already seen: none unless {@link #without}. */
  private final BitSet seenConcepts;
  /** What share of its weight a seen concept keeps. */
  private final double seenConceptWeight;

  /**
   * @param minWords shortest eligible sentence, in words
   * @param maxWords longest eligible sentence, in words
   * @param maxCandidates most sentences kept after pruning
   * @param redundancyThreshold cosine similarity at or above which two sentences say the same
   */
  public Candidates(AnalyzedCluster cluster, SentenceVectors vectors, Budget budget, int minWords,
      int maxWords, int maxCandidates, double redundancyThreshold) {
    this(cluster, vectors, budget, minWords, maxWords, maxCandidates, redundancyThreshold, null);
  }

  /**
   * Candidates about a query: only sentences {@code focus} relates to are eligible, before any
   * pruning, so that a large cluster keeps its sentences about the query.
   *
   * @param focus the query's focus, or null for every sentence
   * @throws NothingToSummarizeException when no sentence about the query may be quoted
   */
  Candidates(AnalyzedCluster cluster, SentenceVectors vectors, Budget budget, int minWords,
      int maxWords, int maxCandidates, double redundancyThreshold, QueryFocus focus) {
    this.cluster = cluster;
    this.focus = focus;
    this.vectors = vectors;
    this.redundancyThreshold = redundancyThreshold;
    this.notes = new ArrayList<>();
    this.rewording = new Rewording(cluster, vectors);
    List<Sentence> sentences = cluster.sentences();
    costs = new int[sentences.size()];
    // a sentence said twice in the same words is a candidate once; its word list is the key
    // (words are never empty and hold no spaces, so two lists are equal exactly when their
    // joined texts are)
    Set<List<String>> seen = new HashSet<>();
    List<Integer> eligible = new ArrayList<>();
    int unfocused = 0;
    int capacity = budget.capacity();
    StrayArticles.Strays strays = StrayArticles.of(cluster);
    if (!strays.articles().isEmpty()) {
      notes.add(strays.why());
    }
    for (Sentence s : sentences) {
      if ((s.index() & 1023) == 0) {
        WorkCancelledException.throwIfInterrupted();
      }
      costs[s.index()] = budget.cost(s.text());
      int words = s.words().size();
      if (!s.complete() || !s.quotable() || words < minWords || words > maxWords
          || s.terms().isEmpty() || costs[s.index()] > capacity
          || !StandAlone.test(s.text(), cluster.language()) || strays.has(s.articleIndex())) {
        continue;
      }
      if (seen.add(s.words())) {
        unfocused++;
        if (focus == null || focus.related(s.index())) {
          eligible.add(s.index());
        }
      }
    }
    if (eligible.isEmpty()) {
      // a cluster of short or cut-off sentences still deserves a summary: relax the filters
      Set<List<String>> relaxed = new HashSet<>();
      for (Sentence s : sentences) {
        if (costs[s.index()] <= capacity && !s.terms().isEmpty()
            && s.words().size() >= RELAXED_MIN_WORDS && StandAlone.states(s.text())
            && !strays.has(s.articleIndex())
            && (focus == null || focus.related(s.index())) && relaxed.add(s.words())) {
          eligible.add(s.index());
        }
      }
      if (!eligible.isEmpty()) {
        notes.add("no sentence met the length, completeness, furniture and stand-alone filters "
            + "(a statement's verb; no lower-case opening, none pointing back at its page, no "
            + "archive caption, no \"I\" outside quotation marks); used all sentences but "
            + "questions, asides and announcements");
      } else if (focus != null) {
        throw new NothingToSummarizeException("nothing about '" + focus.query() + "' fits the "
            + "summary: every sentence that uses its words or close words is over the budget of "
            + budget + " or has no word to summarize by");
      } else {
        notes.add(whyEmpty(sentences, budget));
      }
    }
    if (focus != null) {
      notes.add(focus.note(eligible.size(), unfocused));
    }
    int[] all = eligible.stream().mapToInt(Integer::intValue).toArray();
    if (all.length > maxCandidates) {
      all = mostCentral(all, maxCandidates);
      notes.add(String.format("pruned %,d eligible sentences to the %,d most central", eligible.size(),
          maxCandidates));
    }
    indices = all;
    seenConcepts = new BitSet();
    seenConceptWeight = 1;
  }

  private Candidates(Candidates base, int[] indices, BitSet seenConcepts, double seenConceptWeight,
      List<String> notes) {
    this.cluster = base.cluster;
    this.vectors = base.vectors;
    this.costs = base.costs;
    this.redundancyThreshold = base.redundancyThreshold;
    this.rewording = base.rewording;
    this.focus = base.focus;
    this.indices = indices;
    this.seenConcepts = seenConcepts;
    this.seenConceptWeight = seenConceptWeight;
    this.notes = notes;
  }

  /**
   * These candidates without the sentences the reader has already seen said, for an update
   * summary; {@link #conceptWeight(int)} then tells methods what a concept the reader has seen
   * is still worth.
   */
  Candidates without(SeenContent seen, double conceptWeight) {
    List<Integer> kept = new ArrayList<>();
    for (int s : indices) {
      if (!seen.said(s)) {
        kept.add(s);
      }
    }
    List<String> newNotes = new ArrayList<>(notes);
    int dropped = indices.length - kept.size();
    if (dropped > 0) {
      newNotes.add(String.format(java.util.Locale.ROOT, "left out %,d candidate %s that what was "
          + "already seen says", dropped, dropped == 1 ? "sentence" : "sentences"));
    }
    if (kept.isEmpty() && indices.length > 0) {
      newNotes.add("the summary is empty: what was already seen says every sentence of the new "
          + "articles");
    }
    return new Candidates(this, kept.stream().mapToInt(Integer::intValue).toArray(),
        (BitSet) seen.concepts().clone(), conceptWeight, newNotes);
  }

  /** Why not one sentence can be chosen, for a summary that is therefore empty. */
  private String whyEmpty(List<Sentence> sentences, Budget budget) {
    int shortest = Integer.MAX_VALUE;
    for (Sentence s : sentences) {
      if (!s.terms().isEmpty()) {
        shortest = Math.min(shortest, costs[s.index()]);
      }
    }
    if (shortest == Integer.MAX_VALUE) {
      return "the summary is empty: no sentence has a word to summarize by (only numbers, "
          + "symbols or common words)";
    }
    boolean longEnough = sentences.stream()
        .anyMatch(s -> !s.terms().isEmpty() && s.words().size() >= RELAXED_MIN_WORDS);
    if (!longEnough) {
      return "the summary is empty: every sentence left is a label of one or two words (such as "
          + "\"Notice\"), and the rest of the text is page furniture or has no word to summarize by";
    }
    boolean statements = sentences.stream()
        .anyMatch(s -> !s.terms().isEmpty() && s.words().size() >= RELAXED_MIN_WORDS
            && StandAlone.states(s.text()));
    if (!statements) {
      return "the summary is empty: every sentence is a question, an aside in parentheses or a "
          + "line announcing what follows it on its page, and a summary quotes none of those";
    }
    return String.format(java.util.Locale.ROOT, "the summary is empty: no sentence fits within "
        + "the budget of %s (the shortest is %,d %s); text without sentence punctuation reads as "
        + "one long sentence", budget, shortest, budget.unit().name().toLowerCase(java.util.Locale.ROOT));
  }

  private int[] mostCentral(int[] all, int keep) {
    double[] centroid = new double[vectors.dimension()];
    for (int s : all) {
      int[] ids = vectors.ids(s);
      double[] w = vectors.weights(s);
      for (int k = 0; k < ids.length; k++) {
        centroid[ids[k]] += w[k];
      }
    }
    double[] score = new double[cluster.size()];
    for (int s : all) {
      score[s] = vectors.dot(s, centroid) / (1 + cluster.sentences().get(s).position() * 0.1);
    }
    int[] kept = IntStream.of(all).boxed()
        .sorted(Comparator.comparingDouble((Integer s) -> -score[s]).thenComparingInt(s -> s))
        .limit(keep).mapToInt(Integer::intValue).toArray();
    Arrays.sort(kept);
    return kept;
  }

  public AnalyzedCluster cluster() {
    return cluster;
  }

  public SentenceVectors vectors() {
    return vectors;
  }

  /** Eligible sentence indices in cluster order (shared array: do not modify). */
  public int[] indices() {
    return indices;
  }

  public int size() {
    return indices.length;
  }

  /** The query the candidates were chosen for, or null when the summary is of the whole story. */
  QueryFocus focus() {
    return focus;
  }

  /** What sentence {@code s} costs against the budget. */
  public int cost(int s) {
    return costs[s];
  }

  public Sentence sentence(int s) {
    return cluster.sentences().get(s);
  }

  /** Whether sentence {@code s} says what one of {@code chosen} already says. */
  public boolean redundant(int s, List<Integer> chosen) {
    for (int c : chosen) {
      if (sameContent(s, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether two sentences say the same thing: near-identical wording (TF-IDF cosine at the
   * redundancy threshold), or, in English, a {@link Rewording}.
   */
  public boolean sameContent(int a, int b) {
    double cosine = vectors.cosine(a, b);
    if (cosine >= redundancyThreshold) {
      return true;
    }
    return rewording.rewords(a, b, cosine);
  }

  /** The paraphrase test redundancy uses, for attribution to use the same. */
  Rewording rewording() {
    return rewording;
  }

  public double redundancyThreshold() {
    return redundancyThreshold;
  }

  /**
   * What share of its weight concept (stem bigram) {@code bigram} keeps: less than 1 in an update
   * summary when the reader has seen it already; always 1 in a plain summary.
   */
  public double conceptWeight(int bigram) {
    return seenConcepts.get(bigram) ? seenConceptWeight : 1;
  }

  /** What the candidate filter did that the user should know. */
  public List<String> notes() {
    return List.copyOf(notes);
  }
}

package dev.precis.summarize;

import dev.precis.PrecisException;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Sentence;
import dev.precis.text.TermNormalizer;
import dev.precis.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a query asks a summary of one cluster to be about: the query's terms (stemmed, stop words
 * out), their close words in the cluster, and which sentences relate to either.
 *
 * <p>A close word is a term that keeps company with the query: at least {@link #MIN_COMPANY}
 * sentences use it together with a query term, and more than {@link #CLOSE_SHARE} of the
 * sentences that use it do. "Sanctions" in a cluster about Russia's economy and a football
 * match brings "export", "bank" and "rouble" with it, not "said" or "Tuesday", which the other
 * sub-topic uses as much.
 *
 * <p>A sentence relates to the query when it uses a query term, or close words whose weights
 * add up to a query term's (two at least): in a small cluster one word shares a few sentences
 * with the query by chance, and one such word alone would let the other sub-topic in.
 *
 * <pre>{@code
 * QueryFocus focus = QueryFocus.of("sanctions on Russia", cluster);
 * focus.related(s);           // does sentence s use a query word or a close word?
 * focus.relatedness("export");  // 1 for a query term, up to CLOSE_WEIGHT for a close word
 * }</pre>
 */
final class QueryFocus {
  /** A close word is used with a query term in more than this share of its sentences. */
  static final double CLOSE_SHARE = 0.5;
  /** ... and in at least this many sentences: one shared sentence is chance. */
  static final int MIN_COMPANY = 2;
  /** A close word weighs at most this much of a query term. */
  static final double CLOSE_WEIGHT = 0.5;
  /** Close words named in the summary's note. */
  private static final int NOTE_WORDS = 8;

  private final String query;
  private final Set<String> queryTerms;
  private final Map<String, Double> relatedness;
  private final boolean[] related;
  private final List<String> closeWords;

  private QueryFocus(String query, Set<String> queryTerms, Map<String, Double> relatedness,
      boolean[] related, List<String> closeWords) {
    this.query = query;
    this.queryTerms = queryTerms;
    this.relatedness = relatedness;
    this.related = related;
    this.closeWords = closeWords;
  }

  /**
   * @throws PrecisException when the query has no content word (only stop words, symbols)
   * @throws NothingToSummarizeException when no sentence of the cluster uses a query word
   */
  static QueryFocus of(String query, AnalyzedCluster cluster) {
    TermNormalizer normalizer = TermNormalizer.of(cluster.language());
    Set<String> terms = new LinkedHashSet<>();
    for (String word : Tokenizer.words(query.toLowerCase(Locale.ROOT))) {
      String term = normalizer.term(word);
      if (term != null) {
        terms.add(term);
      }
    }
    if (terms.isEmpty()) {
      throw new PrecisException("the query '" + query + "' has no word to look for (only common "
          + "words, numbers or symbols)");
    }
    List<Sentence> sentences = cluster.sentences();
    Map<String, int[]> uses = new HashMap<>(); // term -> {sentences, sentences with a query term}
    boolean[] onQuery = new boolean[sentences.size()];
    for (Sentence s : sentences) {
      Set<String> distinct = new HashSet<>(s.terms());
      boolean withQuery = distinct.stream().anyMatch(terms::contains);
      onQuery[s.index()] = withQuery;
      for (String t : distinct) {
        int[] n = uses.computeIfAbsent(t, x -> new int[2]);
        n[0]++;
        if (withQuery) {
          n[1]++;
        }
      }
    }
    Map<String, Double> relatedness = new HashMap<>();
    boolean found = false;
    for (String t : terms) {
      if (uses.containsKey(t)) {
        relatedness.put(t, 1.0);
        found = true;
      }
    }
    if (!found) {
      // no count of articles: copies are analysed once, so the cluster's count is not the user's
      throw new NothingToSummarizeException("nothing about '" + query + "' in the articles: no "
          + "sentence uses its words (" + String.join(", ", terms) + ")");
    }
    for (Map.Entry<String, int[]> e : uses.entrySet()) {
      int[] n = e.getValue();
      double share = n[1] / (double) n[0];
      if (!terms.contains(e.getKey()) && n[1] >= MIN_COMPANY && share > CLOSE_SHARE) {
        relatedness.put(e.getKey(), CLOSE_WEIGHT * share);
      }
    }
    boolean[] related = new boolean[sentences.size()];
    for (Sentence s : sentences) {
      double close = 0;
      for (String t : new HashSet<>(s.terms())) {
        close += relatedness.getOrDefault(t, 0.0);
      }
      related[s.index()] = onQuery[s.index()] || close >= 1;
    }
    List<String> close = relatedness.entrySet().stream()
        .filter(e -> !terms.contains(e.getKey()))
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey).toList();
    return new QueryFocus(query, Set.copyOf(terms), Map.copyOf(relatedness), related, close);
  }

  /** Whether sentence {@code s} uses a query term, or close words that weigh as much. */
  boolean related(int s) {
    return related[s];
  }

  /** 1 for a query term, {@link #CLOSE_WEIGHT} times its share for a close word, else 0. */
  double relatedness(String term) {
    return relatedness.getOrDefault(term, 0.0);
  }

  /** A bigram concept relates as much as its more related word. */
  double conceptRelatedness(AnalyzedCluster cluster, int bigram) {
    return Math.max(relatedness(cluster.bigramStem(bigram, 0)),
        relatedness(cluster.bigramStem(bigram, 1)));
  }

  String query() {
    return query;
  }

  /** For the summary's notes: what the query was read as, and how many sentences it kept. */
  String note(int kept, int eligible) {
    List<String> shown = new ArrayList<>(queryTerms);
    shown.sort(Comparator.naturalOrder());
    // a cluster whose sentences all failed the length filters counts none as eligible
    String note = "about '" + query + "': " + kept + (eligible >= kept ? " of " + eligible : "")
        + " candidate sentences use its words (" + String.join(", ", shown) + ")";
    if (!closeWords.isEmpty()) {
      note += " or close words (" + String.join(", ",
          closeWords.subList(0, Math.min(NOTE_WORDS, closeWords.size()))) + ")";
    }
    return note;
  }
}

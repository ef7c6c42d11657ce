package dev.precis.cluster;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The statistics of a whole stream that clustering needs: how many articles there are and how many
 * of them use each term, name and phrase. Computed once and passed to the later stages, so a stream
 * split across threads or machines is weighed as one.
 *
 * <pre>{@code
 * TermStatistics stats = TermStatistics.of(profiles);
 * // or, counted in parts and combined:
 * TermStatistics.Counter c = new TermStatistics.Counter();
 * c.add(profile); c.addAll(otherCounter);
 * TermStatistics stats = c.statistics();
 * }</pre>
 */
public final class TermStatistics implements Serializable {
  /**
   * Articles that IDF pretends to have seen without any of the words. Without them a small stream
   * gets IDF backwards: in three articles on one flood, the words they share are the ones IDF
   * discounts most. Negligible once thousands have been seen.
   */
  static final double BACKGROUND = 50;

  private final int articles;
  private final Vocabulary terms;
  private final Vocabulary names;
  private final Vocabulary phrases;

  private TermStatistics(int articles, Vocabulary terms, Vocabulary names, Vocabulary phrases) {
    this.articles = articles;
    this.terms = terms;
    this.names = names;
    this.phrases = phrases;
  }

  /** The statistics of these profiles. */
  public static TermStatistics of(Collection<ArticleProfile> profiles) {
    Counter counter = new Counter();
    for (ArticleProfile p : profiles) {
      counter.add(p);
    }
    return counter.statistics();
  }

  /**
   * The statistics from counts made elsewhere (the Spark job aggregates them): for each word, the
   * number of articles it occurs in, counted as {@link Counter#add} counts.
   */
  public static TermStatistics of(int articles, Map<String, Integer> terms,
      Map<String, Integer> names, Map<String, Integer> phrases) {
    return new TermStatistics(articles, new Vocabulary(terms), new Vocabulary(names),
        new Vocabulary(phrases));
  }

  /**
   * The words an article counts once in each vocabulary, as {@link Counter#add} counts them:
   * terms (of its terms, lead and headline), names and phrases.
   */
  public static List<java.util.Set<String>> countedWords(ArticleProfile p) {
    java.util.Set<String> terms = new java.util.LinkedHashSet<>();
    for (TermBag bag : new TermBag[] {p.terms(), p.lead(), p.title()}) {
      terms.addAll(Arrays.asList(bag.keys()));
    }
    return List.of(terms, new java.util.LinkedHashSet<>(Arrays.asList(p.names().keys())),
        new java.util.LinkedHashSet<>(Arrays.asList(p.phrases().keys())));
  }

  /** Number of articles counted. */
  public int articles() {
    return articles;
  }

  Vocabulary terms() {
    return terms;
  }

  Vocabulary names() {
    return names;
  }

  Vocabulary phrases() {
    return phrases;
  }

  /** Inverse document frequency of a word counted {@code df} times. */
  double idf(int df) {
    return Math.log((articles + BACKGROUND) / Math.max(1, df));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermStatistics s && articles == s.articles && terms.equals(s.terms)
        && names.equals(s.names) && phrases.equals(s.phrases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articles, terms, names, phrases);
  }

  /** Counts profiles, alone or in parts that are then added together (in any order). */
  public static final class Counter implements Serializable {
    private int articles;
    private final Map<String, Integer> terms = new HashMap<>();
    private final Map<String, Integer> names = new HashMap<>();
    private final Map<String, Integer> phrases = new HashMap<>();

    /** Counts one article: each word once, in whichever of its fields it occurs. */
    public Counter add(ArticleProfile p) {
      articles++;
      List<Set<String>> words = countedWords(p);
      for (String t : words.get(0)) {
        terms.merge(t, 1, Integer::sum);
      }
      for (String t : words.get(1)) {
        names.merge(t, 1, Integer::sum);
      }
      for (String t : words.get(2)) {
        phrases.merge(t, 1, Integer::sum);
      }
      return this;
    }

    /** Adds another counter's counts to this one. */
    public Counter addAll(Counter other) {
      articles += other.articles;
      other.terms.forEach((k, v) -> terms.merge(k, v, Integer::sum));
      other.names.forEach((k, v) -> names.merge(k, v, Integer::sum));
      other.phrases.forEach((k, v) -> phrases.merge(k, v, Integer::sum));
      return this;
    }

    public TermStatistics statistics() {
      return new TermStatistics(articles, new Vocabulary(terms), new Vocabulary(names),
          new Vocabulary(phrases));
    }
  }
}

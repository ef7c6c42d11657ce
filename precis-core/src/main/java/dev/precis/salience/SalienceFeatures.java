package dev.precis.salience;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The explainable facts about a sentence that {@link SalienceModel} weighs: where it stands in its
 * article, how central its article is to the story, how much of the story's shared vocabulary it
 * carries, and what it looks like (length, names, figures, quotes). Every feature is computed from
 * the {@link AnalyzedCluster} alone, in time linear in the cluster's words, and is scaled to the
 * cluster (shares and ratios, not counts) so that a model learned on ten-article newswire reads a
 * three-article web story the same way.
 *
 * <pre>{@code
 * double[][] x = SalienceFeatures.of(cluster, candidates.indices());   // one row per sentence given
 * x[0][SalienceFeatures.NAMES.indexOf("first_sentence")];
 * }</pre>
 */
public final class SalienceFeatures {
  /** Feature names, in the order of each row. */
  public static final List<String> NAMES = List.of(
      "first_sentence",      // 1 for an article's first sentence
      "early_position",      // 1 / (1 + position in the article)
      "relative_position",   // position over the article's sentence count, 0 first .. 1 last
      "article_centrality",  // share of the article's terms that the other articles use too
      "article_coverage",    // share of the terms two or more articles use that the article uses
      "central_article",     // 1 / (1 + the article's rank by coverage): the main report leads
      "concept_weight",      // mean share of other articles using each of its stem bigrams
      "concept_mass",        // the sum of those shares, over the cluster's largest
      "term_centrality",     // mean share of other articles using each of its content terms
      "opening_concepts",    // mean share of articles that open (first 3 sentences) with its bigrams
      "words",               // words over 25
      "names",               // share of its words, after the first, that start with a capital
      "numbers",             // 1 when it holds a digit
      "quote",               // 1 when it holds a quotation mark
      "question",            // 1 when it ends in ? or !
      "single_article");     // 1 when the cluster has one article (the shares above are then 0)

  private static final int FIRST_SENTENCE = NAMES.indexOf("first_sentence");
  private static final int EARLY_POSITION = NAMES.indexOf("early_position");
  private static final int RELATIVE_POSITION = NAMES.indexOf("relative_position");
  private static final int ARTICLE_CENTRALITY = NAMES.indexOf("article_centrality");
  private static final int ARTICLE_COVERAGE = NAMES.indexOf("article_coverage");
  private static final int CENTRAL_ARTICLE = NAMES.indexOf("central_article");
  private static final int CONCEPT_WEIGHT = NAMES.indexOf("concept_weight");
  private static final int CONCEPT_MASS = NAMES.indexOf("concept_mass");
  private static final int TERM_CENTRALITY = NAMES.indexOf("term_centrality");
  private static final int OPENING_CONCEPTS = NAMES.indexOf("opening_concepts");
  private static final int WORDS = NAMES.indexOf("words");
  private static final int NAME_WORDS = NAMES.indexOf("names");
  private static final int NUMBERS = NAMES.indexOf("numbers");
  private static final int QUOTE = NAMES.indexOf("quote");
  private static final int QUESTION = NAMES.indexOf("question");
  private static final int SINGLE_ARTICLE = NAMES.indexOf("single_article");

  /** Sentences of an article's opening, for {@code opening_concepts}. */
  static final int OPENING = 3;

  private SalienceFeatures() {}

  /**
   * One row of {@link #NAMES} features per sentence in {@code sentences} (cluster indices), in
   * that order.
   */
  public static double[][] of(AnalyzedCluster cluster, int[] sentences) {
    List<Sentence> all = cluster.sentences();
    int articles = cluster.articles().size();
    double others = Math.max(1, articles - 1);
    List<List<Sentence>> byArticle = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      byArticle.add(new ArrayList<>());
    }
    for (Sentence s : all) {
      byArticle.get(s.articleIndex()).add(s);
    }
    double[] centrality = new double[articles];
    double[] coverage = new double[articles];
    articleCentrality(cluster, byArticle, others, centrality, coverage);
    int[] rank = rank(coverage);
    double[] opening = openingFrequency(cluster, all);

    double[][] rows = new double[sentences.length][];
    double[] mass = new double[sentences.length];
    double maxMass = 0;
    int[] seen = new int[cluster.bigramCount()];
    Arrays.fill(seen, -1);
    for (int r = 0; r < sentences.length; r++) {
      int s = sentences[r];
      Sentence sentence = all.get(s);
      int article = sentence.articleIndex();
      int length = byArticle.get(article).size();
      double[] x = new double[NAMES.size()];
      x[FIRST_SENTENCE] = sentence.position() == 0 ? 1 : 0;
      x[EARLY_POSITION] = 1.0 / (1 + sentence.position());
      x[RELATIVE_POSITION] = length <= 1 ? 0 : sentence.position() / (double) (length - 1);
      x[ARTICLE_CENTRALITY] = centrality[article];
      x[ARTICLE_COVERAGE] = coverage[article];
      x[CENTRAL_ARTICLE] = 1.0 / (1 + rank[article]);
      int distinct = 0;
      double shares = 0;
      double openings = 0;
      for (int c : cluster.bigramIds(s)) {
        if (seen[c] == s) {
          continue;
        }
        seen[c] = s;
        distinct++;
        shares += (cluster.bigramArticleFrequency(c) - 1) / others;
        openings += opening[c] / articles;
      }
      x[CONCEPT_WEIGHT] = distinct == 0 ? 0 : shares / distinct;
      mass[r] = shares;
      maxMass = Math.max(maxMass, shares);
      int[] terms = cluster.termIds(s);
      double termShares = 0;
      for (int t : terms) {
        termShares += (cluster.termArticleFrequency(t) - 1) / others;
      }
      x[TERM_CENTRALITY] = terms.length == 0 ? 0 : termShares / terms.length;
      x[OPENING_CONCEPTS] = distinct == 0 ? 0 : openings / distinct;
      String text = sentence.text();
      String[] words = text.split("\\s+");
      x[WORDS] = words.length / 25.0;
      int capitals = 0;
      for (int w = 1; w < words.length; w++) {
        if (!words[w].isEmpty() && Character.isUpperCase(firstLetter(words[w]))) {
          capitals++;
        }
      }
      x[NAME_WORDS] = words.length <= 1 ? 0 : capitals / (double) (words.length - 1);
      x[NUMBERS] = hasDigit(text) ? 1 : 0;
      x[QUOTE] = text.indexOf('"') >= 0 || text.indexOf('\u201C') >= 0 || text.indexOf('\u201D') >= 0
          ? 1 : 0;
      char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
      x[QUESTION] = last == '?' || last == '!' || text.endsWith("?\"") || text.endsWith("?\u201D")
          ? 1 : 0;
      x[SINGLE_ARTICLE] = articles == 1 ? 1 : 0;
      rows[r] = x;
    }
    for (int r = 0; r < rows.length; r++) {
      rows[r][CONCEPT_MASS] = maxMass == 0 ? 0 : mass[r] / maxMass;
    }
    return rows;
  }

  /**
   * Per article: its centrality, the mean over its distinct terms of the share of other articles
   * using each; and its coverage, the share of the terms two or more articles use that it uses.
   */
  private static void articleCentrality(AnalyzedCluster cluster, List<List<Sentence>> byArticle,
      double others, double[] centrality, double[] coverage) {
    int shared = 0;
    for (int t = 0; t < cluster.termCount(); t++) {
      shared += cluster.termArticleFrequency(t) >= 2 ? 1 : 0;
    }
    int[] seen = new int[cluster.termCount()];
    Arrays.fill(seen, -1);
    for (int a = 0; a < byArticle.size(); a++) {
      int distinct = 0;
      int covered = 0;
      double shares = 0;
      for (Sentence s : byArticle.get(a)) {
        for (int t : cluster.termIds(s.index())) {
          if (seen[t] != a) {
            seen[t] = a;
            distinct++;
            shares += (cluster.termArticleFrequency(t) - 1) / others;
            covered += cluster.termArticleFrequency(t) >= 2 ? 1 : 0;
          }
        }
      }
      centrality[a] = distinct == 0 ? 0 : shares / distinct;
      coverage[a] = shared == 0 ? 0 : covered / (double) shared;
    }
  }

  /** 0 for the article of the highest value, 1 for the next, ...; ties by article order. */
  private static int[] rank(double[] centrality) {
    Integer[] order = new Integer[centrality.length];
    for (int a = 0; a < order.length; a++) {
      order[a] = a;
    }
    Arrays.sort(order, (a, b) -> {
      int c = Double.compare(centrality[b], centrality[a]);
      return c != 0 ? c : Integer.compare(a, b);
    });
    int[] rank = new int[centrality.length];
    for (int r = 0; r < order.length; r++) {
      rank[order[r]] = r;
    }
    return rank;
  }

  /** Per bigram: in how many articles' first {@link #OPENING} sentences it occurs. */
  private static double[] openingFrequency(AnalyzedCluster cluster, List<Sentence> all) {
    double[] opening = new double[cluster.bigramCount()];
    int[] lastArticle = new int[cluster.bigramCount()];
    Arrays.fill(lastArticle, -1);
    for (Sentence s : all) {
      if (s.position() >= OPENING) {
        continue;
      }
      for (int c : cluster.bigramIds(s.index())) {
        if (lastArticle[c] != s.articleIndex()) {
          lastArticle[c] = s.articleIndex();
          opening[c]++;
        }
      }
    }
    return opening;
  }

  private static char firstLetter(String word) {
    for (int k = 0; k < word.length(); k++) {
      char c = word.charAt(k);
      if (Character.isLetter(c)) {
        return c;
      }
      if (Character.isDigit(c)) {
        return c;
      }
    }
    return ' ';
  }

  private static boolean hasDigit(String text) {
    for (int k = 0; k < text.length(); k++) {
      if (Character.isDigit(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }
}

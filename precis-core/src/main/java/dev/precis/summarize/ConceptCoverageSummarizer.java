package dev.precis.summarize;

import dev.precis.salience.SalienceModel;
import dev.precis.select.Conflicts;
import dev.precis.select.CoverageSolver;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Sentence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Concept coverage (Gillick and Favre, 2009; the ICSI summarizer of TAC 2008/2009): concepts are
 * stem bigrams, a concept's weight is the number of articles that use it, and the summary is the
 * set of sentences that covers the most concept weight within the budget, solved exactly by
 * {@link CoverageSolver}. A concept counts once however many chosen sentences repeat it, which is
 * what keeps the summary free of repetition.
 *
 * <p>Two additions, both measured on DUC 2003: concepts that open articles weigh more (news says
 * what matters first), and each sentence earns a small bonus for being early in its article.
 *
 * <p>About a query ({@link SummaryOptions#withQuery}), a concept weighs {@code 1 + QUERY_BOOST}
 * times as much when one of its words is a query term, less for a close word, and counts even
 * when fewer articles than the threshold use it: a sub-topic one article covers is still what
 * the reader asked for.
 *
 * <p>{@link #learned} adds a prior learned from reference summaries ({@link SalienceModel}): each
 * concept's weight is raised by the best learned score among the candidate sentences that hold
 * it, so the solver prefers the concepts of sentences that look like what people summarize. The
 * prior applies to clusters of fewer than {@code priorBelowArticles} articles (after copies are
 * merged): there a concept counts when one article uses it, so the article counts that weigh
 * concepts say least, while in larger clusters they agree with the references better than the
 * prior does (README "Learned sentence salience"). Like {@code ilp}, it applies the small-story
 * rule below.
 *
 * <p>Small stories ({@code ilp}; README "Small stories"): when a story has {@value
 * #SMALL_STORY_MIN_ARTICLES} to {@value #SMALL_STORY_MAX_ARTICLES} articles (after copies are
 * merged), the reader of a summary of it expects to hear from each of them. So when the optimum
 * leaves out an article of at least {@value #SMALL_STORY_MIN_WORDS} words, that article's opening
 * (its first eligible sentence, what its own reader sees first) is fixed in the solution and the
 * solver fills the rest of the budget around it; this repeats, in article order, while another
 * such article is left out whose opening fits beside those fixed and does not say what one of
 * them says. Left out means that no chosen sentence comes from the article or says the same as
 * one of its sentences (the summary credits an article of the latter kind as a source of that
 * sentence, or notes that it gives another figure). The settings are stated, not fitted: a rule
 * by cluster size and article length, which leaves larger clusters (where no reader expects every
 * article to be quoted) and short items (a brief, a caption page) alone. {@code learned} does not
 * apply it.
 */
final class ConceptCoverageSummarizer implements Summarizer {
  static final String NAME = "ilp";
  static final String LEARNED = "learned";
  /**
   * Extra weight of a concept with a query term (times its relatedness for a close word). Not
   * tuned: the evaluation data in {@code ../shared} has no queries (README "Summaries about a
   * query").
   */
  static final double QUERY_BOOST = 3.0;
  /** The small-story rule applies to clusters of this many articles or more... */
  static final int SMALL_STORY_MIN_ARTICLES = 2;
  /** ...and at most this many (after copies are merged). */
  static final int SMALL_STORY_MAX_ARTICLES = 3;
  /** The shortest article, in words, that a small story's summary may not leave out. */
  static final int SMALL_STORY_MIN_WORDS = 150;

  private final int minArticleFrequency;
  private final double leadWeight;
  private final int leadSentences;
  private final double positionBonus;
  private final int maxCandidates;
  private final long nodeLimit;
  /** Scores sentences for the concept prior, read on first use; null for none. */
  private final Supplier<SalienceModel> salience;
  /** Where that model came from, as the summary's parameters say it. */
  private final String salienceSource;
  private final double priorWeight;
  private final int priorBelowArticles;
  private final boolean smallStories;

  /**
   * @param minArticleFrequency concepts used by fewer articles are ignored; 0 picks by cluster size
   * @param leadWeight extra weight per article in whose opening sentences a concept occurs
   * @param leadSentences how many sentences count as an article's opening
   * @param positionBonus a sentence's bonus is this times its cost over (1 + position)
   * @param maxCandidates the solver considers this many best candidates at most
   * @param nodeLimit the solver's search limit
   */
  ConceptCoverageSummarizer(int minArticleFrequency, double leadWeight, int leadSentences,
      double positionBonus, int maxCandidates, long nodeLimit) {
    this(minArticleFrequency, leadWeight, leadSentences, positionBonus, maxCandidates, nodeLimit,
        null, null, 0, 0, false);
  }

  /**
   * @param salience scores sentences for the concept prior, read when a prior applies; null for
   *     none
   * @param salienceSource where that model came from
   * @param priorWeight a concept's weight is multiplied by 1 + this times the best clamped
   *     learned score (0..1) of a candidate holding it
   * @param priorBelowArticles the prior applies to clusters of fewer articles; 0: to all
   */
  private ConceptCoverageSummarizer(int minArticleFrequency, double leadWeight, int leadSentences,
      double positionBonus, int maxCandidates, long nodeLimit, Supplier<SalienceModel> salience,
      String salienceSource, double priorWeight, int priorBelowArticles, boolean smallStories) {
    this.smallStories = smallStories;
    this.salience = salience;
    this.salienceSource = salienceSource;
    this.priorWeight = priorWeight;
    this.priorBelowArticles = priorBelowArticles;
    this.minArticleFrequency = minArticleFrequency;
    this.leadWeight = leadWeight;
    this.leadSentences = leadSentences;
    this.positionBonus = positionBonus;
    this.maxCandidates = maxCandidates;
    this.nodeLimit = nodeLimit;
  }

  /** {@code ilp}: with the small-story rule (see the class comment). */
  static ConceptCoverageSummarizer defaults() {
    return new ConceptCoverageSummarizer(0, 2.0, 3, 0.0, 80, 2_000_000, null, null, 0, 0, true);
  }

  /** {@link #defaults()} with the concept prior of {@code model} (see the class comment). */
  static ConceptCoverageSummarizer learned(SalienceModel model, double priorWeight,
      int priorBelowArticles) {
    return learned(() -> model, model.source(), priorWeight, priorBelowArticles);
  }

  /**
   * As {@link #learned(SalienceModel, double, int)}, the model read only when a cluster is small
   * enough for the prior: a summary of a larger story reads none.
   */
  static ConceptCoverageSummarizer learned(Supplier<SalienceModel> model, String source,
      double priorWeight, int priorBelowArticles) {
    return new ConceptCoverageSummarizer(0, 2.0, 3, 0.0, 80, 2_000_000, model, source,
        priorWeight, priorBelowArticles, true);
  }

  @Override
  public String name() {
    return salience == null ? NAME : LEARNED;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("concepts", "stem bigrams");
    p.put("minArticleFrequency", minArticleFrequency == 0 ? "auto" : minArticleFrequency);
    p.put("leadWeight", leadWeight);
    p.put("leadSentences", leadSentences);
    p.put("positionBonus", positionBonus);
    p.put("solverCandidates", maxCandidates);
    p.put("nodeLimit", nodeLimit);
    if (salience != null) {
      p.put("salienceModel", salienceSource);
      p.put("priorWeight", priorWeight);
      p.put("priorBelowArticles", priorBelowArticles == 0 ? "always" : priorBelowArticles);
    }
    if (smallStories) {
      p.put("smallStoryArticles", SMALL_STORY_MIN_ARTICLES + "-" + SMALL_STORY_MAX_ARTICLES);
      p.put("smallStoryMinWords", SMALL_STORY_MIN_WORDS);
    }
    return p;
  }

  @Override
  public Selection select(Candidates candidates, Budget budget) {
    AnalyzedCluster cluster = candidates.cluster();
    int articles = cluster.articles().size();
    int threshold = minArticleFrequency > 0 ? minArticleFrequency
        : articles >= 8 ? 3 : articles >= 4 ? 2 : 1;
    double[] weights = conceptWeights(cluster, threshold, candidates.focus());
    for (int c = 0; c < weights.length; c++) {
      weights[c] *= candidates.conceptWeight(c); // below 1 for what an update's reader has read
    }
    int[] pool = candidates.indices();
    boolean prior = salience != null
        && (priorBelowArticles == 0 || articles < priorBelowArticles);
    if (prior) {
      addPrior(cluster, pool, weights);
    }

    // each candidate's distinct concepts that carry weight, and its coverage value alone
    double[] alone = new double[cluster.size()];
    int[][] conceptsOf = new int[cluster.size()][];
    for (int s : pool) {
      conceptsOf[s] = Arrays.stream(cluster.bigramIds(s)).filter(c -> weights[c] > 0).distinct()
          .toArray();
      for (int c : conceptsOf[s]) {
        alone[s] += weights[c];
      }
    }
    int[] items = IntStream.of(pool).filter(s -> alone[s] > 0).boxed()
        .sorted(Comparator.comparingDouble((Integer s) -> -alone[s] / Math.sqrt(candidates.cost(s)))
            .thenComparingInt(s -> s))
        .limit(maxCandidates).mapToInt(Integer::intValue).sorted().toArray();
    if (items.length == 0) {
      return GreedyFill.byScore(candidates, budget, alone);
    }
    boolean small = smallStories && articles >= SMALL_STORY_MIN_ARTICLES
        && articles <= SMALL_STORY_MAX_ARTICLES;
    int[] openings = small ? openings(cluster, pool) : null;
    if (small) {
      // an opening the solver would not consider on its own is still one it may be given
      items = IntStream.concat(IntStream.of(items),
          IntStream.of(openings).filter(s -> s >= 0 && alone[s] > 0)).distinct().sorted().toArray();
    }
    int m = items.length;
    int[] costs = new int[m];
    int[][] concepts = new int[m][];
    double[] bonuses = new double[m];
    for (int i = 0; i < m; i++) {
      Sentence s = candidates.sentence(items[i]);
      costs[i] = candidates.cost(items[i]);
      concepts[i] = conceptsOf[items[i]];
      bonuses[i] = positionBonus * costs[i] / (1.0 + s.position());
    }
    // two sentences that say the same thing are never both chosen; the test compares a pair of
    // sentences, so only the pairs the search comes to are compared
    int[] sentences = items;
    Conflicts conflicts =
        Conflicts.lazy(m, (i, j) -> candidates.sameContent(sentences[i], sentences[j]));
    CoverageSolver solver =
        new CoverageSolver(costs, concepts, weights, bonuses, conflicts, budget.capacity(), nodeLimit);
    CoverageSolver.Result result = solver.solve();
    List<String> fixedArticles = new ArrayList<>();
    if (small) {
      // fix the opening of a long article the solution leaves out (the first in article order
      // whose opening fits beside those fixed and says something else), solve again around the
      // fixed openings, and repeat while the new solution leaves out such an article
      int[] words = articleWords(cluster);
      List<Integer> fixed = new ArrayList<>();
      int fixedCost = 0;
      boolean changed = true;
      while (changed) {
        changed = false;
        int[] picked = result.chosen().clone(); // as sentence indices
        boolean[] quoted = new boolean[articles];
        for (int k = 0; k < picked.length; k++) {
          picked[k] = items[picked[k]];
          quoted[candidates.sentence(picked[k]).articleIndex()] = true;
        }
        for (int a = 0; a < articles && !changed; a++) {
          int i = openings[a] < 0 ? -1 : Arrays.binarySearch(items, openings[a]);
          if (quoted[a] || i < 0 || words[a] < SMALL_STORY_MIN_WORDS
              || fixedCost + costs[i] > budget.capacity()) {
            continue;
          }
          int item = i;
          if (fixed.stream().anyMatch(f -> conflicts.between(f, item))
              || spokenFor(candidates, pool, a, picked)) {
            continue;
          }
          fixed.add(i);
          fixedCost += costs[i];
          fixedArticles.add(cluster.articles().get(a).id());
          result = solver.solve(fixed.stream().mapToInt(Integer::intValue).toArray());
          changed = true;
        }
      }
    }
    List<Integer> chosen = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (int i : result.chosen()) {
      chosen.add(items[i]);
      scores.add(alone[items[i]]);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("minArticleFrequency", threshold);
    if (salience != null) {
      details.put("prior", prior);
    }
    details.put("solverCandidates", m);
    details.put("objective", Math.round(result.value() * 1000) / 1000.0);
    details.put("optimal", result.optimal());
    details.put("searchNodes", result.nodes());
    if (small) {
      details.put("smallStoryOpenings", List.copyOf(fixedArticles));
    }
    return new Selection(chosen, scores, details);
  }

  /**
   * Whether a chosen sentence says the same as an eligible sentence of article {@code a}: the
   * reader then hears the article without a sentence of its own (the summary credits it as a
   * source of that sentence, or notes that it gives another figure).
   */
  private static boolean spokenFor(Candidates candidates, int[] pool, int a, int[] chosen) {
    for (int s : pool) {
      if (candidates.sentence(s).articleIndex() != a) {
        continue;
      }
      for (int c : chosen) {
        if (candidates.sameContent(c, s)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Each article's first eligible sentence (lowest position among the candidates), or -1 for an
   * article with none.
   */
  private static int[] openings(AnalyzedCluster cluster, int[] pool) {
    int[] first = new int[cluster.articles().size()];
    Arrays.fill(first, -1);
    for (int s : pool) {
      Sentence sentence = cluster.sentences().get(s);
      int a = sentence.articleIndex();
      if (first[a] < 0 || sentence.position() < cluster.sentences().get(first[a]).position()) {
        first[a] = s;
      }
    }
    return first;
  }

  /** Each article's length in words, over the sentences analysed (web page furniture dropped). */
  private static int[] articleWords(AnalyzedCluster cluster) {
    int[] words = new int[cluster.articles().size()];
    for (Sentence s : cluster.sentences()) {
      words[s.articleIndex()] += s.wordCount();
    }
    return words;
  }

  /** Raises each weighted concept by the best learned score among the candidates holding it. */
  private void addPrior(AnalyzedCluster cluster, int[] pool, double[] weights) {
    double[] score = salience.get().scores(cluster, pool);
    double[] best = new double[weights.length];
    for (int s : pool) {
      double p = Math.max(0, Math.min(1, score[s]));
      for (int c : cluster.bigramIds(s)) {
        best[c] = Math.max(best[c], p);
      }
    }
    for (int c = 0; c < weights.length; c++) {
      weights[c] *= 1 + priorWeight * best[c];
    }
  }

  private double[] conceptWeights(AnalyzedCluster cluster, int threshold, QueryFocus focus) {
    double[] weights = new double[cluster.bigramCount()];
    double[] related = new double[weights.length];
    for (int c = 0; c < weights.length; c++) {
      int df = cluster.bigramArticleFrequency(c);
      related[c] = focus == null ? 0 : focus.conceptRelatedness(cluster, c);
      weights[c] = df >= threshold || related[c] > 0 ? df : 0;
    }
    if (leadWeight > 0) {
      // articles in whose opening a concept appears, each counted once
      int[] lastArticle = new int[weights.length];
      Arrays.fill(lastArticle, -1);
      for (Sentence s : cluster.sentences()) {
        if (s.position() >= leadSentences) {
          continue;
        }
        for (int c : cluster.bigramIds(s.index())) {
          if (weights[c] > 0 && lastArticle[c] != s.articleIndex()) {
            lastArticle[c] = s.articleIndex();
            weights[c] += leadWeight;
          }
        }
      }
    }
    for (int c = 0; c < weights.length; c++) {
      weights[c] *= 1 + QUERY_BOOST * related[c];
    }
    return weights;
  }
}

package dev.precis.summarize;

import dev.precis.PrecisException;
import dev.precis.salience.SalienceModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/** The summarization methods, by name. */
public final class Summarizers {
  /**
   * The method used when none is named: {@code learned}, which is {@code ilp} on stories of 4
   * articles or more and adds its learned prior on smaller ones (README "Learned sentence
   * salience": never below {@code ilp} on a set left out of its training, above it on web news).
   */
  public static final String DEFAULT = ConceptCoverageSummarizer.LEARNED;

  /** How much the shipped salience model raises the concept weights of {@code learned}. */
  public static final double PRIOR_WEIGHT = 3.0;
  /**
   * {@code learned} applies its prior to clusters of fewer articles than this: below it {@code ilp}
   * counts a concept that one article uses, so the article counts that weigh concepts say least.
   */
  public static final int PRIOR_BELOW_ARTICLES = 4;

  private static final Map<String, Supplier<Summarizer>> METHODS = new LinkedHashMap<>();

  static {
    METHODS.put(LeadSummarizer.NAME, LeadSummarizer::new);
    METHODS.put(RoundRobinLeadSummarizer.NAME, RoundRobinLeadSummarizer::new);
    METHODS.put(ConceptCoverageSummarizer.NAME, ConceptCoverageSummarizer::defaults);
    METHODS.put(ConceptCoverageSummarizer.LEARNED,
        () -> ConceptCoverageSummarizer.learned(SalienceModel::standard,
            SalienceModel.STANDARD_SOURCE, PRIOR_WEIGHT, PRIOR_BELOW_ARTICLES));
    METHODS.put(CentroidSummarizer.NAME, CentroidSummarizer::defaults);
    METHODS.put(LexRankSummarizer.NAME, LexRankSummarizer::defaults);
    METHODS.put(TextRankSummarizer.NAME, TextRankSummarizer::defaults);
    METHODS.put(MmrSummarizer.NAME, MmrSummarizer::defaults);
    METHODS.put(KlSumSummarizer.NAME, KlSumSummarizer::defaults);
    METHODS.put(SumBasicSummarizer.NAME, SumBasicSummarizer::defaults);
    METHODS.put(SubmodularSummarizer.NAME, SubmodularSummarizer::defaults);
  }

  private Summarizers() {}

  /** Every method name, in a stable order. */
  public static List<String> names() {
    return List.copyOf(METHODS.keySet());
  }

  /**
   * {@code learned} with another salience model, prior weight and cluster-size rule: what {@code precis
   * train-sentences} scores a model fit without the set it scores with.
   */
  public static Summarizer learned(SalienceModel model, double priorWeight,
      int priorBelowArticles) {
    if (model == null || !(priorWeight >= 0) || !Double.isFinite(priorWeight)
        || priorBelowArticles < 0) {
      throw new PrecisException("learned needs a salience model, a prior weight >= 0 and an "
          + "article count >= 0 (0: the prior applies to every cluster)");
    }
    return ConceptCoverageSummarizer.learned(model, priorWeight, priorBelowArticles);
  }

  /** The method of that name with its default parameters. */
  public static Summarizer create(String name) {
    if (name == null || name.isBlank()) {
      return METHODS.get(DEFAULT).get();
    }
    Supplier<Summarizer> method = METHODS.get(name.trim().toLowerCase(Locale.ROOT));
    if (method == null) {
      throw new PrecisException(
          "unknown method '" + name + "'; valid methods: " + String.join(", ", names()));
    }
    return method.get();
  }
}

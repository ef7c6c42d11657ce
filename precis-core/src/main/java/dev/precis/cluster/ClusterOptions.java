package dev.precis.cluster;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import dev.precis.text.Language;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link StoryClusterer}. Immutable; start from {@link #defaults()} and change with
 * the {@code with...} methods, which validate.
 *
 * <p>An article joins a story when its similarity to the story's centroid is at least {@code
 * threshold}. Similarity is a weighted mean of three cosines of TF-IDF vectors (IDF from the
 * articles being clustered): all content terms ({@code termWeight}), capitalized names
 * ({@code entityWeight}) and headline terms ({@code titleWeight}; the lead sentence stands in for
 * a missing headline). A signal that one side lacks (no names in a headline-only article) is left
 * out of the mean rather than counted as 0.
 *
 * @param threshold similarity to a story's centroid needed to join it, in (0, 1)
 * @param windowDays two dated articles more than this many days apart are never linked directly,
 *     so a topic that returns after a longer silence becomes a new story; 0 turns the window off.
 *     Articles without a readable date are linked regardless of dates.
 * @param termWeight weight of the all-terms cosine, at least 0
 * @param entityWeight weight of the names cosine, at least 0
 * @param titleWeight weight of the headline cosine, at least 0
 * @param embeddingWeight weight of the cosine of sentence embeddings of headline and lead, at
 *     least 0; 0 (the default) leaves the signal out. Above 0 the clusterer needs a {@link
 *     dev.precis.text.TextEmbedder} (see {@link StoryClusterer#StoryClusterer(ClusterOptions,
 *     dev.precis.text.TextEmbedder)}). Candidate stories still come from shared words; the
 *     embeddings weigh them
 * @param language stemmer and stop words of the articles
 */
public record ClusterOptions(double threshold, int windowDays, double termWeight,
    double entityWeight, double titleWeight, double embeddingWeight, Language language) {

  public static final double DEFAULT_THRESHOLD = 0.14;
  public static final int DEFAULT_WINDOW_DAYS = 14;
  /**
   * Embedding weight of {@link #withEmbeddings()}, with {@link #EMBEDDING_THRESHOLD}: the best
   * pair of a grid on the DUC 2003 and Multi-News streams, and still no better than words and
   * names alone there (README, "Stories").
   */
  public static final double EMBEDDING_WEIGHT = 0.1;
  /** Threshold of {@link #withEmbeddings()}: the embedding cosine raises every similarity. */
  public static final double EMBEDDING_THRESHOLD = 0.16;
  /**
   * Embedding weight of {@link #withHeadlineEmbeddings()}. A headline has too few words for TF-IDF
   * (two headlines of one story often share none), while the sentence model reads its meaning
   * well: measured on the UCI headlines, weights 0.7 to 1.5 with thresholds 0.22 to 0.28 all give
   * BCubed F1 0.81 to 0.83, against 0.79 at the full-text setting and 0.75 without embeddings.
   */
  public static final double HEADLINE_EMBEDDING_WEIGHT = 1.0;
  /** Threshold of {@link #withHeadlineEmbeddings()}, in the middle of the measured plateau. */
  public static final double HEADLINE_EMBEDDING_THRESHOLD = 0.25;

  public ClusterOptions {
    Objects.requireNonNull(language, "language");
    if (!(threshold > 0 && threshold < 1)) {
      throw new PrecisException("the similarity threshold must be between 0 and 1 (exclusive), not "
          + threshold);
    }
    if (windowDays < 0) {
      throw new PrecisException("the time window must be 0 (off) or a number of days, not "
          + windowDays);
    }
    for (double w : new double[] {termWeight, entityWeight, titleWeight, embeddingWeight}) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new PrecisException("signal weights must be finite and at least 0, not " + w);
      }
    }
    if (termWeight + titleWeight <= 0) {
      // names alone cannot place a headline-only article; some word signal must count
      throw new PrecisException("the term or the title weight must be above 0");
    }
  }

  /** Options without the embedding signal (its weight 0), as before it existed. */
  public ClusterOptions(double threshold, int windowDays, double termWeight, double entityWeight,
      double titleWeight, Language language) {
    this(threshold, windowDays, termWeight, entityWeight, titleWeight, 0, language);
  }

  /** Threshold 0.14, a 14-day window, weights 0.6 terms, 0.2 names, 0.2 headline; English. */
  public static ClusterOptions defaults() {
    return new ClusterOptions(DEFAULT_THRESHOLD, DEFAULT_WINDOW_DAYS, 0.6, 0.2, 0.2, 0,
        Language.ENGLISH);
  }

  public ClusterOptions withThreshold(double value) {
    return new ClusterOptions(value, windowDays, termWeight, entityWeight, titleWeight,
        embeddingWeight, language);
  }

  public ClusterOptions withWindowDays(int value) {
    return new ClusterOptions(threshold, value, termWeight, entityWeight, titleWeight,
        embeddingWeight, language);
  }

  /** No time window: dates never separate articles. */
  public ClusterOptions withoutWindow() {
    return withWindowDays(0);
  }

  public ClusterOptions withWeights(double terms, double entities, double title) {
    return new ClusterOptions(threshold, windowDays, terms, entities, title, embeddingWeight,
        language);
  }

  public ClusterOptions withLanguage(Language value) {
    return new ClusterOptions(threshold, windowDays, termWeight, entityWeight, titleWeight,
        embeddingWeight, value);
  }

  /** With the sentence-embedding signal at this weight (0 turns it off); the threshold stays. */
  public ClusterOptions withEmbeddingWeight(double value) {
    return new ClusterOptions(threshold, windowDays, termWeight, entityWeight, titleWeight, value,
        language);
  }

  /** With the embedding signal at {@link #EMBEDDING_WEIGHT} and {@link #EMBEDDING_THRESHOLD}. */
  public ClusterOptions withEmbeddings() {
    return withEmbeddingWeight(EMBEDDING_WEIGHT).withThreshold(EMBEDDING_THRESHOLD);
  }

  /**
   * With the embedding signal calibrated for a feed of headlines: weight {@link
   * #HEADLINE_EMBEDDING_WEIGHT}, threshold {@link #HEADLINE_EMBEDDING_THRESHOLD}.
   */
  public ClusterOptions withHeadlineEmbeddings() {
    return withEmbeddingWeight(HEADLINE_EMBEDDING_WEIGHT).withThreshold(
        HEADLINE_EMBEDDING_THRESHOLD);
  }

  /**
   * With the embedding signal calibrated for these articles: {@link #withHeadlineEmbeddings()}
   * when most of them are headlines alone ({@link Article#headlineOnly()}), else {@link
   * #withEmbeddings()}. A function of the set, so the same articles in any order get
   * the same options.
   */
  public ClusterOptions withEmbeddingsFor(Collection<Article> articles) {
    long headlines = articles.stream().filter(Article::headlineOnly).count();
    return 2 * headlines > articles.size() ? withHeadlineEmbeddings() : withEmbeddings();
  }

  /** Whether the embedding signal is on. */
  public boolean usesEmbeddings() {
    return embeddingWeight > 0;
  }

  /** Every setting by name, in a fixed order, for reports. */
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("threshold", threshold);
    p.put("window_days", windowDays);
    p.put("term_weight", termWeight);
    p.put("entity_weight", entityWeight);
    p.put("title_weight", titleWeight);
    p.put("embedding_weight", embeddingWeight);
    p.put("language", language.label());
    return p;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "threshold %.3f, window %s, weights terms %.2f names %.2f title %.2f%s, %s", threshold,
        windowDays == 0 ? "off" : windowDays + " days", termWeight, entityWeight, titleWeight,
        usesEmbeddings() ? String.format(Locale.ROOT, " embeddings %.2f", embeddingWeight) : "",
        language.label());
  }
}

package dev.precis.cluster;

import dev.precis.PrecisException;
import dev.precis.text.Language;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Settings of {@link StoryClusterer}. Immutable; start from {@link #defaults()} and change with
 * the {@code with...} methods, which validate.
 *
 * <pre>{@code
 * ClusterOptions.defaults()                          // the learned model, no time window
 * ClusterOptions.defaults().withWindowDays(14)       // dated articles 14 days apart: never linked
 * ClusterOptions.defaults().withMethod("average-link").withThreshold(0.10)   // the baseline
 * }</pre>
 *
 * @param method {@code learned} (the same-story model, {@link SameStoryModel}) or {@code
 *     average-link} (TF-IDF cosine average-link, the baseline)
 * @param threshold for {@code learned}, the same-story probability two groups of articles need
 *     (their mean log-odds must reach its log-odds); for {@code average-link}, the mean cosine.
 *     NaN: the method's own (the model's trained threshold; 0.10 for the baseline)
 * @param windowDays two dated articles more than this many days apart are never one story's
 *     candidates, and count as unlike in their story's mean; 0 turns the window off. Undated
 *     articles are compared regardless of dates
 * @param language stemmer and stop words of the articles
 * @param embeddings whether to weigh the cosine of sentence embeddings of headline and lead (the
 *     model trained with them); the clusterer then needs a {@link dev.precis.text.TextEmbedder}
 * @param model the same-story model, or null for the shipped one ({@link
 *     SameStoryModel#standard()}, or {@link SameStoryModel#withEmbeddings()})
 */
public record ClusterOptions(String method, double threshold, int windowDays, Language language,
    boolean embeddings, SameStoryModel model) implements java.io.Serializable {

  /** The methods, by name. */
  public static final List<String> METHODS = List.of("learned", "average-link");

  public ClusterOptions {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(language, "language");
    if (!METHODS.contains(method)) {
      throw new PrecisException("unknown clustering method '" + method + "'; valid methods: "
          + String.join(", ", METHODS));
    }
    if (!Double.isNaN(threshold) && !(threshold > 0 && threshold < 1)) {
      throw new PrecisException("the threshold must be between 0 and 1 (exclusive), not "
          + threshold);
    }
    if (windowDays < 0) {
      throw new PrecisException("the time window must be 0 (off) or a number of days, not "
          + windowDays);
    }
    if (embeddings && method.equals("average-link")) {
      throw new PrecisException("the average-link baseline compares words only; it takes no "
          + "sentence embeddings");
    }
  }

  /** The learned model, its own threshold, no time window, English. */
  public static ClusterOptions defaults() {
    return new ClusterOptions("learned", Double.NaN, 0, Language.ENGLISH, false, null);
  }

  public ClusterOptions withMethod(String value) {
    return new ClusterOptions(value, threshold, windowDays, language, embeddings, model);
  }

  /** With this threshold (a probability for {@code learned}, a cosine for the baseline). */
  public ClusterOptions withThreshold(double value) {
    if (Double.isNaN(value)) {
      throw new PrecisException("the threshold must be a number between 0 and 1, not NaN");
    }
    return new ClusterOptions(method, value, windowDays, language, embeddings, model);
  }

  public ClusterOptions withWindowDays(int value) {
    return new ClusterOptions(method, threshold, value, language, embeddings, model);
  }

  public ClusterOptions withLanguage(Language value) {
    return new ClusterOptions(method, threshold, windowDays, value, embeddings, model);
  }

  /** With or without the sentence-embedding signal. */
  public ClusterOptions withEmbeddings(boolean value) {
    return new ClusterOptions(method, threshold, windowDays, language, value, model);
  }

  /** With this same-story model in place of the shipped one (for training and evaluation). */
  public ClusterOptions withModel(SameStoryModel value) {
    return new ClusterOptions(method, threshold, windowDays, language, embeddings, value);
  }

  /** Whether the clusterer needs a sentence-embedding model. */
  public boolean usesEmbeddings() {
    return embeddings;
  }

  /** The scorer these options choose. */
  PairScorer scorer() {
    if (method.equals("average-link")) {
      return new CosineScorer(Double.isNaN(threshold) ? CosineScorer.DEFAULT_THRESHOLD
          : threshold);
    }
    SameStoryModel m = model != null ? model
        : embeddings ? SameStoryModel.withEmbeddings() : SameStoryModel.standard();
    return Double.isNaN(threshold) ? m
        : m.withMergeThreshold(Math.log(threshold / (1 - threshold)));
  }

  /** Every setting by name, in a fixed order, for reports; the method's own included. */
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("method", method);
    p.put("window_days", windowDays);
    p.put("language", language.label());
    p.put("embeddings", embeddings);
    p.putAll(scorer().parameters());
    return p;
  }

  @Override
  public String toString() {
    PairScorer s = scorer();
    String bar = method.equals("learned")
        ? String.format(Locale.ROOT, "merge at same-story probability %.3f",
            1 / (1 + Math.exp(-s.mergeThreshold())))
        : String.format(Locale.ROOT, "threshold %.3f", s.mergeThreshold());
    return method + ", " + bar + ", window " + (windowDays == 0 ? "off" : windowDays + " days")
        + (embeddings ? ", embeddings" : "") + ", " + language.label();
  }
}

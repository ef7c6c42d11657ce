package dev.precis.salience;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.linear.ZScoredWeights;
import dev.precis.text.AnalyzedCluster;

/**
 * A learned estimate of how much of a story's reference summaries a sentence carries: a ridge
 * regression over z-normalised {@link SalienceFeatures}, fit by {@code precis train-sentences} on
 * each candidate sentence's ROUGE-2 precision against its cluster's references (the share of its
 * stem bigrams the references use), relative to the best candidate of its cluster. A value: two models with the same numbers are equal. {@link
 * #standard()} is the model shipped with Précis.
 *
 * <pre>{@code
 * SalienceModel model = SalienceModel.standard();
 * double[] score = model.scores(cluster, candidates.indices());  // per cluster sentence; about 0..1
 * }</pre>
 *
 * @param weights the features' means, scales and weights (z-normalised), names from {@link
 *     SalienceFeatures#NAMES}
 * @param intercept the score of an average sentence
 * @param source where the model came from ("built-in" or what the trainer named it)
 */
public record SalienceModel(ZScoredWeights weights, double intercept, String source) {
  /** The shipped model's resource name, next to this class. */
  public static final String RESOURCE = "salience-model.json";
  private static final String KIND = "sentence-salience-ridge";

  public SalienceModel {
    weights = weights.checked("salience", SalienceFeatures.NAMES);
    if (!Double.isFinite(intercept)) {
      throw new PrecisException("the salience model's intercept is not a number");
    }
  }

  /** What {@link #source()} says of the model shipped with Précis. */
  public static final String STANDARD_SOURCE = "built-in";

  /** The model shipped with Précis, read on first use, so that training a model needs none. */
  public static SalienceModel standard() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final SalienceModel MODEL =
        parse(ZScoredWeights.shipped(SalienceModel.class, RESOURCE), STANDARD_SOURCE);
  }

  /** Reads a model from the JSON {@link #toJson} writes; a bad one gets one clear message. */
  public static SalienceModel parse(JsonNode root, String source) {
    if (root == null || !KIND.equals(root.path("kind").asText())
        || !root.path("features").isObject() || !root.path("intercept").isNumber()) {
      throw new PrecisException("not a salience model: it needs kind \"" + KIND
          + "\", features {name: {mean, scale, weight}} and intercept");
    }
    return new SalienceModel(ZScoredWeights.read(root.path("features"), "salience",
        SalienceFeatures.NAMES), root.path("intercept").doubleValue(), source);
  }

  /** The model as JSON, with {@code provenance} (or null) saying how it was made. */
  public String toJson(ObjectNode provenance) {
    return ZScoredWeights.print(weights.modelJson(KIND, intercept), provenance);
  }

  /** The score of one row of {@link SalienceFeatures}. */
  public double score(double[] row) {
    return score(row, columns());
  }

  /** Where each of this model's features sits in a row of {@link SalienceFeatures}. */
  private int[] columns() {
    int[] at = new int[weights.features().size()];
    for (int k = 0; k < at.length; k++) {
      at[k] = SalienceFeatures.NAMES.indexOf(weights.features().get(k));
    }
    return at;
  }

  private double score(double[] row, int[] columns) {
    return weights.sum(intercept, row, columns);
  }

  /**
   * Scores of {@code sentences} (cluster indices), in an array indexed by cluster sentence (the
   * other entries are 0).
   */
  public double[] scores(AnalyzedCluster cluster, int[] sentences) {
    double[][] rows = SalienceFeatures.of(cluster, sentences);
    double[] scores = new double[cluster.size()];
    int[] columns = columns();
    for (int r = 0; r < sentences.length; r++) {
      scores[sentences[r]] = score(rows[r], columns);
    }
    return scores;
  }
}

package dev.precis.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.linear.ZScoredWeights;

/**
 * Decides whether the sources support a summary sentence: a logistic regression over z-normalised
 * {@link VerdictFeatures}, fit by {@code precis train-verify} on the tuning clusters of the verify
 * benchmark (reference sentences as written are supported, the same sentences changed the way
 * models err are not), among the sentences whose figures, names and negation the sources state
 * (the others are never supported: {@link VerdictFeatures#statesAll()}). Contradiction is no part of it: a source that states another figure, name
 * or the opposite where none states the claim's own makes the sentence contradicted before the
 * model is asked. {@link #standard()} is the model shipped with Précis.
 *
 * <pre>{@code
 * VerdictModel model = VerdictModel.standard();
 * Verification.Verdict v = model.verdict(verifier.features(sentence).get(0));
 * }</pre>
 *
 * @param weights the features' means, scales and weights (z-normalised), names from {@link
 *     VerdictFeatures#NAMES}
 * @param intercept the log-odds of support for an average sentence
 * @param cutoff the probability of support at or above which a sentence is supported
 * @param source where the model came from ("built-in" or what the trainer named it)
 */
public record VerdictModel(ZScoredWeights weights, double intercept, double cutoff,
    String source) {
  /** The shipped model's resource name, next to this class. */
  public static final String RESOURCE = "verdict-model.json";
  private static final String KIND = "verify-verdict-logistic";

  public VerdictModel {
    weights = weights.checked("verdict", VerdictFeatures.NAMES);
    if (!Double.isFinite(intercept)) {
      throw new PrecisException("the verdict model's intercept is not a number");
    }
    if (!(cutoff > 0 && cutoff < 1)) {
      throw new PrecisException("the verdict model's cutoff must be between 0 and 1");
    }
  }

  /** The model shipped with Précis, read on first use, so that training a model needs none. */
  public static VerdictModel standard() {
    return Shipped.MODEL;
  }

  private static final class Shipped {
    static final VerdictModel MODEL =
        parse(ZScoredWeights.shipped(VerdictModel.class, RESOURCE), "built-in");
  }

  /** Reads a model from the JSON {@link #toJson} writes; a bad one gets one clear message. */
  public static VerdictModel parse(JsonNode root, String source) {
    if (root == null || !KIND.equals(root.path("kind").asText())
        || !root.path("features").isObject() || !root.path("intercept").isNumber()
        || !root.path("cutoff").isNumber()) {
      throw new PrecisException("not a verdict model: it needs kind \"" + KIND
          + "\", features {name: {mean, scale, weight}}, intercept and cutoff");
    }
    return new VerdictModel(ZScoredWeights.read(root.path("features"), "verdict",
        VerdictFeatures.NAMES), root.path("intercept").doubleValue(),
        root.path("cutoff").doubleValue(), source);
  }

  /** The model as JSON, with {@code provenance} (or null) saying how it was made. */
  public String toJson(ObjectNode provenance) {
    ObjectNode root = weights.modelJson(KIND, intercept);
    root.put("cutoff", cutoff);
    return ZScoredWeights.print(root, provenance);
  }

  /** The same model with another cutoff: another operating point on the same scores. */
  public VerdictModel withCutoff(double cutoff) {
    return new VerdictModel(weights, intercept, cutoff, source);
  }

  /** The probability that the sources support the sentence these features describe. */
  public double probability(VerdictFeatures f) {
    double z = weights.sum(intercept, f::value);
    return 1 / (1 + Math.exp(-z));
  }

  /**
   * The verdict: contradicted by the explicit check; else supported when there is evidence to
   * show, the sources state the claim's figures, names and negation, and the model's probability
   * reaches the cutoff; else contradicted when some source on
   * the content says otherwise, unsupported when none does.
   */
  public Verification.Verdict verdict(VerdictFeatures f) {
    if (f.contradiction()) {
      return Verification.Verdict.CONTRADICTED;
    }
    if (f.evidence() && f.statesAll() && probability(f) >= cutoff) {
      return Verification.Verdict.SUPPORTED;
    }
    return f.conflicts() ? Verification.Verdict.CONTRADICTED : Verification.Verdict.UNSUPPORTED;
  }
}

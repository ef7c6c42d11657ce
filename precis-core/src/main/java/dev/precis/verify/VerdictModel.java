package dev.precis.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.linear.ZScoredWeights;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

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
 * @param features names from {@link VerdictFeatures#NAMES}, in the order of the lists below
 * @param means each feature's mean over the training sentences
 * @param scales each feature's standard deviation there (1 where it did not vary)
 * @param weights one per feature, on the z-normalised feature
 * @param intercept the log-odds of support for an average sentence
 * @param cutoff the probability of support at or above which a sentence is supported
 * @param source where the model came from ("built-in" or what the trainer named it)
 */
public record VerdictModel(List<String> features, List<Double> means, List<Double> scales,
    List<Double> weights, double intercept, double cutoff, String source) {
  /** The shipped model's resource name, next to this class. */
  public static final String RESOURCE = "verdict-model.json";
  private static final String KIND = "verify-verdict-logistic";
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  public VerdictModel {
    ZScoredWeights checked = ZScoredWeights.checked("verdict", VerdictFeatures.NAMES, features,
        means, scales, weights);
    features = checked.features();
    means = checked.means();
    scales = checked.scales();
    weights = checked.weights();
    if (!Double.isFinite(intercept)) {
      throw new PrecisException("the verdict model's intercept is not a number");
    }
    if (!(cutoff > 0 && cutoff < 1)) {
      throw new PrecisException("the verdict model's cutoff must be between 0 and 1");
    }
  }

  private ZScoredWeights zScored() {
    return new ZScoredWeights(features, means, scales, weights);
  }

  /** The model shipped with Précis. */
  public static VerdictModel standard() {
    return Shipped.MODEL;
  }

  /** Loaded on first use, so that training a model needs no model. */
  private static final class Shipped {
    static final VerdictModel MODEL = load();
  }

  private static VerdictModel load() {
    try (InputStream in = VerdictModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(JSON.readTree(in), "built-in");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model from the JSON {@link #toJson} writes; a bad one gets one clear message. */
  public static VerdictModel parse(JsonNode root, String source) {
    if (root == null || !KIND.equals(root.path("kind").asText())
        || !root.path("features").isObject() || !root.path("intercept").isNumber()
        || !root.path("cutoff").isNumber()) {
      throw new PrecisException("not a verdict model: it needs kind \"" + KIND
          + "\", features {name: {mean, scale, weight}}, intercept and cutoff");
    }
    ZScoredWeights w = ZScoredWeights.read(root.path("features"), "verdict",
        VerdictFeatures.NAMES);
    return new VerdictModel(w.features(), w.means(), w.scales(), w.weights(),
        root.path("intercept").doubleValue(), root.path("cutoff").doubleValue(), source);
  }

  /** The model as JSON, with {@code provenance} (or null) saying how it was made. */
  public String toJson(ObjectNode provenance) {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", KIND);
    zScored().write(root.putObject("features"));
    root.put("intercept", intercept);
    root.put("cutoff", cutoff);
    if (provenance != null) {
      root.set("provenance", provenance);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same model with another cutoff: another operating point on the same scores. */
  public VerdictModel withCutoff(double cutoff) {
    return new VerdictModel(features, means, scales, weights, intercept, cutoff, source);
  }

  /** The probability that the sources support the sentence these features describe. */
  public double probability(VerdictFeatures f) {
    double z = zScored().sum(intercept, f::value);
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

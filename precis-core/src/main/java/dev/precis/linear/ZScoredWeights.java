package dev.precis.linear;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.read.JsonTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The weights of a linear model over z-normalised features, and their JSON form: what the
 * learned sentence prior ({@code salience.SalienceModel}) and verify's verdict model
 * ({@code verify.VerdictModel}) share. Each model adds its own kind, intercept and output; this
 * holds the per-feature part, checked once, read and written one way, and the model file around
 * it: kind, features, intercept, the model's own numbers, provenance.
 *
 * <pre>{@code
 * ZScoredWeights w = ZScoredWeights.read(root.path("features"), "verdict", VerdictFeatures.NAMES);
 * double z = w.sum(intercept, name -> features.value(name));
 * w.write(root.putObject("features"));   // {name: {mean, scale, weight}}, in feature order
 * }</pre>
 *
 * @param features feature names, in the order of the lists below
 * @param means each feature's mean over the training rows
 * @param scales each feature's standard deviation there (1 where it did not vary)
 * @param weights one per feature, on the z-normalised feature
 */
public record ZScoredWeights(List<String> features, List<Double> means, List<Double> scales,
    List<Double> weights) {
  /** Made on first writing: a summary that reads a shipped model builds no mapper. */
  private static final class Writer {
    static final ObjectMapper JSON = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  public ZScoredWeights {
    features = List.copyOf(features);
    means = List.copyOf(means);
    scales = List.copyOf(scales);
    weights = List.copyOf(weights);
  }

  /**
   * The weights of the {@code model} model ("salience", "verdict"), checked: one mean, scale and
   * weight per feature, every name among {@code known}, every number usable (a scale above 0).
   *
   * @throws PrecisException naming the model and the feature when they are not
   */
  public static ZScoredWeights checked(String model, List<String> known, List<String> features,
      List<Double> means, List<Double> scales, List<Double> weights) {
    int n = features.size();
    if (means.size() != n || scales.size() != n || weights.size() != n) {
      throw new PrecisException("the " + model + " model needs a mean, a scale and a weight for "
          + "each of its " + n + " features");
    }
    for (String f : features) {
      if (!known.contains(f)) {
        throw new PrecisException("the " + model + " model names an unknown feature '" + f
            + "'; known: " + String.join(", ", known));
      }
    }
    for (int k = 0; k < n; k++) {
      if (!Double.isFinite(means.get(k)) || !Double.isFinite(weights.get(k))
          || !(scales.get(k) > 0) || !Double.isFinite(scales.get(k))) {
        throw new PrecisException("the " + model + " model's feature '" + features.get(k)
            + "' has a mean, scale or weight that is not a usable number");
      }
    }
    return new ZScoredWeights(features, means, scales, weights);
  }

  /** These weights, checked as {@link #checked} does for the {@code model} model. */
  public ZScoredWeights checked(String model, List<String> known) {
    return checked(model, known, features, means, scales, weights);
  }

  /**
   * Reads {@code {name: {mean, scale, weight}, ...}} (the JSON {@link #write} writes) and checks
   * it as {@link #checked} does.
   */
  public static ZScoredWeights read(JsonNode node, String model, List<String> known) {
    List<String> names = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    List<Double> scales = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode f = e.getValue();
      if (!f.path("mean").isNumber() || !f.path("scale").isNumber()
          || !f.path("weight").isNumber()) {
        throw new PrecisException(model + " feature '" + e.getKey()
            + "' needs numbers mean, scale and weight");
      }
      names.add(e.getKey());
      means.add(f.path("mean").doubleValue());
      scales.add(f.path("scale").doubleValue());
      weights.add(f.path("weight").doubleValue());
    }
    return checked(model, known, names, means, scales, weights);
  }

  /** Writes each feature as {@code name: {mean, scale, weight}} into {@code node}, in order. */
  public void write(ObjectNode node) {
    for (int k = 0; k < features.size(); k++) {
      ObjectNode one = node.putObject(features.get(k));
      one.put("mean", means.get(k));
      one.put("scale", scales.get(k));
      one.put("weight", weights.get(k));
    }
  }

  /**
   * The JSON of a model made of these weights: {@code {"kind", "features": {...}, "intercept"}},
   * to which the model adds its own numbers before {@link #print}.
   */
  public ObjectNode modelJson(String kind, double intercept) {
    ObjectNode root = Writer.JSON.createObjectNode();
    root.put("kind", kind);
    write(root.putObject("features"));
    root.put("intercept", intercept);
    return root;
  }

  /** A model's JSON as its file holds it, with {@code provenance} (or null) last. */
  public static String print(ObjectNode model, ObjectNode provenance) {
    if (provenance != null) {
      model.set("provenance", provenance);
    }
    try {
      return Writer.JSON.writeValueAsString(model) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JSON of the model shipped as resource {@code name} next to class {@code owner}. */
  public static JsonNode shipped(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return JsonTree.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code from} plus the weighted z-normalised features, each value looked up by its name; added
   * in feature order onto {@code from}, so that a model's score is the same to the last bit
   * whichever way it is computed.
   */
  public double sum(double from, ToDoubleFunction<String> value) {
    double z = from;
    for (int k = 0; k < features.size(); k++) {
      z += weights.get(k) * (value.applyAsDouble(features.get(k)) - means.get(k)) / scales.get(k);
    }
    return z;
  }

  /** The same sum for a row whose column of feature {@code k} is {@code columns[k]}. */
  public double sum(double from, double[] row, int[] columns) {
    double z = from;
    for (int k = 0; k < columns.length; k++) {
      z += weights.get(k) * (row[columns[k]] - means.get(k)) / scales.get(k);
    }
    return z;
  }
}

package dev.precis.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The weights of the furniture classifier: a logistic regression over {@link FurnitureFeatures}.
 * A value (two models with the same numbers are equal), so options holding one can be compared.
 * {@link #standard()} is the model shipped with Précis, trained by {@code precis
 * train-furniture}; {@link #read(Path)} loads another.
 *
 * <pre>{@code
 * FurnitureModel model = FurnitureModel.standard();
 * double p = model.probability(FurnitureFeatures.of(page)[i]);   // furniture when >= threshold
 * }</pre>
 *
 * @param features names from {@link FurnitureFeatures#NAMES}, in the order of {@code weights}
 * @param weights one per feature
 * @param intercept the log-odds when every feature is 0
 * @param threshold probability from which a sentence counts as furniture
 * @param source where the model came from ("built-in" or a file name), for the summary's record
 */
public record FurnitureModel(List<String> features, List<Double> weights, double intercept,
    double threshold, String source) {
  /** The shipped model's resource name, next to this class. */
  public static final String RESOURCE = "furniture-model.json";
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  public FurnitureModel {
    features = List.copyOf(features);
    weights = List.copyOf(weights);
    if (features.size() != weights.size()) {
      throw new PrecisException("the furniture model has " + features.size() + " features but "
          + weights.size() + " weights");
    }
    for (String f : features) {
      if (!FurnitureFeatures.NAMES.contains(f)) {
        throw new PrecisException("the furniture model names an unknown feature '" + f
            + "'; known: " + String.join(", ", FurnitureFeatures.NAMES));
      }
    }
    for (double w : weights) {
      finite(w, "weight");
    }
    finite(intercept, "intercept");
    if (!(threshold > 0 && threshold < 1)) {
      throw new PrecisException("the furniture model's threshold must be in (0, 1), got "
          + threshold);
    }
  }

  private static void finite(double x, String what) {
    if (!Double.isFinite(x)) {
      throw new PrecisException("the furniture model has a " + what + " that is not a number");
    }
  }

  /** The model shipped with Précis. */
  public static FurnitureModel standard() {
    return Shipped.MODEL;
  }

  /** Loaded on first use, so that training a model needs no model. */
  private static final class Shipped {
    static final FurnitureModel MODEL = load();
  }

  private static FurnitureModel load() {
    try (InputStream in = FurnitureModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return parse(JSON.readTree(in), "built-in");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a model written by {@code precis train-furniture}; a bad file gets one clear message. */
  public static FurnitureModel read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new PrecisException("--furniture-model " + file + ": no such file");
    }
    try {
      return parse(JSON.readTree(file.toFile()), file.getFileName().toString());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new PrecisException("--furniture-model " + file + ": not a furniture model ("
          + e.getOriginalMessage() + ")");
    } catch (IOException e) {
      throw new PrecisException("--furniture-model " + file + ": cannot be read (" + e.getMessage()
          + ")");
    } catch (PrecisException e) {
      throw new PrecisException("--furniture-model " + file + ": " + e.getMessage());
    }
  }

  private static FurnitureModel parse(JsonNode root, String source) {
    JsonNode w = root.path("weights");
    if (!"furniture-logistic-regression".equals(root.path("kind").asText())
        || !w.isObject() || !root.path("intercept").isNumber()
        || !root.path("threshold").isNumber()) {
      throw new PrecisException("not a furniture model: it needs kind "
          + "\"furniture-logistic-regression\", weights, intercept and threshold");
    }
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = w.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (!e.getValue().isNumber()) {
        throw new PrecisException("weight '" + e.getKey() + "' is not a number");
      }
      names.add(e.getKey());
      values.add(e.getValue().doubleValue());
    }
    return new FurnitureModel(names, values, root.path("intercept").doubleValue(),
        root.path("threshold").doubleValue(), source);
  }

  /** The model as the JSON file {@link #read(Path)} reads, with {@code provenance} (or null). */
  public String toJson(ObjectNode provenance) {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", "furniture-logistic-regression");
    ObjectNode w = root.putObject("weights");
    for (int k = 0; k < features.size(); k++) {
      w.put(features.get(k), weights.get(k));
    }
    root.put("intercept", intercept);
    root.put("threshold", threshold);
    if (provenance != null) {
      root.set("provenance", provenance);
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Probability that the sentence with these {@link FurnitureFeatures} is furniture. */
  public double probability(double[] allFeatures) {
    double z = intercept;
    for (int k = 0; k < features.size(); k++) {
      z += weights.get(k) * allFeatures[FurnitureFeatures.NAMES.indexOf(features.get(k))];
    }
    return 1 / (1 + Math.exp(-z));
  }
}

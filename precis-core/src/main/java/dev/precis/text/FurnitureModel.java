package dev.precis.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
  // Read with the streaming parser: every summary loads this model, and building Jackson's
  // ObjectMapper costs a one-story command tens of milliseconds at start-up; only training writes.
  private static final JsonFactory JSON = new JsonFactory();
  /**
   * Features models were once trained with, and what became of them: a model that names one was
   * fit by an older Précis, and its weights do not carry over to the features now.
   */
  private static final Map<String, String> RETIRED = Map.of(
      "weekday_date", "is now part of photo_date",
      "comma_date_end", "is now part of photo_date");

  public FurnitureModel {
    features = List.copyOf(features);
    weights = List.copyOf(weights);
    if (features.size() != weights.size()) {
      throw new PrecisException("the furniture model has " + features.size() + " features but "
          + weights.size() + " weights");
    }
    for (String f : features) {
      if (RETIRED.containsKey(f)) {
        throw new PrecisException("the furniture model names the feature '" + f + "', which "
            + RETIRED.get(f) + "; train it again with precis train-furniture --out FILE");
      }
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
      return parse(in, "built-in");
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
      try (InputStream in = Files.newInputStream(file)) {
        return parse(in, file.getFileName().toString());
      }
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

  private static FurnitureModel parse(InputStream in, String source) throws IOException {
    String kind = null;
    List<String> names = null;
    List<Double> values = new ArrayList<>();
    Double intercept = null;
    Double threshold = null;
    try (JsonParser p = JSON.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw notAModel();
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "kind" -> kind = value == JsonToken.VALUE_STRING ? p.getText() : null;
          case "weights" -> {
            if (value != JsonToken.START_OBJECT) {
              throw notAModel();
            }
            names = new ArrayList<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String name = p.currentName();
              if (!p.nextToken().isNumeric()) {
                throw new PrecisException("weight '" + name + "' is not a number");
              }
              names.add(name);
              values.add(p.getDoubleValue());
            }
          }
          case "intercept" -> intercept = value.isNumeric() ? p.getDoubleValue() : null;
          case "threshold" -> threshold = value.isNumeric() ? p.getDoubleValue() : null;
          default -> p.skipChildren();
        }
      }
    }
    if (!"furniture-logistic-regression".equals(kind) || names == null || intercept == null
        || threshold == null) {
      throw notAModel();
    }
    return new FurnitureModel(names, values, intercept, threshold, source);
  }

  private static PrecisException notAModel() {
    return new PrecisException("not a furniture model: it needs kind "
        + "\"furniture-logistic-regression\", weights, intercept and threshold");
  }

  /** The model as the JSON file {@link #read(Path)} reads, with {@code provenance} (or null). */
  public String toJson(ObjectNode provenance) {
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
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
      return json.writeValueAsString(root) + "\n";
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

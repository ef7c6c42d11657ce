package dev.precis.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The learned same-story model: a logistic regression over {@link PairFeatures}, whose log-odds
 * ("score") say how likely two articles are to tell one story, and the two bars clustering holds
 * it to. Trained by {@code precis train-stories} from the labelled streams in {@code ../shared};
 * the weights ship as a resource, with the command and data that made them.
 *
 * <pre>{@code
 * SameStoryModel model = SameStoryModel.standard();
 * model.weights();                      // feature name to weight, for reading
 * double logOdds = model.score(a, ca, b, cb);
 * }</pre>
 */
public final class SameStoryModel implements PairScorer, java.io.Serializable {
  /** The model for words alone, used by default. */
  public static final String STANDARD = "same-story-model.json";
  /** The model that also weighs the cosine of sentence embeddings ({@code --embeddings}). */
  public static final String EMBEDDINGS = "same-story-model-embeddings.json";
  /** Scores are clipped to this, so one pair cannot outweigh every other in a mean. */
  static final double LIMIT = 30;
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private final List<String> features;
  private final double[] weights;
  private final double intercept;
  private final double linkThreshold;
  private final double mergeThreshold;
  private final int[] columns;
  private final ObjectNode provenance;

  /**
   * A model.
   *
   * @param features names from {@link PairFeatures#NAMES}, in the order of {@code weights}
   * @param weights one per feature
   * @param intercept the log-odds when every feature is 0
   * @param linkThreshold log-odds a candidate pair needs to join two components
   * @param mergeThreshold mean log-odds two groups of a component need to merge
   * @param provenance how the model was made (command, data, settings, figures); may be empty
   * @throws PrecisException when a feature is unknown or the numbers do not fit
   */
  public SameStoryModel(List<String> features, double[] weights, double intercept,
      double linkThreshold, double mergeThreshold, ObjectNode provenance) {
    this.features = List.copyOf(features);
    this.weights = weights.clone();
    this.intercept = intercept;
    this.linkThreshold = linkThreshold;
    this.mergeThreshold = mergeThreshold;
    this.provenance = provenance == null ? JSON.createObjectNode() : provenance.deepCopy();
    if (features.size() != weights.length) {
      throw new PrecisException("the model has " + features.size() + " features but "
          + weights.length + " weights");
    }
    columns = new int[features.size()];
    for (int k = 0; k < columns.length; k++) {
      columns[k] = PairFeatures.NAMES.indexOf(features.get(k));
      if (columns[k] < 0) {
        throw new PrecisException("the model names an unknown feature '" + features.get(k)
            + "'; known: " + String.join(", ", PairFeatures.NAMES));
      }
    }
    for (double x : weights) {
      check(x, "weight");
    }
    check(intercept, "intercept");
    check(linkThreshold, "link threshold");
    check(mergeThreshold, "merge threshold");
  }

  private static void check(double x, String what) {
    if (!Double.isFinite(x)) {
      throw new PrecisException("the model's " + what + " is not a finite number: " + x);
    }
  }

  /** The model shipped for words alone. */
  public static SameStoryModel standard() {
    return resource(STANDARD);
  }

  /** The model shipped for words and sentence embeddings. */
  public static SameStoryModel withEmbeddings() {
    return resource(EMBEDDINGS);
  }

  private static final Map<String, SameStoryModel> SHIPPED =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static SameStoryModel resource(String name) {
    return SHIPPED.computeIfAbsent(name, n -> {
      try (InputStream in = SameStoryModel.class.getResourceAsStream(n)) {
        if (in == null) {
          throw new PrecisException("the model resource " + n + " is missing from the jar");
        }
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Reads a model written by {@link #toJson()}. */
  public static SameStoryModel read(InputStream in) throws IOException {
    JsonNode root = JSON.readTree(in);
    if (root == null || !root.isObject() || !"logistic-regression".equals(root.path("kind").asText())) {
      throw new PrecisException("not a same-story model: expected {\"kind\": "
          + "\"logistic-regression\", ...}");
    }
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    root.path("weights").properties().forEach(e -> {
      names.add(e.getKey());
      values.add(e.getValue().asDouble());
    });
    double[] w = values.stream().mapToDouble(Double::doubleValue).toArray();
    JsonNode provenance = root.path("provenance");
    return new SameStoryModel(names, w, root.path("intercept").asDouble(),
        root.path("link_threshold").asDouble(), root.path("merge_threshold").asDouble(),
        provenance.isObject() ? (ObjectNode) provenance : null);
  }

  /** The model as JSON: kind, weights by feature, intercept, thresholds, provenance. */
  public String toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("kind", "logistic-regression");
    ObjectNode w = root.putObject("weights");
    for (int k = 0; k < weights.length; k++) {
      w.put(features.get(k), weights[k]);
    }
    root.put("intercept", intercept);
    root.put("link_threshold", linkThreshold);
    root.put("merge_threshold", mergeThreshold);
    root.set("provenance", provenance);
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The same model with another merge threshold (log-odds). */
  public SameStoryModel withMergeThreshold(double logOdds) {
    return new SameStoryModel(features, weights, intercept, linkThreshold, logOdds, provenance);
  }

  /** The same model with the leave-one-out figures of its training recorded in its provenance. */
  public SameStoryModel withLeaveOneOut(com.fasterxml.jackson.databind.JsonNode figures) {
    ObjectNode p = provenance.deepCopy();
    p.set("leave_one_out", figures);
    return new SameStoryModel(features, weights, intercept, linkThreshold, mergeThreshold, p);
  }

  /** The same model with other thresholds (log-odds). */
  public SameStoryModel withThresholds(double link, double merge) {
    return new SameStoryModel(features, weights, intercept, link, merge, provenance);
  }

  /** Feature name to weight, in the model's order. */
  public Map<String, Double> weights() {
    Map<String, Double> m = new LinkedHashMap<>();
    for (int k = 0; k < weights.length; k++) {
      m.put(features.get(k), weights[k]);
    }
    return m;
  }

  public double intercept() {
    return intercept;
  }

  /** Whether the model weighs the cosine of sentence embeddings. */
  public boolean usesEmbeddings() {
    int k = features.indexOf("embedding");
    return k >= 0 && weights[k] != 0;
  }

  /** Log-odds of one story from a full feature vector (in the order of PairFeatures.NAMES). */
  public double score(double[] allFeatures) {
    double z = intercept;
    for (int k = 0; k < columns.length; k++) {
      z += weights[k] * allFeatures[columns[k]];
    }
    return Math.max(-LIMIT, Math.min(LIMIT, z));
  }

  @Override
  public double score(ArticleVector a, ArticleContext ca, ArticleVector b, ArticleContext cb) {
    return score(PairFeatures.of(a, ca, b, cb));
  }

  @Override
  public String name() {
    return "learned";
  }

  @Override
  public double never() {
    return -LIMIT;
  }

  @Override
  public double linkThreshold() {
    return linkThreshold;
  }

  @Override
  public double mergeThreshold() {
    return mergeThreshold;
  }

  /** How the model was made, as recorded by the training command. */
  public ObjectNode provenance() {
    return provenance.deepCopy();
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("model", "logistic regression over pair features");
    p.put("weights", weights());
    p.put("intercept", intercept);
    p.put("link_threshold", linkThreshold);
    p.put("merge_threshold", mergeThreshold);
    JsonNode trained = provenance.get("trained");
    if (trained != null) {
      p.put("trained", trained.asText());
    }
    return p;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SameStoryModel m && features.equals(m.features)
        && java.util.Arrays.equals(weights, m.weights) && intercept == m.intercept
        && linkThreshold == m.linkThreshold && mergeThreshold == m.mergeThreshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(features, intercept, linkThreshold, mergeThreshold);
  }
}

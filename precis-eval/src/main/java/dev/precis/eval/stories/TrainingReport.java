package dev.precis.eval.stories;

import dev.precis.eval.cluster.ClusteringScores;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Leave-one-group-out figures of the same-story model beside the average-link baseline.
 *
 * @param features the features the model was fit on
 * @param rows one per held-out stream
 */
public record TrainingReport(List<String> features, List<Row> rows) {

  public TrainingReport {
    features = List.copyOf(features);
    rows = List.copyOf(rows);
  }

  /**
   * One held-out stream.
   *
   * @param group the group left out with it
   * @param stream the stream's name
   * @param articles its articles
   * @param goldStories its gold stories
   * @param learned the model's scores
   * @param link the model's link threshold (log-odds), chosen on the other groups
   * @param merge the model's merge threshold (log-odds), chosen on the other groups
   * @param baseline the average-link baseline at its threshold chosen on the other groups
   * @param baselineThreshold that threshold (cosine)
   * @param baselineFixed the baseline at its fixed default threshold (0.10)
   * @param smallExact share of small streams cut from the stream (four stories each) whose
   *     stories the model finds exactly; NaN when the stream has fewer stories
   * @param smallF1 their mean BCubed F1
   * @param smallExactBaseline the same for the baseline at 0.10
   * @param smallF1Baseline the same for the baseline at 0.10
   */
  public record Row(String group, String stream, int articles, int goldStories,
      ClusteringScores learned, double link, double merge, ClusteringScores baseline,
      double baselineThreshold, ClusteringScores baselineFixed, double smallExact,
      double smallF1, double smallExactBaseline, double smallF1Baseline) {}

  /** Mean of the learned F1 over groups (each group the mean of its streams). */
  public double meanLearned() {
    return meanOverGroups(r -> r.learned().bcubedF1());
  }

  public double meanBaseline() {
    return meanOverGroups(r -> r.baseline().bcubedF1());
  }

  public double meanBaselineFixed() {
    return meanOverGroups(r -> r.baselineFixed().bcubedF1());
  }

  private double meanOverGroups(java.util.function.ToDoubleFunction<Row> f) {
    Map<String, List<Double>> byGroup = new LinkedHashMap<>();
    for (Row r : rows) {
      byGroup.computeIfAbsent(r.group(), k -> new ArrayList<>()).add(f.applyAsDouble(r));
    }
    double sum = 0;
    for (List<Double> v : byGroup.values()) {
      sum += v.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
    return byGroup.isEmpty() ? 0 : sum / byGroup.size();
  }

  /** The figures as JSON: per held-out stream, F1, precision, recall and thresholds. */
  public com.fasterxml.jackson.databind.node.ObjectNode json() {
    com.fasterxml.jackson.databind.node.ObjectNode root =
        new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
    for (Row r : rows) {
      com.fasterxml.jackson.databind.node.ObjectNode o = root.putObject(r.stream());
      o.put("group", r.group());
      o.put("f1", StoryModelTrainer.round(r.learned().bcubedF1()));
      o.put("precision", StoryModelTrainer.round(r.learned().bcubedPrecision()));
      o.put("recall", StoryModelTrainer.round(r.learned().bcubedRecall()));
      o.put("link_threshold", r.link());
      o.put("merge_threshold", r.merge());
      o.put("average_link_f1", StoryModelTrainer.round(r.baseline().bcubedF1()));
      o.put("average_link_threshold", r.baselineThreshold());
      o.put("four_story_streams_exact", StoryModelTrainer.round(r.smallExact()));
      o.put("four_story_streams_f1", StoryModelTrainer.round(r.smallF1()));
    }
    root.put("mean_f1", StoryModelTrainer.round(meanLearned()));
    root.put("mean_average_link_f1", StoryModelTrainer.round(meanBaseline()));
    return root;
  }

  /** The table, one line per held-out stream, then the means over groups. */
  public String text() {
    StringBuilder s = new StringBuilder();
    s.append("features: ").append(String.join(", ", features)).append('\n');
    s.append(String.format(Locale.ROOT, "%-22s %6s %5s | %-23s %11s | %-17s | %-7s | %s%n",
        "held-out stream", "docs", "gold", "learned F1 (P / R)", "link/merge",
        "average-link F1 (t)", "at 0.10", "4-story streams exact/F1: learned, at 0.10"));
    for (Row r : rows) {
      s.append(String.format(Locale.ROOT,
          "%-22s %6d %5d | %.4f (%.3f / %.3f) %5.2f/%5.2f | %.4f (%.2f)     | %.4f  | "
              + "%3.0f%% %.3f, %3.0f%% %.3f%n",
          r.stream(), r.articles(), r.goldStories(), r.learned().bcubedF1(),
          r.learned().bcubedPrecision(), r.learned().bcubedRecall(), r.link(), r.merge(),
          r.baseline().bcubedF1(), r.baselineThreshold(), r.baselineFixed().bcubedF1(),
          100 * r.smallExact(), r.smallF1(), 100 * r.smallExactBaseline(), r.smallF1Baseline()));
    }
    s.append(String.format(Locale.ROOT,
        "mean over groups: learned %.4f, average-link %.4f (threshold chosen), %.4f (0.10)%n",
        meanLearned(), meanBaseline(), meanBaselineFixed()));
    return s.toString();
  }
}

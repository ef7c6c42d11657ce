package dev.precis.eval.stream;

import dev.precis.PrecisException;
import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.Story;
import dev.precis.cluster.StoryClusterer;
import dev.precis.eval.cluster.ClusteringMetrics;
import dev.precis.eval.cluster.ClusteringScores;
import dev.precis.text.TextEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Clusters a labelled stream and scores the stories against its gold ones. */
public final class StreamEvaluator {
  private StreamEvaluator() {}

  /**
   * The scores of one run.
   *
   * @param stream the stream's name
   * @param scores BCubed, ARI, NMI, purity
   * @param storiesFound number of stories the clusterer made
   * @param goldStories number of gold stories
   * @param seconds wall time of clustering (analysis included, reading the data not)
   * @param stories the stories found, largest first
   * @param notes the stream's notes
   */
  public record Result(String stream, ClusteringScores scores, int storiesFound, int goldStories,
      double seconds, List<Story> stories, List<String> notes) {}

  /** Article id to the id of its story. */
  public static Map<String, String> storyOf(List<Story> stories) {
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : stories) {
      for (String id : s.articleIds()) {
        storyOf.put(id, s.id());
      }
    }
    return storyOf;
  }

  public static Result evaluate(LabeledStream stream, ClusterOptions options) {
    return evaluate(stream, options, null);
  }

  /**
   * Clusters and scores with an embedding model, needed when the options weigh embeddings; the
   * seconds then include computing the embeddings.
   */
  public static Result evaluate(LabeledStream stream, ClusterOptions options,
      TextEmbedder embedder) {
    long start = System.nanoTime();
    List<Story> stories = StoryClusterer.cluster(stream.articles(), options, embedder);
    double seconds = (System.nanoTime() - start) / 1e9;
    ClusteringScores scores = ClusteringMetrics.evaluate(stream.gold(), storyOf(stories));
    return new Result(stream.name(), scores, stories.size(), stream.goldStories(), seconds,
        stories, stream.notes());
  }

  /**
   * How a stream's scores move on other streams of the same kind: each of {@code rounds} streams
   * is a random half of the gold stories (seeds 1, 2, ..., so the same halves on every run),
   * clustered on its own.
   *
   * @param f1 BCubed F1 of each half, in seed order
   * @param precision BCubed precision of each half
   * @param recall BCubed recall of each half
   */
  public record HeldOut(List<Double> f1, List<Double> precision, List<Double> recall) {
    public HeldOut {
      f1 = List.copyOf(f1);
      precision = List.copyOf(precision);
      recall = List.copyOf(recall);
    }

    public double meanF1() {
      return mean(f1);
    }

    public double meanPrecision() {
      return mean(precision);
    }

    public double meanRecall() {
      return mean(recall);
    }

    private static double mean(List<Double> values) {
      return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    public double minF1() {
      return f1.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
    }

    public double maxF1() {
      return f1.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }

    /** Halves whose F1 reaches {@code target}. */
    public long reaching(double target) {
      return f1.stream().filter(x -> x >= target).count();
    }
  }

  /** Gold stories a stream needs for its halves to differ enough to say something. */
  public static final int MIN_HELD_OUT_STORIES = 4;

  /**
   * See {@link HeldOut}; {@code rounds} at least 1.
   *
   * @throws PrecisException when the stream has fewer than {@link #MIN_HELD_OUT_STORIES} gold
   *     stories (with one, every half would be the whole stream)
   */
  public static HeldOut heldOut(LabeledStream stream, ClusterOptions options,
      TextEmbedder embedder, int rounds) {
    if (rounds < 1) {
      throw new PrecisException("the number of held-out halves must be at least 1, not "
          + rounds);
    }
    if (stream.goldStories() < MIN_HELD_OUT_STORIES) {
      throw new PrecisException("held-out halves need a stream of at least "
          + MIN_HELD_OUT_STORIES + " gold stories; " + stream.name() + " has "
          + stream.goldStories());
    }
    List<Double> f1 = new ArrayList<>();
    List<Double> precision = new ArrayList<>();
    List<Double> recall = new ArrayList<>();
    for (int k = 0; k < rounds; k++) {
      ClusteringScores s = evaluate(stream.half(k + 1), options, embedder).scores();
      f1.add(s.bcubedF1());
      precision.add(s.bcubedPrecision());
      recall.add(s.bcubedRecall());
    }
    return new HeldOut(f1, precision, recall);
  }
}

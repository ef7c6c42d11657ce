package dev.precis.eval.stream;

import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.Story;
import dev.precis.cluster.StoryClusterer;
import dev.precis.eval.cluster.ClusteringMetrics;
import dev.precis.eval.cluster.ClusteringScores;
import dev.precis.text.TextEmbedder;
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
}

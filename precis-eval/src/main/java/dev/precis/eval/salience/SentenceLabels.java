package dev.precis.eval.salience;

import dev.precis.eval.data.Topic;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeOptions;
import dev.precis.salience.SalienceFeatures;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Candidates;
import dev.precis.summarize.Selection;
import dev.precis.summarize.Summarizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the training examples of one cluster where the summarizers see it: run in a {@link
 * dev.precis.summarize.SummaryPipeline} in place of a method, it takes the pipeline's candidate
 * sentences (after deduplication, furniture and the length filters), computes their {@link
 * SalienceFeatures} and labels each with its ROUGE-2 precision against the cluster's references
 * (the share of its stem bigrams that the references use, averaged over them), over the best
 * candidate's, so that every cluster's labels run 0 to 1. Precision rather than recall: recall
 * grows with length, and the budget already weighs length.
 * It chooses nothing. One per cluster.
 *
 * <pre>{@code
 * SentenceLabels labels = new SentenceLabels("duc2003-task2", topic);
 * new SummaryPipeline(options, labels).summarize(topic.documents());
 * labels.examples();
 * }</pre>
 */
public final class SentenceLabels implements Summarizer {
  private static final Rouge BIGRAMS = new Rouge(RougeOptions.parse("-n 2 -m"));

  /**
   * One candidate sentence.
   *
   * @param set the dataset's name
   * @param topic the cluster's id
   * @param features its {@link SalienceFeatures}
   * @param label its ROUGE-2 precision over the cluster's best, 0..1
   */
  public record Example(String set, String topic, double[] features, double label) {}

  private final String set;
  private final Topic topic;
  private final List<List<String>> references;
  private final List<Example> examples = new ArrayList<>();

  public SentenceLabels(String set, Topic topic) {
    this.set = set;
    this.topic = topic;
    this.references = topic.references().stream().map(Topic.Reference::sentences).toList();
  }

  @Override
  public String name() {
    return "labels";
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("label", "ROUGE-2 precision (-n 2 -m) over the cluster's best candidate");
    return p;
  }

  @Override
  public Selection select(Candidates candidates, Budget budget) {
    int[] pool = candidates.indices();
    double[][] rows = SalienceFeatures.of(candidates.cluster(), pool);
    double[] precision = new double[pool.length];
    double best = 0;
    for (int r = 0; r < pool.length; r++) {
      precision[r] = BIGRAMS.score(List.of(candidates.sentence(pool[r]).text()), references)
          .get("ROUGE-2").precision();
      best = Math.max(best, precision[r]);
    }
    for (int r = 0; r < pool.length; r++) {
      examples.add(new Example(set, topic.id(), rows[r], best == 0 ? 0 : precision[r] / best));
    }
    return Selection.of(List.of(), List.of());
  }

  /** The cluster's examples, in candidate order. */
  public List<Example> examples() {
    return List.copyOf(examples);
  }
}

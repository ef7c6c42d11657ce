package dev.precis.eval;

import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeResult;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Candidates;
import dev.precis.summarize.Selection;
import dev.precis.summarize.Summarizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The extractive upper bound that benchmark tables print as "oracle": it peeks at the human
 * summaries and greedily adds the candidate sentence that raises ROUGE-1 + ROUGE-2 recall most,
 * until nothing fits or nothing helps. Not a method for users: it needs the answers.
 */
public final class OracleSummarizer implements Summarizer {
  public static final String NAME = "oracle";

  private final Rouge rouge;
  private final List<List<String>> references;

  /**
   * @param rouge scores candidate summaries (its options decide stemming and so on)
   * @param references the topic's human summaries, each a list of sentences
   */
  public OracleSummarizer(Rouge rouge, List<List<String>> references) {
    this.rouge = rouge;
    this.references = List.copyOf(references);
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("objective", "ROUGE-1 + ROUGE-2 recall against the references, greedy");
    return p;
  }

  @Override
  public Selection select(Candidates candidates, Budget budget) {
    List<Integer> chosen = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    int remaining = budget.capacity();
    double current = 0;
    while (true) {
      int best = -1;
      double bestValue = current;
      for (int s : candidates.indices()) {
        if (chosen.contains(s) || candidates.cost(s) > remaining || candidates.redundant(s, chosen)) {
          continue;
        }
        texts.add(candidates.sentence(s).text());
        double value = value(rouge.score(texts, references));
        texts.remove(texts.size() - 1);
        if (value > bestValue + 1e-12) {
          bestValue = value;
          best = s;
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(best);
      scores.add(bestValue - current);
      texts.add(candidates.sentence(best).text());
      remaining -= candidates.cost(best);
      current = bestValue;
    }
    return Selection.of(chosen, scores);
  }

  private static double value(RougeResult result) {
    double v = 0;
    for (String metric : List.of("ROUGE-1", "ROUGE-2")) {
      if (result.metrics().contains(metric)) {
        v += result.get(metric).recall();
      }
    }
    return v;
  }
}

package dev.precis.summarize;

import java.util.Map;

/**
 * Round-robin lead: the first sentence of each article, then the second of each, and so on. The
 * multi-document version of the lead baseline: every source gets its opening in.
 */
final class RoundRobinLeadSummarizer implements Summarizer {
  static final String NAME = "round-robin";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Map<String, Object> parameters() {
    return Map.of();
  }

  @Override
  public Selection select(Candidates candidates, Budget budget) {
    double[] scores = new double[candidates.cluster().size()];
    int articles = Math.max(1, candidates.cluster().articles().size());
    for (int s : candidates.indices()) {
      var sentence = candidates.sentence(s);
      scores[s] = -((double) sentence.position() * articles + sentence.articleIndex());
    }
    return GreedyFill.byScore(candidates, budget, scores);
  }
}

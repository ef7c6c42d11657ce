package dev.precis.summarize;

import java.util.Map;

/**
 * The lead baseline: the opening sentences of the first article, in order. News puts its most
 * important facts first, which makes this baseline hard to beat on newswire.
 */
final class LeadSummarizer implements Summarizer {
  static final String NAME = "lead";

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
    for (int s : candidates.indices()) {
      var sentence = candidates.sentence(s);
      // article order first, then position: the whole first article before the second
      scores[s] = -(sentence.articleIndex() * 100_000.0 + sentence.position());
    }
    return GreedyFill.byScore(candidates, budget, scores);
  }
}

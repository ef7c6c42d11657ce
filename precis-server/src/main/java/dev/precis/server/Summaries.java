package dev.precis.server;

import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.Article;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Summarizes for the handlers, keeping one pipeline per set of options: pipelines are immutable
 * and thread-safe, and building one costs more than a small summary.
 */
final class Summaries {
  /** Options differ by method and length only, so a few dozen cover real use. */
  private static final int MAX_PIPELINES = 64;

  private final ConcurrentHashMap<SummaryOptions, SummaryPipeline> pipelines =
      new ConcurrentHashMap<>();

  Summary summarize(List<Article> articles, SummaryOptions options) {
    SummaryPipeline pipeline = pipelines.get(options);
    if (pipeline == null) {
      pipeline = new SummaryPipeline(options);
      if (pipelines.size() < MAX_PIPELINES) {
        pipelines.putIfAbsent(options, pipeline);
      }
    }
    return pipeline.summarize(articles);
  }
}

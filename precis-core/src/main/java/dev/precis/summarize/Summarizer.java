package dev.precis.summarize;

import java.util.Map;

/**
 * A sentence-selection method. Implementations are immutable and thread-safe: their parameters
 * are fixed at construction and reported by {@link #parameters()}, so that every summary records
 * exactly how it was made. {@link Summarizers} builds them by name.
 */
public interface Summarizer {

  /** The name the CLI and API choose it by, e.g. {@code "lexrank"}. */
  String name();

  /** Every parameter that affects the output, by name, in a stable order. */
  Map<String, Object> parameters();

  /**
   * Chooses sentences among {@code candidates} whose total cost fits {@code budget}, no two of
   * them redundant ({@link Candidates#redundant}). Must be deterministic.
   */
  Selection select(Candidates candidates, Budget budget);
}

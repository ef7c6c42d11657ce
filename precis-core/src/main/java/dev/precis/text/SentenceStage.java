package dev.precis.text;

import java.util.List;

/**
 * One stage of the {@link TextPipeline}, in the manner of a Lucene token filter: it takes one
 * article's sentences in page order and gives them back with its one job done (some dropped,
 * each shortened, each split into words). Stages are final and thread-safe, and compose in the
 * order the pipeline lists them; a stage that reads neighbours (furniture) sees the whole page.
 *
 * <pre>{@code
 * List<SentenceDraft> page = SentenceDraft.of(article);
 * for (SentenceStage stage : List.of(new FurnitureFilter(FurnitureModel.standard()),
 *     new SentenceCompressor(false), Words.STAGE)) {
 *   page = stage.apply(page);
 * }
 * }</pre>
 */
public interface SentenceStage {
  /** The article's sentences after this stage, in page order. */
  List<SentenceDraft> apply(List<SentenceDraft> page);
}

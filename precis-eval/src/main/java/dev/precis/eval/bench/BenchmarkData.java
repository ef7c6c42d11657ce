package dev.precis.eval.bench;

import dev.precis.PrecisException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the benchmarks find their data: {@code ../shared} beside the project root (JMH runs from
 * there), or what {@code -Dprecis.dataset} and {@code -Dprecis.shared} say.
 *
 * <pre>{@code
 * List<Topic> topics = DatasetReader.readAll(BenchmarkData.dataset());
 * }</pre>
 */
final class BenchmarkData {
  private BenchmarkData() {}

  /** The dataset of the summary benchmarks: DUC 2003 task 2 unless {@code -Dprecis.dataset}. */
  static Path dataset() {
    Path dataset =
        Path.of(System.getProperty("precis.dataset", "../shared/data/duc2003/task2.jsonl"));
    if (!Files.isRegularFile(dataset)) {
      throw new PrecisException("benchmark dataset " + dataset.toAbsolutePath()
          + " not found; run from the project root with ../shared beside it, or set -Dprecis.dataset");
    }
    return dataset;
  }

  /** The shared folder, {@code ../shared} unless {@code -Dprecis.shared}. */
  static Path shared() {
    Path shared = Path.of(System.getProperty("precis.shared", "../shared"));
    if (!Files.isDirectory(shared.resolve("data"))) {
      throw new PrecisException("benchmark data " + shared.toAbsolutePath() + "/data not found; run"
          + " from the project root with ../shared beside it, or set -Dprecis.shared");
    }
    return shared;
  }
}

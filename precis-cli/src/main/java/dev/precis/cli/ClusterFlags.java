package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.cluster.ClusterOptions;
import dev.precis.embed.MiniLmEmbedder;
import dev.precis.text.TextEmbedder;
import picocli.CommandLine.Option;

/** The clustering options that {@code cluster} and {@code eval-cluster} share. */
final class ClusterFlags {
  @Option(names = "--threshold", paramLabel = "SIM",
      description = "Similarity to a story's centroid needed to join it (default: "
          + ClusterOptions.DEFAULT_THRESHOLD + "; " + ClusterOptions.EMBEDDING_THRESHOLD
          + " with --embeddings).")
  Double threshold;

  @Option(names = "--window-days", paramLabel = "DAYS",
      description = "Dated articles further apart than this are not linked; 0 = off (default: "
          + ClusterOptions.DEFAULT_WINDOW_DAYS + ").")
  Integer windowDays;

  @Option(names = "--embeddings",
      description = "Also compare headlines and leads by MiniLM sentence embeddings (offline "
          + "ONNX model, weight " + ClusterOptions.EMBEDDING_WEIGHT + "; about 20 ms per "
          + "article on 2 cores; measured no better on the evaluation streams).")
  boolean embeddings;

  ClusterOptions options() {
    ClusterOptions options = embeddings ? ClusterOptions.defaults().withEmbeddings()
        : ClusterOptions.defaults();
    if (threshold != null) {
      options = options.withThreshold(threshold);
    }
    if (windowDays != null) {
      options = options.withWindowDays(windowDays);
    }
    return options;
  }

  /** The embedding model when {@code --embeddings} is on, else null; the caller closes it. */
  TextEmbedder embedder() {
    if (!embeddings) {
      return null;
    }
    String os = System.getProperty("os.name", "");
    String arch = System.getProperty("os.arch", "");
    if (!os.startsWith("Linux") || !(arch.equals("amd64") || arch.equals("x86_64"))) {
      // the CLI jar leaves out the other platforms' native code (see precis-cli/pom.xml)
      throw new PrecisException("--embeddings needs Linux on x86-64 in this command-line build "
          + "(this is " + os + " on " + arch + "); the precis-embeddings library itself runs "
          + "on macOS, Windows and Linux on ARM too");
    }
    return MiniLmEmbedder.load();
  }
}

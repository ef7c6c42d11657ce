package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.cluster.ClusterOptions;
import dev.precis.embed.MiniLmEmbedder;
import dev.precis.text.Article;
import dev.precis.text.Language;
import dev.precis.text.TextEmbedder;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/** The clustering options that {@code cluster}, {@code digest} and {@code eval-cluster} share. */
final class ClusterFlags {
  @Option(names = "--threshold", paramLabel = "SIM",
      description = "Similarity to a story's centroid needed to join it (default: "
          + ClusterOptions.DEFAULT_THRESHOLD + "; with --embeddings "
          + ClusterOptions.EMBEDDING_THRESHOLD + ", or " + ClusterOptions.HEADLINE_EMBEDDING_THRESHOLD
          + " for a feed of headlines).")
  Double threshold;

  @Option(names = "--window-days", paramLabel = "DAYS",
      description = "Dated articles further apart than this are not linked; 0 = off (default: "
          + ClusterOptions.DEFAULT_WINDOW_DAYS + ").")
  Integer windowDays;

  @Option(names = "--embeddings",
      description = "Also compare headlines and leads by MiniLM sentence embeddings (offline "
          + "ONNX model, a few ms per headline, about 20 ms per article on 2 cores). Weight "
          + ClusterOptions.EMBEDDING_WEIGHT + " for articles with text (measured about even), "
          + ClusterOptions.HEADLINE_EMBEDDING_WEIGHT + " when most articles are headlines alone "
          + "(measured: BCubed F1 0.75 to 0.83 on the UCI headlines).")
  boolean embeddings;

  @Option(names = {"-l", "--language"}, paramLabel = "LANG",
      description = "Language of the articles (english, french, czech, greek, arabic, hebrew, "
          + "hindi, or their codes): stemmer and stop words for the stories, and the language "
          + "a digest summarizes in (default: english, or the language of --stream). "
          + "--embeddings reads English only.")
  String language;

  /** Refuses a bad flag before any input is read (the options proper depend on the articles). */
  void check() {
    options(List.of(), null);
  }

  /**
   * The language of {@code --language}, else {@code fallback} (the language of a named stream),
   * else English.
   */
  Language language(Language fallback) {
    if (language != null) {
      return Language.parse(language);
    }
    return fallback != null ? fallback : Language.ENGLISH;
  }

  /**
   * The options for these articles (the embedding calibration depends on what they are), in
   * {@link #language(Language)}.
   */
  ClusterOptions options(Collection<Article> articles, Language fallback) {
    Language lang = language(fallback);
    if (embeddings && lang != Language.ENGLISH) {
      // all-MiniLM-L6-v2 was trained on English only: it would rank other text by its accidents
      throw new PrecisException("--embeddings reads English only (the MiniLM model was trained "
          + "on English), and these articles are read as " + lang.label()
          + (language != null ? " (--language)" : " (the language of the stream)")
          + "; leave --embeddings out, or give --language english");
    }
    ClusterOptions options = embeddings ? ClusterOptions.defaults().withEmbeddingsFor(articles)
        : ClusterOptions.defaults();
    options = options.withLanguage(lang);
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

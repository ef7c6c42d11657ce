package dev.precis.cli;

import dev.precis.PrecisException;
import dev.precis.cluster.ClusterOptions;
import dev.precis.embed.MiniLmEmbedder;
import dev.precis.text.Language;
import dev.precis.text.TextEmbedder;
import picocli.CommandLine.Option;

/** The clustering options that {@code cluster}, {@code digest} and {@code eval-cluster} share. */
final class ClusterFlags {
  /** Help of the method flag, which each command names itself (a digest's --method summarizes). */
  static final String METHOD_HELP = "learned (the same-story model, default) or average-link "
      + "(TF-IDF cosine average-link, the baseline every figure is compared with).";

  /** The clustering method; the command's own flag sets it. */
  String method = "learned";

  @Option(names = "--threshold", paramLabel = "P",
      description = "For learned: the same-story probability two groups of articles need to be "
          + "one story (default: the model's own). For average-link: the mean cosine (default: "
          + "0.10).")
  Double threshold;

  @Option(names = "--window-days", paramLabel = "DAYS",
      description = "Dated articles further apart than this are never one story's candidates, "
          + "and count as unlike; 0 = off (default: 0).")
  Integer windowDays;

  @Option(names = "--embeddings",
      description = "Also compare headlines and leads by MiniLM sentence embeddings, with the "
          + "model trained on them (offline ONNX model, about 20 ms per article on 2 cores).")
  boolean embeddings;

  @Option(names = "--model", paramLabel = "FILE",
      description = "A same-story model written by train-stories, in place of the shipped one "
          + "(method learned).")
  java.nio.file.Path model;

  @Option(names = {"-l", "--language"}, paramLabel = "LANG",
      description = "Language of the articles (english, french, czech, greek, arabic, hebrew, "
          + "hindi, or their codes): stemmer and stop words for the stories, and the language "
          + "a digest summarizes in (default: english, or the language of --stream). "
          + "--embeddings reads English only.")
  String language;

  /** Refuses a bad flag before any input is read. */
  void check() {
    options(null);
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

  /** The options the flags give, in {@link #language(Language)}. */
  ClusterOptions options(Language fallback) {
    Language lang = language(fallback);
    if (embeddings && lang != Language.ENGLISH) {
      // all-MiniLM-L6-v2 was trained on English only: it would rank other text by its accidents
      throw new PrecisException("--embeddings reads English only (the MiniLM model was trained "
          + "on English), and these articles are read as " + lang.label()
          + (language != null ? " (--language)" : " (the language of the stream)")
          + "; leave --embeddings out, or give --language english");
    }
    ClusterOptions options = ClusterOptions.defaults().withMethod(method).withLanguage(lang)
        .withEmbeddings(embeddings);
    if (threshold != null) {
      options = options.withThreshold(threshold);
    }
    if (windowDays != null) {
      options = options.withWindowDays(windowDays);
    }
    if (model != null) {
      options = options.withModel(readModel(model));
    }
    return options;
  }

  private static dev.precis.cluster.SameStoryModel readModel(java.nio.file.Path file) {
    if (!java.nio.file.Files.isRegularFile(file)) {
      throw new PrecisException("--model " + file + " is not a file");
    }
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
      return dev.precis.cluster.SameStoryModel.read(in);
    } catch (java.io.IOException e) {
      throw new PrecisException("--model " + file + ": cannot read it as a model ("
          + e.getClass().getSimpleName() + ")");
    }
  }

  /** The embedding model when {@code --embeddings} is on, else null; the caller closes it. */
  TextEmbedder embedder() {
    return embeddings ? loadEmbedder() : null;
  }

  /** The MiniLM embedding model; the caller closes it. */
  static TextEmbedder loadEmbedder() {
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

package dev.precis.verify;

import java.util.List;
import java.util.Objects;

/**
 * The verdict on each sentence of a summary checked against its sources, and the counts of each
 * verdict. Made by {@link SummaryVerifier}.
 *
 * @param sentences the summary's sentences in order, each with its verdict
 */
public record Verification(List<Checked> sentences) {

  public Verification {
    sentences = List.copyOf(sentences);
  }

  /** What the sources say about one summary sentence. */
  public enum Verdict {
    /** Sources state it, in much the same words or in others. */
    SUPPORTED,
    /** A source on the same content states another figure or name, or the opposite. */
    CONTRADICTED,
    /** Not found in the sources. */
    UNSUPPORTED;

    /** The name used in JSON and text output: "supported", "contradicted", "unsupported". */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * A source sentence that states (part of) a summary sentence.
   *
   * @param match "wording" when it repeats most of the words, "paraphrase" when it says it (or
   *     its part of a merged claim) otherwise
   */
  public record Evidence(String article, String text, String match) {
    public Evidence {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(match, "match");
    }
  }

  /**
   * A source sentence on the same content that says something else.
   *
   * @param what what differs, e.g. "number 63 against 62" (the summary's first)
   */
  public record Conflict(String article, String text, String what) {
    public Conflict {
      Objects.requireNonNull(article, "article");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(what, "what");
    }
  }

  /** One summary sentence, its verdict, the sentences that support it and those that do not. */
  public record Checked(String text, Verdict verdict, List<Evidence> evidence,
      List<Conflict> conflicts) {
    public Checked {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(verdict, "verdict");
      evidence = List.copyOf(evidence);
      conflicts = List.copyOf(conflicts);
    }
  }

  public int supported() {
    return count(Verdict.SUPPORTED);
  }

  public int contradicted() {
    return count(Verdict.CONTRADICTED);
  }

  public int unsupported() {
    return count(Verdict.UNSUPPORTED);
  }

  private int count(Verdict verdict) {
    return (int) sentences.stream().filter(s -> s.verdict() == verdict).count();
  }
}

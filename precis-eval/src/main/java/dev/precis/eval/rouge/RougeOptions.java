package dev.precis.eval.rouge;

import dev.precis.PrecisException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What to score and how, as ROUGE-1.5.5's command-line flags say it. Immutable; build one with
 * {@link #parse(String)} from a 1.5.5 flag string or with {@link #builder()}.
 *
 * <p>Defaults are 1.5.5's: no ROUGE-N unless {@code -n} is given, ROUGE-L on, no stemming, no stop
 * word removal, no length cut, model average ({@code -f A}), alpha 0.5, 95% confidence intervals
 * from 1,000 bootstrap samples.
 */
public final class RougeOptions {

  /** How several model (reference) summaries combine into one score. */
  public enum Mode {
    /** {@code -f A}: pool hits and counts over all models (the model average). */
    AVERAGE,
    /** {@code -f B}: keep the model with the best recall. */
    BEST
  }

  private final int maxN;
  private final boolean rougeL;
  private final Double weight;
  private final Integer skipDistance;
  private final boolean skipUnigrams;
  private final boolean skipBoth;
  private final Mode mode;
  private final double alpha;
  private final int wordLimit;
  private final int byteLimit;
  private final boolean removeStopWords;
  private final boolean stem;
  private final double confidence;
  private final int resamples;

  private RougeOptions(Builder b) {
    this.maxN = b.maxN;
    this.rougeL = b.rougeL;
    this.weight = b.weight;
    this.skipDistance = b.skipDistance;
    this.skipUnigrams = b.skipUnigrams;
    this.skipBoth = b.skipBoth;
    this.mode = b.mode;
    this.alpha = b.alpha;
    this.wordLimit = b.wordLimit;
    this.byteLimit = b.byteLimit;
    this.removeStopWords = b.removeStopWords;
    this.stem = b.stem;
    this.confidence = b.confidence;
    this.resamples = b.resamples;
  }

  /**
   * Reads a ROUGE-1.5.5 flag string such as {@code "-n 2 -m -l 100 -2 4 -u -c 95 -r 1000 -f A -p
   * 0.5 -t 0"}. Flags that only steer the perl script ({@code -a -d -v -e dir}) are accepted and
   * ignored.
   *
   * @throws PrecisException naming the flag when a flag is unknown, unsupported or malformed
   */
  public static RougeOptions parse(String flags) {
    return RougeFlags.parse(flags);
  }

  /** A builder starting from ROUGE-1.5.5's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxN = maxN;
    b.rougeL = rougeL;
    b.weight = weight;
    b.skipDistance = skipDistance;
    b.skipUnigrams = skipUnigrams;
    b.skipBoth = skipBoth;
    b.mode = mode;
    b.alpha = alpha;
    b.wordLimit = wordLimit;
    b.byteLimit = byteLimit;
    b.removeStopWords = removeStopWords;
    b.stem = stem;
    b.confidence = confidence;
    b.resamples = resamples;
    return b;
  }

  /** Highest n of ROUGE-1..n; 0 when ROUGE-N is off. */
  public int maxN() {
    return maxN;
  }

  public boolean rougeL() {
    return rougeL;
  }

  /** ROUGE-W's weight ({@code -w}), or null when ROUGE-W is off. */
  public Double weight() {
    return weight;
  }

  /** ROUGE-S's maximum gap ({@code -2}; negative means unlimited), or null when ROUGE-S is off. */
  public Integer skipDistance() {
    return skipDistance;
  }

  /** {@code -u}: skip bigrams plus unigrams (ROUGE-SU). */
  public boolean skipUnigrams() {
    return skipUnigrams;
  }

  public Mode mode() {
    return mode;
  }

  public double alpha() {
    return alpha;
  }

  /** {@code -l}: words of each summary kept; 0 for no cut. */
  public int wordLimit() {
    return wordLimit;
  }

  /** {@code -b}: bytes (UTF-8) of each summary kept; 0 for no cut. */
  public int byteLimit() {
    return byteLimit;
  }

  public boolean removeStopWords() {
    return removeStopWords;
  }

  public boolean stem() {
    return stem;
  }

  /** Confidence level of the bootstrap intervals, in percent. */
  public double confidence() {
    return confidence;
  }

  /** Bootstrap samples per confidence interval. */
  public int resamples() {
    return resamples;
  }

  /** Metric names in the order ROUGE-1.5.5 prints them, e.g. ROUGE-1, ROUGE-L, ROUGE-SU4. */
  public List<String> metricNames() {
    List<String> names = new ArrayList<>();
    for (int n = 1; n <= maxN; n++) {
      names.add("ROUGE-" + n);
    }
    if (rougeL) {
      names.add("ROUGE-L");
    }
    if (weight != null) {
      names.add("ROUGE-W-" + perlNumber(weight));
    }
    if (skipDistance != null) {
      String gap = skipDistance < 0 ? "*" : Integer.toString(skipDistance);
      if (skipUnigrams) {
        names.add("ROUGE-SU" + gap);
      } else {
        names.add("ROUGE-S" + gap);
        if (skipBoth) {
          names.add("ROUGE-SU" + gap);
        }
      }
    }
    return names;
  }

  /** Whether ROUGE-S is also reported without unigrams next to ROUGE-SU ({@code -U}). */
  boolean skipBoth() {
    return skipBoth;
  }

  /** Perl prints numbers with 15 significant digits and no trailing zeros. */
  private static String perlNumber(double value) {
    return new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros().toPlainString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RougeOptions other && toString().equals(other.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }

  /** The equivalent ROUGE-1.5.5 flag string. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    if (maxN > 0) {
      s.append("-n ").append(maxN).append(' ');
    }
    if (stem) {
      s.append("-m ");
    }
    if (removeStopWords) {
      s.append("-s ");
    }
    if (wordLimit > 0) {
      s.append("-l ").append(wordLimit).append(' ');
    }
    if (byteLimit > 0) {
      s.append("-b ").append(byteLimit).append(' ');
    }
    if (!rougeL) {
      s.append("-x ");
    }
    if (weight != null) {
      s.append("-w ").append(perlNumber(weight)).append(' ');
    }
    if (skipDistance != null) {
      s.append("-2 ").append(skipDistance).append(' ');
      if (skipUnigrams) {
        s.append("-u ");
      } else if (skipBoth) {
        s.append("-U ");
      }
    }
    s.append("-c ").append(perlNumber(confidence));
    s.append(" -r ").append(resamples);
    s.append(" -f ").append(mode == Mode.AVERAGE ? 'A' : 'B');
    s.append(" -p ").append(perlNumber(alpha));
    s.append(" -t 0");
    return s.toString();
  }

  /** Mutable builder; every setter checks its value like the matching 1.5.5 flag. */
  public static final class Builder {
    private int maxN = 0;
    private boolean rougeL = true;
    private Double weight;
    private Integer skipDistance;
    private boolean skipUnigrams;
    private boolean skipBoth;
    private Mode mode = Mode.AVERAGE;
    private double alpha = 0.5;
    private int wordLimit;
    private int byteLimit;
    private boolean removeStopWords;
    private boolean stem;
    private double confidence = 95;
    private int resamples = 1000;

    private Builder() {}

    /** {@code -n}: ROUGE-1 up to ROUGE-n (1 to 4); 0 turns ROUGE-N off. */
    public Builder maxN(int n) {
      if (n < 0 || n > 4) {
        throw new PrecisException("-n: ROUGE-N size must be between 1 and 4, got " + n);
      }
      this.maxN = n;
      return this;
    }

    /** ROUGE-L on or off ({@code -x} turns it off). */
    public Builder rougeL(boolean on) {
      this.rougeL = on;
      return this;
    }

    /** {@code -w}: turns ROUGE-W on with this weight (greater than 0, typically 1.2). */
    public Builder weight(double w) {
      if (!(w > 0) || Double.isInfinite(w)) {
        throw new PrecisException("-w: ROUGE-W weight must be greater than 0, got " + w);
      }
      this.weight = w;
      return this;
    }

    /** {@code -2}: turns ROUGE-S on with this maximum gap; negative means no limit. */
    public Builder skipDistance(int gap) {
      this.skipDistance = gap;
      return this;
    }

    /** {@code -u}: count unigrams with the skip bigrams (ROUGE-SU). */
    public Builder skipUnigrams(boolean on) {
      this.skipUnigrams = on;
      return this;
    }

    /** {@code -U}: report ROUGE-S and ROUGE-SU both. */
    public Builder skipBoth(boolean on) {
      this.skipBoth = on;
      return this;
    }

    /** {@code -f}: how several models combine. */
    public Builder mode(Mode m) {
      this.mode = Objects.requireNonNull(m, "mode");
      return this;
    }

    /** {@code -p}: F = 1 / (alpha / P + (1 - alpha) / R), alpha in [0, 1]. */
    public Builder alpha(double a) {
      if (!(a >= 0 && a <= 1)) {
        throw new PrecisException("-p: alpha must be between 0 and 1, got " + a);
      }
      this.alpha = a;
      return this;
    }

    /** {@code -l}: keep the first n words of every summary (0: no cut). Clears a byte cut. */
    public Builder wordLimit(int words) {
      if (words < 0) {
        throw new PrecisException("-l: word limit must be 0 or more, got " + words);
      }
      this.wordLimit = words;
      if (words > 0) {
        this.byteLimit = 0;
      }
      return this;
    }

    /** {@code -b}: keep the first n bytes of every summary (0: no cut). Clears a word cut. */
    public Builder byteLimit(int bytes) {
      if (bytes < 0) {
        throw new PrecisException("-b: byte limit must be 0 or more, got " + bytes);
      }
      this.byteLimit = bytes;
      if (bytes > 0) {
        this.wordLimit = 0;
      }
      return this;
    }

    /** {@code -s}: remove SMART stop words. */
    public Builder removeStopWords(boolean on) {
      this.removeStopWords = on;
      return this;
    }

    /** {@code -m}: WordNet 2.0 exceptions, then Porter stemming. */
    public Builder stem(boolean on) {
      this.stem = on;
      return this;
    }

    /** {@code -c}: confidence level in percent, 0 to 100. */
    public Builder confidence(double percent) {
      if (!(percent >= 0 && percent <= 100)) {
        throw new PrecisException("-c: confidence must be between 0 and 100, got " + percent);
      }
      this.confidence = percent;
      return this;
    }

    /** {@code -r}: bootstrap samples, at least 1. */
    public Builder resamples(int samples) {
      if (samples < 1) {
        throw new PrecisException("-r: number of samples must be at least 1, got " + samples);
      }
      this.resamples = samples;
      return this;
    }

    public RougeOptions build() {
      if (skipUnigrams && skipDistance == null) {
        throw new PrecisException("-u: needs -2 (skip distance) to be given as well");
      }
      if (skipBoth && skipDistance == null) {
        throw new PrecisException("-U: needs -2 (skip distance) to be given as well");
      }
      return new RougeOptions(this);
    }
  }
}

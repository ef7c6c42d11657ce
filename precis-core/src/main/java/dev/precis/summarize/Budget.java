package dev.precis.summarize;

import dev.precis.PrecisException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How long a summary may be: whole sentences are added while the total stays within the limit.
 *
 * @param unit what is counted
 * @param limit the most of it a summary may have, at least 1
 */
public record Budget(Unit unit, int limit) {

  /** What a budget counts. */
  public enum Unit {
    /** White-space separated words, as ROUGE's {@code -l} counts them. */
    WORDS,
    /** Sentences. */
    SENTENCES,
    /** UTF-8 bytes of the sentences joined by single spaces, as ROUGE's {@code -b} counts. */
    BYTES
  }

  public Budget {
    if (unit == null) {
      throw new PrecisException("a budget needs a unit (words, sentences or bytes)");
    }
    if (limit <= 0) {
      throw new PrecisException(
          "the summary budget must be positive, got " + limit + " " + unit.name().toLowerCase(Locale.ROOT));
    }
  }

  public static Budget words(int limit) {
    return new Budget(Unit.WORDS, limit);
  }

  public static Budget sentences(int limit) {
    return new Budget(Unit.SENTENCES, limit);
  }

  public static Budget bytes(int limit) {
    return new Budget(Unit.BYTES, limit);
  }

  /** What one sentence costs against this budget (bytes include the joining space). */
  public int cost(String sentence) {
    return switch (unit) {
      case WORDS -> dev.precis.text.WordCount.of(sentence);
      case SENTENCES -> 1;
      case BYTES -> sentence.getBytes(StandardCharsets.UTF_8).length + 1;
    };
  }

  /**
   * The budget's total for a whole summary in the same units; bytes forgive the last space. Never
   * negative: a limit of {@link Integer#MAX_VALUE} bytes stays that, instead of wrapping round.
   */
  public int capacity() {
    return unit == Unit.BYTES && limit < Integer.MAX_VALUE ? limit + 1 : limit;
  }

  @Override
  public String toString() {
    return limit + " " + unit.name().toLowerCase(Locale.ROOT);
  }
}

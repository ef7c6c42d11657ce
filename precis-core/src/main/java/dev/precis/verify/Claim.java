package dev.precis.verify;

import dev.precis.dedup.ParaphraseScorer;
import dev.precis.summarize.Figures;
import dev.precis.text.Tokenizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One sentence, of the summary or of a source, as the verifier compares it: its content stems
 * (synonyms mapped, numbers written in digits), its figures, its capitalised words and whether it
 * is negated.
 *
 * @param article the source article's id, or null for a summary sentence
 * @param position the sentence's place in the sources, for a stable order
 */
record Claim(String article, int position, String text, Set<String> terms, Figures figures,
    Set<String> capitals, Set<String> opening, boolean negated) {

  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "none",
      "nothing", "neither", "nor", "cannot");
  /** Month and weekday names are figures, compared as such, not content words. */
  private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  static Claim of(String article, int position, String text) {
    String digits = NumberWords.digits(text);
    List<String> words = Tokenizer.words(digits);
    Set<String> terms = new LinkedHashSet<>();
    for (String stem : ParaphraseScorer.english().contentStems(digits)) {
      if (!stem.isEmpty() && !Character.isDigit(stem.charAt(0)) && !DATE_WORDS.contains(stem)) {
        terms.add(stem);
      }
    }
    boolean negated = false;
    for (String w : words) {
      negated |= NEGATIONS.contains(w) || w.endsWith("n't") || w.endsWith("n’t");
    }
    return new Claim(article, position, text, Set.copyOf(terms), Figures.of(words),
        capitals(digits, false), capitals(digits, true), negated);
  }

  /**
   * Capitalised words after the first, lower-cased and stemmed as terms are: names, mostly; with
   * {@code opening}, the first word's too when it is capitalised (every sentence's is, so only
   * names known from elsewhere count).
   */
  private static Set<String> capitals(String text, boolean opening) {
    Set<String> names = new LinkedHashSet<>();
    String[] raw = text.split("[^\\p{L}\\p{N}.'’-]+");
    boolean first = true;
    for (String w : raw) {
      if (w.isEmpty()) {
        continue;
      }
      if ((opening || !first) && Character.isUpperCase(w.charAt(0))) {
        for (String stem : ParaphraseScorer.english().contentStems(w)) {
          names.add(stem);
        }
      }
      first = false;
    }
    return Set.copyOf(names);
  }
}

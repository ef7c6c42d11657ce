package dev.precis.verify;

import dev.precis.similar.ParaphraseScorer;
import dev.precis.similar.Figures;
import dev.precis.text.Tokenizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One sentence, of the summary or of a source, as the verifier compares it: its content stems
 * (synonyms mapped, numbers written in digits), its figures, its capitalised words and whether it
 * is negated.
 *
 * @param article the source article's id, or null for a summary sentence
 * @param position the sentence's place in the sources, for a stable order
 */
record Claim(String article, int position, String text, Set<String> terms, Figures figures,
    Set<String> capitals, Set<String> opening, boolean negated, Set<String> resolved) {

  private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}.'’-]+");
  private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "none",
      "nothing", "neither", "nor", "cannot");
  /** Month and weekday names are figures, compared as such, not content words. */
  private static final Set<String> DATE_WORDS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may",
      "june", "july", "august", "september", "october", "november", "december", "jan", "feb",
      "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

  static Claim of(String article, int position, String text) {
    return of(article, position, text, null);
  }

  /**
   * @param published the article's publication date, or null: its weekdays, "today" and
   *     "yesterday" then name a day of the month ("on Monday" in an article of Thursday 12 March
   *     is 9 March), as {@code facts} resolves them
   */
  static Claim of(String article, int position, String text, LocalDate published) {
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
    // in the sentence's order, not Set.copyOf's per-run order: coverage sums its terms in this
    // order, and the same sentence must give the same sums, bit for bit, in every run
    return new Claim(article, position, text, java.util.Collections.unmodifiableSet(terms),
        Figures.of(words),
        capitals(digits, false), capitals(digits, true), negated, resolve(words, published));
  }

  /** Words that make a weekday look ahead of the publication date, as in facts' DateFinder. */
  private static final Set<String> AHEAD = Set.of("will", "would", "shall", "due", "next",
      "plan", "plans", "planned", "scheduled", "expected", "coming");

  /**
   * Days of the month the sentence names relative to its article's date, with their month:
   * "march 9", "march".
   */
  private static Set<String> resolve(List<String> words, LocalDate published) {
    if (published == null) {
      return Set.of();
    }
    boolean ahead = words.stream().anyMatch(AHEAD::contains);
    Set<String> days = new LinkedHashSet<>();
    for (String word : words) {
      String w = word.endsWith("'s") || word.endsWith("’s")
          ? word.substring(0, word.length() - 2) : word;
      LocalDate day = switch (w) {
        case "today" -> published;
        case "yesterday" -> published.minusDays(1);
        case "tomorrow" -> published.plusDays(1);
        default -> {
          DayOfWeek weekday = WEEKDAYS.get(w);
          yield weekday == null ? null : published.with(ahead
              ? TemporalAdjusters.nextOrSame(weekday) : TemporalAdjusters.previousOrSame(weekday));
        }
      };
      if (day != null) {
        // the month too, as Figures states it for "March 9"
        String month = day.getMonth().name().toLowerCase(Locale.ROOT);
        days.add(month);
        days.add(month + " " + day.getDayOfMonth());
      }
    }
    return Set.copyOf(days);
  }

  private static final java.util.Map<String, DayOfWeek> WEEKDAYS = java.util.Map.of(
      "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
      "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
      "sunday", DayOfWeek.SUNDAY);

  /**
   * Capitalised words after the first, lower-cased and stemmed as terms are: names, mostly; with
   * {@code opening}, the first word's too when it is capitalised (every sentence's is, so only
   * names known from elsewhere count).
   */
  private static Set<String> capitals(String text, boolean opening) {
    Set<String> names = new LinkedHashSet<>();
    String[] raw = WORD_SEPARATORS.split(text);
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

package dev.precis.summarize;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures a sentence states, for telling support from disagreement: its numbers and months
 * ("at least 62", "Oct. 7") and, apart, its weekdays. Two sentences that say the same thing in
 * much the same words but with other figures ("killed at least 62" and "at least 65") disagree;
 * one that only leaves a figure out does not.
 *
 * <p>Weekdays are kept apart because a weekday and a date may name the same day ("last Thursday",
 * "on Oct. 29"): only two weekdays, or two numbers, can contradict each other.
 */
record Figures(Set<String> numbers, Set<String> weekdays) {
  static final Figures NONE = new Figures(Set.of(), Set.of());

  /** The figures among a sentence's lower-cased words (as {@link dev.precis.text.Tokenizer} gives). */
  static Figures of(List<String> words) {
    Set<String> numbers = new HashSet<>();
    Set<String> weekdays = new HashSet<>();
    for (String word : words) {
      // "Friday's bombing" names the same day as "on Friday"
      String w = word.endsWith("'s") || word.endsWith("’s")
          ? word.substring(0, word.length() - 2) : word;
      if (w.isEmpty()) {
        continue;
      }
      if (Character.isDigit(w.charAt(0))) {
        numbers.add(leadingNumber(w));
      } else if (WEEKDAYS.contains(w)) {
        weekdays.add(w);
      } else if (MONTHS.containsKey(w)) {
        numbers.add(MONTHS.get(w));
      }
    }
    return new Figures(Set.copyOf(numbers), Set.copyOf(weekdays));
  }

  /**
   * Whether the two state other figures: each has a number (or month) the other lacks, or each a
   * weekday the other lacks.
   */
  boolean contradicts(Figures other) {
    return clash(numbers, other.numbers) || clash(weekdays, other.weekdays);
  }

  private static boolean clash(Set<String> a, Set<String> b) {
    return !a.containsAll(b) && !b.containsAll(a);
  }

  /** "48-year-old" states 48, "3,197" states 3197, "1990s" states 1990. */
  private static String leadingNumber(String word) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c)) {
        b.append(c);
      } else if (c == '.' && i + 1 < word.length() && Character.isDigit(word.charAt(i + 1))) {
        b.append(c);
      } else if (c != ',') {
        break;
      }
    }
    return b.toString();
  }

  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday");

  /** Months, abbreviations mapped to the full name ("Oct. 7" and "October" agree). */
  private static final Map<String, String> MONTHS = months();

  private static Map<String, String> months() {
    Map<String, String> names = new HashMap<>();
    // "may" is left out: as a verb it is far more common than the month
    for (String month : List.of("january", "february", "march", "april", "june", "july", "august",
        "september", "october", "november", "december")) {
      names.put(month, month);
      names.put(month.substring(0, 3), month);
    }
    names.put("sept", "september");
    return Map.copyOf(names);
  }
}

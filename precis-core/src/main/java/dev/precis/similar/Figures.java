package dev.precis.similar;

import dev.precis.text.CharClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures a sentence states, for telling support from disagreement. Two sentences that say
 * the same thing in much the same words but with other figures ("killed at least 62" and "at
 * least 65") disagree; one that only leaves a figure out does not.
 *
 * <p>Figures come in kinds, and only figures of one kind can contradict each other: counts and
 * amounts, years, months and dates ("June 1" is a date, not the count 1), weekdays. "In April
 * 1992" and "in 1992, 200 pickets" leave figures out, they do not state others; "last Thursday"
 * and "on Oct. 29" may be the same day. A figure a change replaced ("65, up from 62") is kept
 * apart from the same figure stated as it stands: "62 died" is not what that sentence says.
 */
public record Figures(List<Set<String>> kinds) {
  private static final int NUMBERS = 0;
  private static final int YEARS = 1;
  private static final int MONTHS = 2;
  private static final int WEEKDAYS = 3;

  /** The figures among a sentence's lower-cased words (as {@link dev.precis.text.Tokenizer} gives). */
  public static Figures of(List<String> words) {
    List<Set<String>> kinds = new ArrayList<>();
    for (int k = 0; k <= WEEKDAYS; k++) {
      kinds.add(new HashSet<>());
    }
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      // "Friday's bombing" names the same day as "on Friday"
      String w = word.endsWith("'s") || word.endsWith("’s")
          ? word.substring(0, word.length() - 2) : word;
      if (w.isEmpty()) {
        continue;
      }
      String next = i + 1 < words.size() ? words.get(i + 1) : "";
      String month = w.equals("may") ? "may" : MONTH_NAMES.get(w);
      if (month != null && isDayOfMonth(next)) {
        // "June 1" is a date, not the count 1: it contradicts "June 2", not "228 people"; the
        // month is stated too, so "Oct. 7" agrees with "early October"
        kinds.get(MONTHS).add(month);
        kinds.get(MONTHS).add(month + " " + number(next));
        i++;
      } else if (CharClass.isDigit(w.charAt(0))) {
        if (isYear(w)) {
          kinds.get(YEARS).add(number(w));
        } else {
          // "65, up from 62" states 65 now and 62 before: 62 alone is not what it says (a year
          // is not marked: "grew from 1998 to 2002" is a span, both years stand)
          kinds.get(NUMBERS).add((supersedes(words, i) ? FORMER : "") + number(w));
        }
      } else if (DAYS.contains(w)) {
        kinds.get(WEEKDAYS).add(w);
      } else if (MONTH_NAMES.containsKey(w)) {
        kinds.get(MONTHS).add(MONTH_NAMES.get(w));
      }
    }
    return new Figures(kinds.stream().map(Set::copyOf).toList());
  }

  /** Prefix of a figure the sentence says was replaced by another. */
  private static final String FORMER = "was ";
  /** Words that say a figure changed: "rose to 65 from 62", "up from 62", "revised from 62". */
  private static final Set<String> CHANGES = Set.of("up", "down", "rose", "risen", "rises",
      "rising", "climbed", "climbing", "jumped", "increased", "increasing", "grew", "growing",
      "fell", "fallen", "falling", "dropped", "dropping", "declined", "decreased", "revised",
      "raised", "lowered", "cut", "reduced", "went", "slipped", "soared", "surged", "plunged");
  /** Words between a change word and "from" at most ("rose sharply to 65 from": 3). */
  private static final int CHANGE_REACH = 4;

  /**
   * Whether the figure at {@code i} is the old value of a change: it follows "from", and a change
   * word stands just before that. "From 5 to 10 years" without one is a range, both figures stated.
   */
  private static boolean supersedes(List<String> words, int i) {
    if (i == 0 || !words.get(i - 1).equals("from")) {
      return false;
    }
    for (int k = i - 2; k >= Math.max(0, i - 1 - CHANGE_REACH); k--) {
      if (CHANGES.contains(words.get(k))) {
        return true;
      }
    }
    return false;
  }

  /** "1", "31", "1st", "22nd": a day after a month name. */
  private static boolean isDayOfMonth(String word) {
    String day = word.replaceFirst("(st|nd|rd|th)$", "");
    return !day.isEmpty() && day.length() <= 2 && day.chars().allMatch(Character::isDigit);
  }

  /**
   * "1992", "1990s": four plain digits within the years news writes of. "1,500", "12.5" and
   * "flight 1549" are counts.
   */
  private static boolean isYear(String word) {
    String digits = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    if (digits.length() != 4 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int year = Integer.parseInt(digits);
    return year >= 1800 && year <= 2100;
  }

  /**
   * Whether the two state other figures: of some kind, each has one the other lacks. The same
   * figures told as a change one way and as a plain pair the other ("rose to 65 from 62", "went
   * from 62 to 65") agree.
   */
  public boolean contradicts(Figures other) {
    for (int k = 0; k < kinds.size(); k++) {
      Set<String> a = kinds.get(k);
      Set<String> b = other.kinds.get(k);
      if (!a.containsAll(b) && !b.containsAll(a) && !withoutChanges(a).equals(withoutChanges(b))) {
        return true;
      }
    }
    return false;
  }

  /**
   * What contradicts, one line per kind: "number 63 against 62" when this states 63 and
   * {@code other} 62; empty when {@link #contradicts} is false. For telling a reader what differs.
   */
  public List<String> differences(Figures other) {
    List<String> lines = new ArrayList<>();
    for (int k = 0; k < kinds.size(); k++) {
      Set<String> a = kinds.get(k);
      Set<String> b = other.kinds.get(k);
      if (!a.containsAll(b) && !b.containsAll(a) && !withoutChanges(a).equals(withoutChanges(b))) {
        lines.add(KIND_NAMES.get(k) + " " + sorted(a, b) + " against " + sorted(b, a));
      }
    }
    return lines;
  }

  /** Every figure stated, of any kind, without the mark of a replaced one. */
  public Set<String> all() {
    Set<String> all = new java.util.TreeSet<>();
    for (Set<String> kind : kinds) {
      all.addAll(withoutChanges(kind));
    }
    return all;
  }

  private static final List<String> KIND_NAMES = List.of("number", "year", "date", "weekday");

  /** The figures of {@code a} not in {@code b}, sorted so the message is the same every run. */
  private static String sorted(Set<String> a, Set<String> b) {
    return String.join(", ", new java.util.TreeSet<>(withoutChanges(a)).stream()
        .filter(f -> !withoutChanges(b).contains(f)).toList());
  }

  private static Set<String> withoutChanges(Set<String> figures) {
    Set<String> plain = new HashSet<>();
    for (String f : figures) {
      plain.add(f.startsWith(FORMER) ? f.substring(FORMER.length()) : f);
    }
    return plain;
  }

  /**
   * The number a word states, in ASCII digits: "48-year-old" states 48, "5-4" states 5-4 (a
   * score), "3,197" states 3197, "3.50%" states 3.5, "1990s" states 1990.
   */
  private static String number(String word) {
    StringBuilder b = new StringBuilder();
    for (String part : word.split("-")) {
      String n = leadingNumber(part);
      if (!n.isEmpty()) {
        b.append(b.isEmpty() ? "" : "-").append(n);
      }
    }
    return b.toString();
  }

  private static String leadingNumber(String part) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      if (CharClass.isDigit(c)) {
        b.append((char) ('0' + Character.digit(c, 10)));
      } else if (c == '.' && i + 1 < part.length() && CharClass.isDigit(part.charAt(i + 1))) {
        b.append(c);
      } else if (c != ',') {
        break;
      }
    }
    String n = b.toString();
    if (n.contains(".")) {
      int end = n.length();
      while (end > 0 && n.charAt(end - 1) == '0') {
        end--;
      }
      if (end > 0 && n.charAt(end - 1) == '.') {
        end--;
      }
      n = n.substring(0, end);
    }
    return n;
  }

  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");

  /** Months, abbreviations mapped to the full name ("Oct. 7" and "October" agree). */
  private static final Map<String, String> MONTH_NAMES = months();

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

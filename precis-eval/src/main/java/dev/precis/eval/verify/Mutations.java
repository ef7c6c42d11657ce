package dev.precis.eval.verify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes a true sentence the way language models get summaries wrong: another number, another
 * date or weekday, a name swapped for another person of the story, a negation. Each returns null
 * when the sentence has nothing of that kind to change. Deterministic for a given {@link Random}.
 */
final class Mutations {
  private Mutations() {}

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\w.,])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\w,]*\\d)");
  private static final List<String> NUMBER_WORDS = List.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty");
  private static final Pattern NUMBER_WORD = Pattern.compile(
      "(?i)\\b(" + String.join("|", NUMBER_WORDS) + ")\\b");
  private static final List<String> WEEKDAYS = List.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April",
      "June", "July", "August", "September", "October", "November", "December");
  private static final Pattern DATE = Pattern.compile("\\b(" + String.join("|", WEEKDAYS) + "|"
      + String.join("|", MONTHS) + "|1[89]\\d\\d|20\\d\\d)\\b");
  private static final Pattern AUXILIARY = Pattern.compile("(?i)\\b(is|was|are|were|has|have|"
      + "had|will|would|can|could|should|must|did|does)\\b(?= \\w)(?! not\\b)(?! never\\b)");

  /** Another count: a number in digits (not a year) or in words, changed by a few or doubled. */
  static String number(String sentence, Random random) {
    List<int[]> spots = new ArrayList<>();
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      String n = m.group(1).replace(",", "");
      boolean year = n.length() == 4 && !n.contains(".") && n.matches("1[89]\\d\\d|20\\d\\d");
      if (!year) {
        spots.add(new int[] {m.start(1), m.end(1), 0});
      }
    }
    Matcher w = NUMBER_WORD.matcher(sentence);
    while (w.find()) {
      spots.add(new int[] {w.start(1), w.end(1), 1});
    }
    if (spots.isEmpty()) {
      return null;
    }
    int[] spot = spots.get(random.nextInt(spots.size()));
    String old = sentence.substring(spot[0], spot[1]);
    String replacement;
    if (spot[2] == 1) {
      List<String> others = new ArrayList<>(NUMBER_WORDS);
      others.remove(old.toLowerCase(Locale.ROOT));
      replacement = others.get(random.nextInt(others.size()));
      if (Character.isUpperCase(old.charAt(0))) {
        replacement = Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
      }
    } else if (old.contains(".")) {
      double value = Double.parseDouble(old.replace(",", ""));
      replacement = String.format(Locale.ROOT, "%.1f", value + 1 + random.nextInt(5));
    } else {
      long value = Long.parseLong(old.replace(",", ""));
      long changed = random.nextBoolean() ? value + 1 + random.nextInt(9) : value * 2 + 1;
      replacement = old.contains(",") ? String.format(Locale.ROOT, "%,d", changed)
          : Long.toString(changed);
    }
    return sentence.substring(0, spot[0]) + replacement + sentence.substring(spot[1]);
  }

  /** Another weekday, month or year. */
  static String date(String sentence, Random random) {
    List<int[]> spots = new ArrayList<>();
    Matcher m = DATE.matcher(sentence);
    while (m.find()) {
      spots.add(new int[] {m.start(), m.end()});
    }
    if (spots.isEmpty()) {
      return null;
    }
    int[] spot = spots.get(random.nextInt(spots.size()));
    String old = sentence.substring(spot[0], spot[1]);
    String replacement;
    if (WEEKDAYS.contains(old)) {
      replacement = other(WEEKDAYS, old, random);
    } else if (MONTHS.contains(old)) {
      replacement = other(MONTHS, old, random);
    } else {
      int year = Integer.parseInt(old);
      replacement = Integer.toString(year + (random.nextBoolean() ? 1 : -1) * (1 + random.nextInt(4)));
    }
    return sentence.substring(0, spot[0]) + replacement + sentence.substring(spot[1]);
  }

  private static String other(List<String> values, String old, Random random) {
    List<String> others = new ArrayList<>(values);
    others.remove(old);
    return others.get(random.nextInt(others.size()));
  }

  /**
   * A person of the story named in the sentence (by full name or surname) replaced by another
   * person of the story the sentence does not name.
   */
  static String name(String sentence, List<String> people, Random random) {
    List<String[]> swaps = new ArrayList<>();
    for (String person : people) {
      for (String form : forms(person)) {
        Matcher m = Pattern.compile("\\b" + Pattern.quote(form) + "\\b").matcher(sentence);
        if (m.find()) {
          for (String other : people) {
            if (!other.equals(person) && !mentions(sentence, other)) {
              swaps.add(new String[] {form, form.equals(person) ? other : surname(other)});
            }
          }
          break;
        }
      }
    }
    if (swaps.isEmpty()) {
      return null;
    }
    String[] swap = swaps.get(random.nextInt(swaps.size()));
    return sentence.replaceFirst("\\b" + Pattern.quote(swap[0]) + "\\b",
        Matcher.quoteReplacement(swap[1]));
  }

  private static List<String> forms(String person) {
    String surname = surname(person);
    return surname.equals(person) ? List.of(person) : List.of(person, surname);
  }

  private static String surname(String person) {
    String[] parts = person.split(" ");
    return parts[parts.length - 1];
  }

  private static boolean mentions(String sentence, String person) {
    for (String part : person.split(" ")) {
      if (part.length() > 2 && sentence.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** "not" after the first auxiliary verb: "was approved" becomes "was not approved". */
  static String negation(String sentence) {
    Matcher m = AUXILIARY.matcher(sentence);
    if (!m.find()) {
      return null;
    }
    return sentence.substring(0, m.end()) + " not" + sentence.substring(m.end());
  }
}

package dev.precis.verify;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes small numbers spelled as words in digits ("three", "twenty-five", "Forty two"), so
 * that "three people died" and "3 people died" state the same figure. "One" is left alone: it is
 * far more often a pronoun ("one of the victims") than a count.
 */
final class NumberWords {
  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
      Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
      Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("dozen", 12));
  private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
      "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
  private static final Map<String, Integer> SMALL = Map.of("one", 1, "two", 2, "three", 3,
      "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9);
  private static final Pattern WORD = Pattern.compile(
      "(?i)\\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](one|two|three|four"
          + "|five|six|seven|eight|nine)\\b)?|\\b(two|three|four|five|six|seven|eight|nine|ten"
          + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
          + "|dozen)\\b");

  private NumberWords() {}

  static String digits(String text) {
    Matcher m = WORD.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int value;
      if (m.group(1) != null) {
        value = TENS.get(m.group(1).toLowerCase(java.util.Locale.ROOT));
        if (m.group(2) != null) {
          value += SMALL.get(m.group(2).toLowerCase(java.util.Locale.ROOT));
        }
      } else {
        value = UNITS.get(m.group(3).toLowerCase(java.util.Locale.ROOT));
      }
      m.appendReplacement(out, Integer.toString(value));
    }
    m.appendTail(out);
    return out.toString();
  }
}

package dev.precis.eval.rouge;

import java.util.regex.Pattern;

/**
 * The Porter (1980) stemmer exactly as ROUGE-1.5.5 runs it, including its author's 2004 change to
 * step 4 (a word in -ement does not also try -ment and -ent) and its treatment of "y".
 *
 * <p>The measure tests keep the regular expressions of the perl version: "y" is both consonant
 * and vowel there and only a backtracking matcher gets every case right. {@link Stemmer} caches
 * results, so the regular expressions run once per distinct word.
 */
final class PorterStemmer {
  private static final String CONSONANT = "[^aeiou]";
  private static final String VOWEL = "[aeiouy]";
  private static final String CONSONANTS = CONSONANT + "[^aeiouy]*";
  private static final String VOWELS = VOWEL + "[aeiou]*";

  /** [C]VC...: measure greater than 0. */
  private static final Pattern M_GT_0 = Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS);
  /** [C]VC[V] and nothing else: measure exactly 1. */
  private static final Pattern M_EQ_1 =
      Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + "(" + VOWELS + ")?$");
  /** [C]VCVC...: measure greater than 1. */
  private static final Pattern M_GT_1 =
      Pattern.compile("^(" + CONSONANTS + ")?" + VOWELS + CONSONANTS + VOWELS + CONSONANTS);
  /** The stem holds a vowel. */
  private static final Pattern HAS_VOWEL = Pattern.compile("^(" + CONSONANTS + ")?" + VOWEL);
  /** A whole word of the form consonants, vowel, consonant other than w, x or y. */
  private static final Pattern SHORT_CVC = Pattern.compile("^" + CONSONANTS + VOWEL + "[^aeiouwxy]$");

  private static final String[][] STEP2 = {
    {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"}, {"izer", "ize"},
    {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
    {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"},
    {"fulness", "ful"}, {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"},
    {"logi", "log"}
  };
  private static final String[][] STEP3 = {
    {"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
    {"ness", ""}
  };
  private static final String[] STEP4 = {
    "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ou", "ism", "ate", "iti",
    "ous", "ive", "ize"
  };

  private PorterStemmer() {}

  static String stem(String word) {
    if (word.length() < 3) {
      return word;
    }
    String w = word;
    // An initial y is a consonant: upper-case it so no pattern takes it for a vowel.
    boolean initialY = w.charAt(0) == 'y';
    if (initialY) {
      w = 'Y' + w.substring(1);
    }

    // Step 1a
    if (w.endsWith("sses") || w.endsWith("ies")) {
      w = cut(w, 2);
    } else if (w.length() >= 2 && w.endsWith("s") && w.charAt(w.length() - 2) != 's') {
      w = cut(w, 1);
    }

    // Step 1b
    if (w.endsWith("eed")) {
      if (M_GT_0.matcher(cut(w, 3)).lookingAt()) {
        w = cut(w, 1);
      }
    } else if (w.endsWith("ed") || w.endsWith("ing")) {
      String stem = cut(w, w.endsWith("ed") ? 2 : 3);
      if (HAS_VOWEL.matcher(stem).lookingAt()) {
        w = stem;
        if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
          w = w + "e";
        } else if (endsWithDoubleConsonant(w)) {
          w = cut(w, 1);
        } else if (SHORT_CVC.matcher(w).matches()) {
          w = w + "e";
        }
      }
    }

    // Step 1c
    if (w.endsWith("y")) {
      String stem = cut(w, 1);
      if (HAS_VOWEL.matcher(stem).lookingAt()) {
        w = stem + "i";
      }
    }

    w = replaceLongestSuffix(w, STEP2);
    w = replaceLongestSuffix(w, STEP3);

    // Step 4, three tests in a row on the word as it changes (ROUGE-1.5.5's variant).
    String suffix = longestSuffix(w, STEP4);
    if (suffix != null) {
      w = dropIfLong(w, suffix.length());
    }
    if (w.endsWith("ment")) {
      w = dropIfLong(w, 4);
    }
    if (w.endsWith("ent")) {
      w = dropIfLong(w, 3);
    } else if (w.endsWith("sion") || w.endsWith("tion")) {
      w = dropIfLong(w, 3);
    }

    // Step 5
    if (w.endsWith("e")) {
      String stem = cut(w, 1);
      if (M_GT_1.matcher(stem).lookingAt()
          || (M_EQ_1.matcher(stem).matches() && !SHORT_CVC.matcher(stem).matches())) {
        w = stem;
      }
    }
    if (w.endsWith("ll") && M_GT_1.matcher(w).lookingAt()) {
      w = cut(w, 1);
    }

    if (initialY) {
      w = 'y' + w.substring(1);
    }
    return w;
  }

  private static String cut(String w, int n) {
    return w.substring(0, w.length() - n);
  }

  private static String dropIfLong(String w, int suffixLength) {
    String stem = cut(w, suffixLength);
    return M_GT_1.matcher(stem).lookingAt() ? stem : w;
  }

  /** Perl's /([^aeiouylsz])\1$/: the same letter twice at the end, not a vowel, l, s or z. */
  private static boolean endsWithDoubleConsonant(String w) {
    int n = w.length();
    if (n < 2) {
      return false;
    }
    char last = w.charAt(n - 1);
    return last == w.charAt(n - 2) && "aeiouylsz".indexOf(last) < 0;
  }

  /**
   * Perl's alternation anchored at the end matches at the leftmost start, that is the longest
   * listed suffix; only that one is tried, even when its condition fails.
   */
  private static String replaceLongestSuffix(String w, String[][] rules) {
    String[] best = null;
    for (String[] rule : rules) {
      if (w.endsWith(rule[0]) && (best == null || rule[0].length() > best[0].length())) {
        best = rule;
      }
    }
    if (best == null) {
      return w;
    }
    String stem = cut(w, best[0].length());
    return M_GT_0.matcher(stem).lookingAt() ? stem + best[1] : w;
  }

  private static String longestSuffix(String w, String[] suffixes) {
    String best = null;
    for (String s : suffixes) {
      if (w.endsWith(s) && (best == null || s.length() > best.length())) {
        best = s;
      }
    }
    return best;
  }
}

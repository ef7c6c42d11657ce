package dev.precis.similar;

import dev.precis.text.Language;
import dev.precis.text.TermNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * English content terms for comparing texts: the text pipeline's own stems and stop words, so a
 * term here is the term a summary compares.
 */
public final class Terms {
  private static final TermNormalizer ENGLISH = TermNormalizer.of(Language.ENGLISH);

  private Terms() {}

  public static boolean isStopWord(String word) {
    return ENGLISH.isStopWord(word);
  }

  /** Content terms of lower-cased, synonym-mapped words, in order. */
  public static List<String> content(List<String> words) {
    List<String> terms = new ArrayList<>(words.size());
    for (String w : words) {
      String term = ENGLISH.term(w);
      if (term != null) {
        terms.add(term);
      }
    }
    return terms;
  }

  /** Whether a lower-cased word carries content: not a stop word, not a lone digit or sign. */
  public static boolean isContent(String word) {
    return ENGLISH.term(word) != null;
  }

  public static String stem(String word) {
    return ENGLISH.stem(word);
  }
}

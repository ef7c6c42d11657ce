package dev.precis.cluster;

import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Words numbered in sorted order, each with the number of articles it occurs in. Numbering by
 * sorting makes the ids a function of the set of words, whatever order the articles came in or
 * on whichever machine they were counted.
 *
 * <p>Only words of at least two articles are kept: a word of one article can match nothing, and a
 * stream of a million articles holds millions of such words (its phrases above all). Where it
 * weighs in its own article's vector, it counts as a word of one article ({@link
 * SparseVector#of}).
 */
final class Vocabulary implements Serializable {
  private final String[] words;
  private final int[] documentFrequency;
  private transient Map<String, Integer> index;

  Vocabulary(Map<String, Integer> counts) {
    TreeMap<String, Integer> sorted = new TreeMap<>();
    counts.forEach((word, df) -> {
      if (df >= 2) {
        sorted.put(word, df);
      }
    });
    words = sorted.keySet().toArray(String[]::new);
    documentFrequency = new int[words.length];
    int k = 0;
    for (int df : sorted.values()) {
      documentFrequency[k++] = df;
    }
  }

  /** The word's id, or -1 when it was not counted. */
  int id(String word) {
    Map<String, Integer> map = index;
    if (map == null) {
      map = new HashMap<>(words.length * 2);
      for (int k = 0; k < words.length; k++) {
        map.put(words[k], k);
      }
      index = map;
    }
    Integer id = map.get(word);
    return id == null ? -1 : id;
  }

  int size() {
    return words.length;
  }

  String word(int id) {
    return words[id];
  }

  /** Articles the word with this id occurs in. */
  int documentFrequency(int id) {
    return documentFrequency[id];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Vocabulary v && Arrays.equals(words, v.words)
        && Arrays.equals(documentFrequency, v.documentFrequency);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(words);
  }
}

package dev.precis.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Counted words of one field of an article (its terms, its names, its lead...), most frequent
 * first, ties in text order, so a bag is a function of the article alone.
 *
 * <pre>{@code
 * TermBag names = TermBag.top(counts, 30);   // counts: a LinkedHashMap filled in text order
 * for (int k = 0; k < names.size(); k++) { names.key(k); names.count(k); }
 * }</pre>
 *
 * @param keys the words, distinct
 * @param counts how often each occurs, at least 1
 */
public record TermBag(String[] keys, int[] counts) implements Serializable {
  static final TermBag EMPTY = new TermBag(new String[0], new int[0]);

  public TermBag {
    if (keys.length != counts.length) {
      throw new IllegalArgumentException("keys and counts differ in length");
    }
  }

  /**
   * The {@code limit} most frequent keys of {@code counts}; equal counts keep the map's order
   * (text order for a {@link java.util.LinkedHashMap} filled while reading), so the cut is a
   * function of the article.
   */
  public static TermBag top(Map<String, Integer> counts, int limit) {
    if (counts.isEmpty()) {
      return EMPTY;
    }
    List<Map.Entry<String, Integer>> entries = new ArrayList<>(counts.entrySet());
    if (entries.size() > limit) {
      entries.sort((a, b) -> Integer.compare(b.getValue(), a.getValue())); // stable
      entries = entries.subList(0, limit);
    }
    String[] keys = new String[entries.size()];
    int[] values = new int[entries.size()];
    for (int k = 0; k < keys.length; k++) {
      keys[k] = entries.get(k).getKey();
      values[k] = entries.get(k).getValue();
    }
    return new TermBag(keys, values);
  }

  /** The same bag with its keys taken from {@code pool}, added there when new. */
  public TermBag interned(Map<String, String> pool) {
    String[] shared = new String[keys.length];
    for (int k = 0; k < keys.length; k++) {
      shared[k] = pool.computeIfAbsent(keys[k], x -> x);
    }
    return new TermBag(shared, counts);
  }

  public int size() {
    return keys.length;
  }

  public boolean isEmpty() {
    return keys.length == 0;
  }

  public String key(int k) {
    return keys[k];
  }

  public int count(int k) {
    return counts[k];
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermBag b && Arrays.equals(keys, b.keys) && Arrays.equals(counts, b.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(keys) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("{");
    for (int k = 0; k < keys.length; k++) {
      s.append(k == 0 ? "" : ", ").append(keys[k]).append('=').append(counts[k]);
    }
    return s.append('}').toString();
  }
}

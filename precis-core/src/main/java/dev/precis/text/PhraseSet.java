package dev.precis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A fixed set of phrases looked for in a text in one pass: {@link #anyIn} is what calling {@code
 * text.contains(p)} for every phrase answers, without scanning the text once per phrase. Each
 * position of the text is looked up by its next three characters in a small table of the
 * phrases' first three, and only phrases opening with them are compared there.
 *
 * <pre>{@code
 * PhraseSet notices = PhraseSet.of(List.of("we use cookies", "enable javascript"));
 * notices.anyIn("please enable javascript to read on");   // true
 *
 * PhraseSet kinds = PhraseSet.ofGroups(List.of(List.of("we use cookies"), List.of("log in")));
 * kinds.groupsIn("we use cookies; log in to read on");      // 0b11: a phrase of each group
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class PhraseSet {
  /** Characters of a phrase's opening that the table is keyed by. */
  private static final int KEY = 3;

  private final String[] phrases;
  /** Each phrase's group, as a bit of {@link #groupsIn}'s answer. */
  private final int[] groupBits;
  /** Every group's bit: once all are found, nothing more can be. */
  private final int allGroups;
  /** Open addressing: slot to its key, or -1 when empty. Keys are 48 bits, never negative. */
  private final long[] keys;
  /** Slot to the phrases (indices into {@link #phrases}) that open with its key. */
  private final int[][] opening;
  private final int shift;

  private PhraseSet(String[] phrases, int[] groupBits, long[] keys, int[][] opening, int shift) {
    this.phrases = phrases;
    this.groupBits = groupBits;
    int all = 0;
    for (int bit : groupBits) {
      all |= bit;
    }
    this.allGroups = all;
    this.keys = keys;
    this.opening = opening;
    this.shift = shift;
  }

  /**
   * The set of {@code phrases}, each at least three characters long.
   *
   * @throws IllegalArgumentException for a shorter phrase
   */
  static PhraseSet of(List<String> phrases) {
    return ofGroups(List.of(phrases));
  }

  /**
   * The set of every group's phrases, each knowing its group, for {@link #groupsIn}.
   *
   * @throws IllegalArgumentException for more than 32 groups or a phrase under three characters
   */
  static PhraseSet ofGroups(List<List<String>> groups) {
    if (groups.size() > Integer.SIZE) {
      throw new IllegalArgumentException("at most " + Integer.SIZE + " groups, got "
          + groups.size());
    }
    List<String> phrases = new ArrayList<>();
    List<Integer> groupOf = new ArrayList<>();
    for (int g = 0; g < groups.size(); g++) {
      for (String phrase : groups.get(g)) {
        phrases.add(phrase);
        groupOf.add(1 << g);
      }
    }
    String[] all = phrases.toArray(new String[0]);
    int[] groupBits = groupOf.stream().mapToInt(Integer::intValue).toArray();
    int bits = 4;
    while ((1 << bits) < 4 * all.length) {
      bits++;
    }
    long[] keys = new long[1 << bits];
    Arrays.fill(keys, -1);
    List<List<Integer>> slots = new ArrayList<>();
    for (int s = 0; s < keys.length; s++) {
      slots.add(new ArrayList<>());
    }
    int shift = 64 - bits;
    for (int p = 0; p < all.length; p++) {
      if (all[p].length() < KEY) {
        throw new IllegalArgumentException("phrase '" + all[p] + "' is shorter than " + KEY);
      }
      long key = key(all[p], 0);
      int slot = slot(key, shift);
      while (keys[slot] != -1 && keys[slot] != key) {
        slot = (slot + 1) & (keys.length - 1);
      }
      keys[slot] = key;
      slots.get(slot).add(p);
    }
    int[][] opening = new int[keys.length][];
    for (int s = 0; s < keys.length; s++) {
      opening[s] = slots.get(s).stream().mapToInt(Integer::intValue).toArray();
    }
    return new PhraseSet(all, groupBits, keys, opening, shift);
  }

  /** Whether {@code text} contains any of the phrases. */
  boolean anyIn(String text) {
    return scan(text, true) != 0;
  }

  /** The bits of the groups ({@code 1 << g} for group g) that {@code text} contains a phrase of. */
  int groupsIn(String text) {
    return scan(text, false);
  }

  private int scan(String text, boolean firstOnly) {
    int n = text.length();
    if (n < KEY) {
      return 0;
    }
    int found = 0;
    long key = ((long) text.charAt(0) << 16) | text.charAt(1);
    int mask = keys.length - 1;
    for (int i = 0; i + KEY <= n; i++) {
      key = ((key << 16) | text.charAt(i + KEY - 1)) & 0xFFFF_FFFF_FFFFL;
      for (int slot = slot(key, shift); keys[slot] != -1; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          for (int p : opening[slot]) {
            if ((found & groupBits[p]) == 0 && text.startsWith(phrases[p], i)) {
              found |= groupBits[p];
              if (firstOnly || found == allGroups) {
                return found;
              }
            }
          }
          break;
        }
      }
    }
    return found;
  }

  private static long key(String s, int at) {
    return ((long) s.charAt(at) << 32) | ((long) s.charAt(at + 1) << 16) | s.charAt(at + 2);
  }

  private static int slot(long key, int shift) {
    return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> shift);
  }
}

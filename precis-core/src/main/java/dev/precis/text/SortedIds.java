package dev.precis.text;

/**
 * Overlap of two ascending id arrays without repeats (term ids of a sentence, shingle hashes of an
 * article): a merge walk, linear in the two lengths, shared by everything that compares bags of
 * terms.
 */
public final class SortedIds {
  private SortedIds() {}

  /** How many ids the two ascending, repeat-free arrays have in common. */
  public static int intersectionSize(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** How many ids the two ascending, repeat-free arrays have in common. */
  public static int intersectionSize(long[] a, long[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }
}

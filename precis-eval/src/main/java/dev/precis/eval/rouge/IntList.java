package dev.precis.eval.rouge;

import java.util.Arrays;

/** A growable int array, so token lists need no boxing. */
final class IntList {
  private int[] values = new int[64];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  int size() {
    return size;
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  int[] slice(int from, int to) {
    return Arrays.copyOfRange(values, from, to);
  }
}

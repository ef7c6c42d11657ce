package dev.precis.cluster;

import java.util.Arrays;

/**
 * A sparse sum of unit vectors (a story's centroid in one signal), keyed by term id, with its
 * squared length kept up to date. Open addressing: no boxing, so a 100,000-article stream does not
 * churn the heap.
 *
 * <p>Results are exactly reproducible only when terms are added in a reproducible order; the
 * partition guarantees that by numbering terms and processing articles in a canonical order.
 */
final class SumVector {
  private static final int EMPTY = -1;
  /** Dense mode: {@code values[id]} for ids 0 to length - 1, no keys (see {@link #dense}). */
  private final boolean dense;
  private int[] keys;
  private double[] values;
  private int size;
  private double norm2;
  /** Members whose vector in this signal is not empty: a centroid of none is undefined, not 0. */
  int members;

  SumVector() {
    dense = false;
    keys = new int[16];
    Arrays.fill(keys, EMPTY);
    values = new double[16];
  }

  private SumVector(int dimensions) {
    dense = true;
    values = new double[dimensions];
  }

  /** A sum of vectors that have every id from 0 to {@code dimensions - 1} (embeddings). */
  static SumVector dense(int dimensions) {
    return new SumVector(dimensions);
  }

  void add(int[] ids, float[] weights, double sign) {
    if (ids.length == 0) {
      return;
    }
    members += sign > 0 ? 1 : -1;
    if (dense) {
      for (int k = 0; k < ids.length; k++) {
        double old = values[ids[k]];
        double now = old + sign * weights[k];
        values[ids[k]] = now;
        norm2 += now * now - old * old;
      }
      if (members == 0) {
        Arrays.fill(values, 0);
        norm2 = 0;
      }
      return;
    }
    if ((size + ids.length) * 2 > keys.length) {
      grow(size + ids.length);
    }
    for (int k = 0; k < ids.length; k++) {
      int slot = slot(ids[k]);
      if (keys[slot] == EMPTY) {
        keys[slot] = ids[k];
        size++;
      }
      double old = values[slot];
      double now = old + sign * weights[k];
      values[slot] = now;
      norm2 += now * now - old * old;
    }
    if (members == 0) {
      // all members left: start clean rather than keep rounding residue
      Arrays.fill(keys, EMPTY);
      Arrays.fill(values, 0);
      size = 0;
      norm2 = 0;
    }
  }

  double get(int id) {
    if (dense) {
      return values[id];
    }
    int slot = slot(id);
    return keys[slot] == EMPTY ? 0 : values[slot];
  }

  double dot(int[] ids, float[] weights) {
    double sum = 0;
    for (int k = 0; k < ids.length; k++) {
      sum += weights[k] * get(ids[k]);
    }
    return sum;
  }

  double dot(SumVector other) {
    if (dense) {
      double sum = 0;
      for (int id = 0; id < values.length; id++) {
        sum += values[id] * other.get(id);
      }
      return sum;
    }
    if (other.dense || other.size < size) {
      return other.dot(this);
    }
    double sum = 0;
    for (int s = 0; s < keys.length; s++) {
      if (keys[s] != EMPTY) {
        sum += values[s] * other.get(keys[s]);
      }
    }
    return sum;
  }

  double norm() {
    return Math.sqrt(Math.max(0, norm2));
  }

  private int slot(int id) {
    int mask = keys.length - 1;
    int slot = (id * 0x9E3779B9) >>> 7 & mask;
    while (keys[slot] != EMPTY && keys[slot] != id) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow(int needed) {
    int capacity = keys.length;
    while (needed * 2 > capacity) {
      capacity <<= 1;
    }
    int[] oldKeys = keys;
    double[] oldValues = values;
    keys = new int[capacity];
    Arrays.fill(keys, EMPTY);
    values = new double[capacity];
    for (int s = 0; s < oldKeys.length; s++) {
      if (oldKeys[s] != EMPTY) {
        int slot = slot(oldKeys[s]);
        keys[slot] = oldKeys[s];
        values[slot] = oldValues[s];
      }
    }
  }
}

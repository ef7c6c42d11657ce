package dev.precis.cluster;

import dev.precis.text.SortedIds;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A unit-length vector over word ids, ids ascending. Cosine of two is a merge of their id lists.
 *
 * @param ids word ids, ascending, distinct
 * @param weights the weight of each id; with the weight of the article's words of one article (which
 *     have no id), squares sum to 1; empty when the article has no word another has
 */
public record SparseVector(int[] ids, float[] weights) implements Serializable {
  static final SparseVector EMPTY = new SparseVector(new int[0], new float[0]);

  /**
   * Log-scaled counts times IDF, scaled to unit length. A word the vocabulary lacks is a word of
   * one article (or one the statistics have not seen): it can match nothing, so it has no id, but
   * it weighs in the length with the IDF of one article.
   */
  static SparseVector of(TermBag bag, Vocabulary vocabulary, TermStatistics statistics) {
    int[] ids = new int[bag.size()];
    double[] w = new double[bag.size()];
    int n = 0;
    double unmatched = 0;
    for (int k = 0; k < bag.size(); k++) {
      int id = vocabulary.id(bag.key(k));
      double tf = 1 + Math.log(bag.count(k));
      if (id >= 0) {
        ids[n] = id;
        w[n++] = tf * statistics.idf(vocabulary.documentFrequency(id));
      } else {
        double x = tf * statistics.idf(1);
        unmatched += x * x;
      }
    }
    return unit(Arrays.copyOf(ids, n), Arrays.copyOf(w, n), unmatched);
  }

  /** A dense vector (an embedding) as a sparse one over its dimensions, scaled to unit length. */
  static SparseVector dense(float[] values) {
    int[] ids = new int[values.length];
    double[] w = new double[values.length];
    for (int d = 0; d < values.length; d++) {
      ids[d] = d;
      w[d] = values[d];
    }
    return unit(ids, w, 0);
  }

  /** The weights scaled so that they and the unmatched weight (squared) make unit length. */
  private static SparseVector unit(int[] ids, double[] w, double unmatched) {
    // sort by id, carrying weights along; ids are distinct
    Integer[] order = new Integer[ids.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
    double norm = unmatched;
    for (double x : w) {
      norm += x * x;
    }
    if (ids.length == 0 || !(norm > 0) || Double.isInfinite(norm)) {
      return EMPTY;
    }
    norm = Math.sqrt(norm);
    int[] sortedIds = new int[ids.length];
    float[] unit = new float[ids.length];
    for (int k = 0; k < order.length; k++) {
      sortedIds[k] = ids[order[k]];
      unit[k] = (float) (w[order[k]] / norm);
    }
    return new SparseVector(sortedIds, unit);
  }

  public boolean isEmpty() {
    return ids.length == 0;
  }

  public int size() {
    return ids.length;
  }

  /** The dot product, which for two unit vectors is their cosine. */
  public double dot(SparseVector other) {
    int[] a = ids;
    int[] b = other.ids;
    int i = 0;
    int j = 0;
    double sum = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) {
        i++;
      } else if (a[i] > b[j]) {
        j++;
      } else {
        sum += (double) weights[i++] * other.weights[j++];
      }
    }
    return sum;
  }

  /** Number of ids both vectors have. */
  int shared(SparseVector other) {
    return SortedIds.intersectionSize(ids, other.ids);
  }


  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(ids, v.ids)
        && Arrays.equals(weights, v.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(ids);
  }
}

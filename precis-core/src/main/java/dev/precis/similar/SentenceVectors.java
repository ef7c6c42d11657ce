package dev.precis.similar;

import dev.precis.text.AnalyzedCluster;
import java.util.Arrays;

/**
 * TF-IDF vectors of a cluster's sentences, unit length, sparse (sorted term ids with weights).
 * IDF comes from the cluster itself (sentence frequency): a word every sentence uses says little.
 */
public final class SentenceVectors {
  private final int[][] ids;
  private final double[][] weights;
  private final double[] idf;

  public SentenceVectors(AnalyzedCluster cluster) {
    int n = cluster.size();
    idf = new double[cluster.termCount()];
    for (int t = 0; t < idf.length; t++) {
      idf[t] = Math.log(1.0 + (double) n / cluster.termSentenceFrequency(t));
    }
    ids = new int[n][];
    weights = new double[n][];
    for (int s = 0; s < n; s++) {
      int[] terms = cluster.termIds(s).clone();
      Arrays.sort(terms);
      int distinct = 0;
      int[] unique = new int[terms.length];
      double[] w = new double[terms.length];
      for (int k = 0; k < terms.length; k++) {
        if (distinct > 0 && unique[distinct - 1] == terms[k]) {
          w[distinct - 1] += idf[terms[k]];
        } else {
          unique[distinct] = terms[k];
          w[distinct] = idf[terms[k]];
          distinct++;
        }
      }
      double norm = 0;
      for (int k = 0; k < distinct; k++) {
        norm += w[k] * w[k];
      }
      norm = Math.sqrt(norm);
      for (int k = 0; k < distinct; k++) {
        w[k] = norm == 0 ? 0 : w[k] / norm;
      }
      ids[s] = Arrays.copyOf(unique, distinct);
      weights[s] = Arrays.copyOf(w, distinct);
    }
  }

  /** Cosine similarity of two sentences' TF-IDF vectors, in [0, 1]. */
  public double cosine(int a, int b) {
    int[] ia = ids[a];
    int[] ib = ids[b];
    double[] wa = weights[a];
    double[] wb = weights[b];
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ia.length && j < ib.length) {
      if (ia[i] == ib[j]) {
        dot += wa[i++] * wb[j++];
      } else if (ia[i] < ib[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /** Dot product of a sentence's vector with a dense vector indexed by term id. */
  public double dot(int s, double[] dense) {
    double dot = 0;
    int[] is = ids[s];
    double[] ws = weights[s];
    for (int k = 0; k < is.length; k++) {
      dot += ws[k] * dense[is[k]];
    }
    return dot;
  }

  /** Sorted distinct term ids of sentence {@code s} (shared array: do not modify). */
  public int[] ids(int s) {
    return ids[s];
  }

  /** Unit-length weights matching {@link #ids(int)} (shared array: do not modify). */
  public double[] weights(int s) {
    return weights[s];
  }

  public double idf(int term) {
    return idf[term];
  }

  public int dimension() {
    return idf.length;
  }
}

package dev.precis.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * An article's neighbours closest first (ties by index) with their term cosines in the same
 * order: the one order the neighbourhoods of one machine and the Spark job's stages both use.
 *
 * <pre>{@code
 * RankedNeighbours r = RankedNeighbours.byCosine(vectors, i, distinct);
 * r.near(); r.cosines();
 * }</pre>
 */
record RankedNeighbours(int[] near, float[] cosines) {
  /** {@code distinct} (article indices) ranked by their cosine to article {@code i}. */
  static RankedNeighbours byCosine(List<ArticleVector> vectors, int i, int[] distinct) {
    ArticleVector a = vectors.get(i);
    float[] cos = new float[distinct.length];
    for (int k = 0; k < distinct.length; k++) {
      cos[k] = ClusterStages.cosine(a, vectors.get(distinct[k]));
    }
    return sorted(distinct, cos);
  }

  /** {@code neighbours} with their {@code cosines}, in any order, ranked. */
  static RankedNeighbours sorted(int[] neighbours, float[] cosines) {
    Integer[] order = new Integer[neighbours.length];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (x, y) -> cosines[x] != cosines[y] ? Float.compare(cosines[y], cosines[x])
        : Integer.compare(neighbours[x], neighbours[y]));
    int[] near = new int[order.length];
    float[] cos = new float[order.length];
    for (int k = 0; k < order.length; k++) {
      near[k] = neighbours[order[k]];
      cos[k] = cosines[order[k]];
    }
    return new RankedNeighbours(near, cos);
  }
}

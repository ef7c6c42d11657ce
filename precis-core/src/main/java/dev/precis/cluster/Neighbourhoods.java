package dev.precis.cluster;

import java.util.Arrays;
import java.util.List;

/**
 * Each article's neighbours: the candidates it chose and the articles that chose it, closest first
 * by the cosine of their terms (ties by index), and what the pair model reads of them: how close
 * the closest one is, and which neighbours are near enough to count as the article's company.
 *
 * <pre>{@code
 * Neighbourhoods near = CandidateSearch.search(vectors, statistics, 0);
 * int[] js = near.of(i);                 // closest first
 * double best = near.closest(i);         // cosine of the closest, 0 with none
 * int[] company = near.company(i);       // ascending indices
 * }</pre>
 */
final class Neighbourhoods {
  /** Neighbours that count as an article's company at most. */
  static final int COMPANY = 10;
  /** Fraction of the closest neighbour's cosine a neighbour needs to count as company. */
  static final double COMPANY_SHARE = 0.5;
  /**
   * Cosine from which a neighbour is a near-copy of the article (a reprint, an update with a
   * line changed): not another report, so not what its closest report is measured by.
   */
  static final double COPY = 0.9;
  /**
   * Cosine below which a neighbour is no company whatever the others: in a small stream an
   * article on its own still has a closest neighbour, however unlike.
   */
  static final double COMPANY_FLOOR = 0.05;

  private final int[][] neighbours;
  private final float[][] cosines;
  private final int[][] company;
  private final double[] closest;

  private Neighbourhoods(int[][] neighbours, float[][] cosines) {
    this.neighbours = neighbours;
    this.cosines = cosines;
    this.company = new int[neighbours.length][];
    this.closest = new double[neighbours.length];
    for (int i = 0; i < neighbours.length; i++) {
      closest[i] = closestReport(cosines[i]);
      company[i] = companyOf(neighbours[i], cosines[i], closest[i]);
    }
  }

  private static double closestReport(float[] cos) {
    for (float c : cos) {
      if (c < COPY) {
        return c;
      }
    }
    return 0;
  }

  /** Neighbourhoods from each article's chosen candidates: chosen and choosers, closest first. */
  static Neighbourhoods of(List<ArticleVector> vectors, int[][] chosen) {
    int n = chosen.length;
    int[] degree = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j : chosen[i]) {
        degree[i]++;
        degree[j]++;
      }
    }
    int[][] all = new int[n][];
    for (int i = 0; i < n; i++) {
      all[i] = new int[degree[i]];
    }
    int[] fill = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j : chosen[i]) {
        all[i][fill[i]++] = j;
        all[j][fill[j]++] = i;
      }
    }
    int[][] neighbours = new int[n][];
    float[][] cosines = new float[n][];
    java.util.stream.IntStream.range(0, n).parallel().forEach(i -> {
      int[] distinct = Arrays.stream(all[i]).distinct().toArray();
      ArticleVector a = vectors.get(i);
      Integer[] order = new Integer[distinct.length];
      float[] cos = new float[distinct.length];
      for (int k = 0; k < distinct.length; k++) {
        order[k] = k;
        cos[k] = (float) a.terms().dot(vectors.get(distinct[k]).terms());
      }
      Arrays.sort(order, (x, y) -> cos[x] != cos[y] ? Float.compare(cos[y], cos[x])
          : Integer.compare(distinct[x], distinct[y]));
      neighbours[i] = new int[distinct.length];
      cosines[i] = new float[distinct.length];
      for (int k = 0; k < distinct.length; k++) {
        neighbours[i][k] = distinct[order[k]];
        cosines[i][k] = cos[order[k]];
      }
    });
    return new Neighbourhoods(neighbours, cosines);
  }

  int size() {
    return neighbours.length;
  }

  /** Article {@code i}'s neighbours, closest first. */
  int[] of(int i) {
    return neighbours[i];
  }

  /** Term cosines of {@link #of}'s neighbours, in the same order. */
  float[] cosines(int i) {
    return cosines[i];
  }

  /**
   * Cosine of article {@code i}'s closest neighbour that is another report, not a near-copy of
   * it ({@link #COPY}); 0 when it has none.
   */
  double closest(int i) {
    return closest[i];
  }

  /**
   * The neighbours near enough to be article {@code i}'s company: the closest {@link #COMPANY},
   * each at least {@link #COMPANY_SHARE} of the closest report's cosine and at least {@link
   * #COMPANY_FLOOR}; indices ascending.
   */
  int[] company(int i) {
    return company[i];
  }

  private static int[] companyOf(int[] near, float[] cos, double closest) {
    double floor = Math.max(COMPANY_FLOOR, COMPANY_SHARE * closest);
    int count = 0;
    while (count < near.length && count < COMPANY && cos[count] >= floor) {
      count++;
    }
    int[] c = Arrays.copyOf(near, count);
    Arrays.sort(c);
    return c;
  }
}

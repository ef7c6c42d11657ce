package dev.precis.cluster;

import java.util.ArrayList;
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

  private final List<int[]> neighbours = new ArrayList<>();
  private final List<float[]> cosines = new ArrayList<>();
  private final List<int[]> company = new ArrayList<>();
  private final List<Double> closest = new ArrayList<>();

  private Neighbourhoods(int[][] neighbours, float[][] cosines) {
    for (int i = 0; i < neighbours.length; i++) {
      this.neighbours.add(null);
      this.cosines.add(null);
      this.company.add(null);
      this.closest.add(0.0);
      set(i, neighbours[i], cosines[i]);
    }
  }

  /** Replaces article {@code i}'s neighbours (closest first) and what follows from them. */
  private void set(int i, int[] near, float[] cos) {
    neighbours.set(i, near);
    cosines.set(i, cos);
    double c = closestReport(cos);
    closest.set(i, c);
    company.set(i, companyOf(near, cos, c));
  }

  /**
   * Adds articles appended to {@code vectors} with their chosen candidates, and each to the
   * neighbourhood of the articles it chose.
   *
   * @param first index of the first new article; the rest follow in order
   * @return the articles whose neighbourhood changed, new ones included, ascending
   */
  int[] add(List<ArticleVector> vectors, int first, int[][] chosen) {
    java.util.TreeSet<Integer> changed = new java.util.TreeSet<>();
    java.util.Map<Integer, java.util.Set<Integer>> extra = new java.util.HashMap<>();
    for (int k = 0; k < chosen.length; k++) {
      int i = first + k;
      neighbours.add(new int[0]);
      cosines.add(new float[0]);
      company.add(new int[0]);
      closest.add(0.0);
      changed.add(i);
      for (int j : chosen[k]) {
        extra.computeIfAbsent(i, x -> new java.util.TreeSet<>()).add(j);
        extra.computeIfAbsent(j, x -> new java.util.TreeSet<>()).add(i);
        changed.add(j);
      }
    }
    for (var e : extra.entrySet()) {
      int i = e.getKey();
      java.util.Set<Integer> all = new java.util.TreeSet<>(e.getValue());
      for (int j : neighbours.get(i)) {
        all.add(j);
      }
      if (all.size() == neighbours.get(i).length) {
        continue;
      }
      sortByCosine(vectors, i, all.stream().mapToInt(Integer::intValue).toArray());
    }
    return changed.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Sets article {@code i}'s neighbours to these, closest first, ties by index. */
  private void sortByCosine(List<ArticleVector> vectors, int i, int[] distinct) {
    RankedNeighbours ranked = RankedNeighbours.byCosine(vectors, i, distinct);
    set(i, ranked.near(), ranked.cosines());
  }


  static double closestReport(float[] cos) {
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
      RankedNeighbours ranked =
          RankedNeighbours.byCosine(vectors, i, Arrays.stream(all[i]).distinct().toArray());
      neighbours[i] = ranked.near();
      cosines[i] = ranked.cosines();
    });
    return new Neighbourhoods(neighbours, cosines);
  }

  int size() {
    return neighbours.size();
  }

  /** Article {@code i}'s neighbours, closest first. */
  int[] of(int i) {
    return neighbours.get(i);
  }

  /** Term cosines of {@link #of}'s neighbours, in the same order. */
  float[] cosines(int i) {
    return cosines.get(i);
  }

  /**
   * Cosine of article {@code i}'s closest neighbour that is another report, not a near-copy of
   * it ({@link #COPY}); 0 when it has none.
   */
  double closest(int i) {
    return closest.get(i);
  }

  /**
   * The neighbours near enough to be article {@code i}'s company: the closest {@link #COMPANY},
   * each at least {@link #COMPANY_SHARE} of the closest report's cosine and at least {@link
   * #COMPANY_FLOOR}; indices ascending.
   */
  int[] company(int i) {
    return company.get(i);
  }

  static int[] companyOf(int[] near, float[] cos, double closest) {
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

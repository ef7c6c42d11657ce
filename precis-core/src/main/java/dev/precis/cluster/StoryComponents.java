package dev.precis.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Components of the likely pairs: articles joined, directly or through others, by candidate pairs
 * whose score reaches the link threshold. No story can span two components, so each component is
 * clustered on its own (on another thread or machine) with nothing else as input.
 *
 * <pre>{@code
 * List<int[]> parts = StoryComponents.of(n, edges, 1000);   // edges strongest first
 * }</pre>
 *
 * <p>Links are added strongest first, and one that would make a component larger than {@code
 * maxSize} is left out: a component too large to cluster exactly is split along its weakest
 * links. A component held together by near-copies alone can then be cut into pieces of at most
 * that size; below it, the result is plain connectivity.
 */
final class StoryComponents {
  private StoryComponents() {}

  /**
   * A candidate pair and its score.
   *
   * @param i the smaller index
   * @param j the larger index
   * @param score the pair's score
   */
  record Edge(int i, int j, double score) {}

  /**
   * The components, each ascending, ordered by their smallest index; every index from 0 to
   * {@code n - 1} is in exactly one.
   *
   * @param edges the links that reach the threshold, in any order
   */
  static List<int[]> of(int n, List<Edge> edges, int maxSize) {
    Edge[] sorted = edges.toArray(Edge[]::new);
    Arrays.sort(sorted, (x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score())
        : x.i() != y.i() ? Integer.compare(x.i(), y.i()) : Integer.compare(x.j(), y.j()));
    int[] parent = new int[n];
    int[] size = new int[n];
    for (int k = 0; k < n; k++) {
      parent[k] = k;
      size[k] = 1;
    }
    for (Edge e : sorted) {
      int a = find(parent, e.i());
      int b = find(parent, e.j());
      if (a != b && size[a] + size[b] <= maxSize) {
        int root = Math.min(a, b);
        int other = Math.max(a, b);
        parent[other] = root;
        size[root] += size[other];
      }
    }
    int[] componentOf = new int[n];
    Arrays.fill(componentOf, -1);
    List<List<Integer>> members = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      int root = find(parent, k);
      if (componentOf[root] < 0) {
        componentOf[root] = members.size();
        members.add(new ArrayList<>());
      }
      members.get(componentOf[root]).add(k);
    }
    List<int[]> components = new ArrayList<>(members.size());
    for (List<Integer> m : members) {
      components.add(m.stream().mapToInt(Integer::intValue).toArray());
    }
    return components;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}

package dev.precis.eval.cluster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a clustering goes wrong, for a person to read: the found clusters that mix gold clusters
 * (precision errors) and the gold clusters spread over several found ones (recall errors),
 * largest first. Scores say how much; this says which.
 *
 * @param mixed found clusters holding items of more than one gold cluster
 * @param split gold clusters whose items are in more than one found cluster
 */
public record ClusteringErrors(List<Group> mixed, List<Group> split) {

  /**
   * One cluster and how its items are spread over the clusters of the other side.
   *
   * @param id the cluster's label (a found story's id, or a gold label)
   * @param size its number of items
   * @param parts label of the other side to number of its items here, largest first, then by
   *     label
   */
  public record Group(String id, int size, Map<String, Integer> parts) {}

  /**
   * The errors of {@code predicted} against {@code gold} (both item to cluster label; the same
   * items), at most {@code limit} of each kind, largest first (ties by label).
   */
  public static <K> ClusteringErrors of(Map<K, ?> gold, Map<K, ?> predicted, int limit) {
    Map<String, Map<String, Integer>> byFound = new TreeMap<>();
    Map<String, Map<String, Integer>> byGold = new TreeMap<>();
    for (Map.Entry<K, ?> e : gold.entrySet()) {
      Object found = predicted.get(e.getKey());
      if (found == null) {
        throw new IllegalArgumentException("no predicted cluster for item " + e.getKey());
      }
      String g = String.valueOf(e.getValue());
      String f = String.valueOf(found);
      byFound.computeIfAbsent(f, k -> new TreeMap<>()).merge(g, 1, Integer::sum);
      byGold.computeIfAbsent(g, k -> new TreeMap<>()).merge(f, 1, Integer::sum);
    }
    return new ClusteringErrors(worst(byFound, limit), worst(byGold, limit));
  }

  private static List<Group> worst(Map<String, Map<String, Integer>> clusters, int limit) {
    List<Group> groups = new ArrayList<>();
    for (Map.Entry<String, Map<String, Integer>> c : clusters.entrySet()) {
      if (c.getValue().size() < 2) {
        continue;
      }
      List<Map.Entry<String, Integer>> parts = new ArrayList<>(c.getValue().entrySet());
      parts.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
          .thenComparing(Map.Entry.comparingByKey()));
      Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
      int size = 0;
      for (Map.Entry<String, Integer> p : parts) {
        ordered.put(p.getKey(), p.getValue());
        size += p.getValue();
      }
      groups.add(new Group(c.getKey(), size, java.util.Collections.unmodifiableMap(ordered)));
    }
    groups.sort(Comparator.comparingInt(Group::size).reversed().thenComparing(Group::id));
    return List.copyOf(groups.subList(0, Math.min(limit, groups.size())));
  }
}

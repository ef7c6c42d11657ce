package dev.precis.cluster;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stories of a growing stream, kept up to date batch by batch: only the components a batch
 * touches are clustered again. What a service pays per batch, instead of clustering everything.
 *
 * <pre>{@code
 * LiveStories live = LiveStories.of(profiles, options);   // a full analysis
 * Set<String> changed = live.add(batch);                   // ids of stories that changed or went
 * live.stories();
 * }</pre>
 *
 * <p><b>When the stories equal clustering everything anew.</b> Right after {@link #of} (a full
 * analysis of the articles so far), exactly. After {@link #add}, they may differ in two ways
 * until the next full analysis: the batch is weighed by the statistics of the last full analysis
 * (IDF does not move, and words it has not seen count for nothing), and an article already in the
 * stream does not search for candidates again, so a newer article reaches it only when the newer
 * one chooses it. {@link StoryClusterer} runs a full analysis again whenever the stream has grown
 * by {@link StoryClusterer#REFRESH_GROWTH} since the last one.
 */
final class LiveStories {
  private final StreamAnalysis analysis;
  private final PairScorer scorer;
  /** Links of at least the link threshold, by node: the other node and the score. */
  private final List<Map<Integer, Double>> links = new ArrayList<>();
  /** Each node's component, named by its smallest node. */
  private final List<Integer> componentOf = new ArrayList<>();
  private final Map<Integer, int[]> components = new HashMap<>();
  /**
   * The pair scores of each component, rows in the order of its nodes: a batch recomputes only
   * the pairs of the nodes it touched.
   */
  private final Map<Integer, float[][]> scores = new HashMap<>();
  /** Each node's row in its component's scores. */
  private final List<Integer> rowOf = new ArrayList<>();
  private final Map<Integer, List<Story>> storiesOf = new HashMap<>();

  private LiveStories(StreamAnalysis analysis, PairScorer scorer) {
    this.analysis = analysis;
    this.scorer = scorer;
    for (int i = 0; i < analysis.size(); i++) {
      links.add(new HashMap<>());
      componentOf.add(-1);
      rowOf.add(-1);
    }
    for (StoryComponents.Edge e : analysis.links(scorer)) {
      links.get(e.i()).put(e.j(), e.score());
      links.get(e.j()).put(e.i(), e.score());
    }
    int[] all = new int[analysis.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    recluster(all, Set.of(), Map.of());
  }

  /** A full analysis of these articles. */
  static LiveStories of(List<ArticleProfile> profiles, ClusterOptions options) {
    return new LiveStories(StreamAnalysis.of(profiles, options.windowDays()), options.scorer());
  }

  /** Number of articles, copies counted. */
  int articles() {
    return analysis.articles();
  }

  /** All stories, largest first, then by id. */
  List<Story> stories() {
    List<Story> all = new ArrayList<>();
    for (List<Story> s : storiesOf.values()) {
      all.addAll(s);
    }
    all.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
    return all;
  }

  /**
   * What a batch changed.
   *
   * @param gone stories that are no more (a story that changed is gone and made again)
   * @param made stories that are new or changed
   */
  record Change(List<Story> gone, List<Story> made) {
    /** The ids of the stories that are new, changed or gone, ascending. */
    Set<String> ids() {
      Set<String> ids = new TreeSet<>();
      gone.forEach(s -> ids.add(s.id()));
      made.forEach(s -> ids.add(s.id()));
      return ids;
    }
  }

  /** Adds a batch and clusters again the components it touches. */
  Change add(List<ArticleProfile> batch) {
    int before = analysis.size();
    StreamAnalysis.Update update = analysis.add(batch);
    int[] touched = update.touched();
    for (int i = before; i < analysis.size(); i++) {
      links.add(new HashMap<>());
      componentOf.add(-1);
      rowOf.add(-1);
    }
    // a rescored node's neighbourhood changed, so every pair it is in may score otherwise
    for (int a : update.rescored()) {
      for (int j : analysis.neighbours(a)) {
        double s = analysis.score(scorer, a, j);
        if (s >= scorer.linkThreshold()) {
          links.get(a).put(j, s);
          links.get(j).put(a, s);
        } else {
          links.get(a).remove(j);
          links.get(j).remove(a);
        }
      }
    }
    // the old components of the touched nodes, and any a link now reaches
    Set<Integer> region = new TreeSet<>();
    Set<Integer> oldComponents = new LinkedHashSet<>();
    Deque<Integer> todo = new ArrayDeque<>();
    for (int a : touched) {
      todo.add(a);
    }
    while (!todo.isEmpty()) {
      int node = todo.poll();
      if (!region.add(node)) {
        continue;
      }
      int c = componentOf.get(node);
      if (c >= 0 && oldComponents.add(c)) {
        for (int m : components.get(c)) {
          todo.add(m);
        }
      }
      todo.addAll(links.get(node).keySet());
    }
    Set<Story> old = new HashSet<>();
    Map<Integer, float[][]> oldScores = new HashMap<>();
    for (int c : oldComponents) {
      old.addAll(storiesOf.remove(c));
      components.remove(c);
      oldScores.put(c, scores.remove(c));
    }
    Set<Story> now = new HashSet<>(recluster(region.stream().mapToInt(Integer::intValue)
        .toArray(), update.rescored(), oldScores));
    List<Story> gone = new ArrayList<>();
    for (Story s : old) {
      if (!now.contains(s)) {
        gone.add(s);
      }
    }
    List<Story> made = new ArrayList<>();
    for (Story s : now) {
      if (!old.contains(s)) {
        made.add(s);
      }
    }
    gone.sort(Comparator.comparing(Story::id));
    made.sort(Comparator.comparing(Story::id));
    return new Change(gone, made);
  }

  /**
   * Components of these nodes from their links among themselves, and their stories. A pair of
   * untouched nodes that shared a component keeps the score it had there.
   *
   * @param touched nodes whose pairs must be scored again
   * @param oldScores the scores of the components the nodes were in, by component
   */
  private List<Story> recluster(int[] region, Set<Integer> touched,
      Map<Integer, float[][]> oldScores) {
    Map<Integer, Integer> local = new HashMap<>();
    for (int k = 0; k < region.length; k++) {
      local.put(region[k], k);
    }
    List<StoryComponents.Edge> edges = new ArrayList<>();
    for (int k = 0; k < region.length; k++) {
      // in node order, so the edge list (and the size cap's ties) do not depend on map order
      for (Map.Entry<Integer, Double> e : new TreeMap<>(links.get(region[k])).entrySet()) {
        Integer other = local.get(e.getKey());
        if (other != null && other > k) {
          edges.add(new StoryComponents.Edge(k, other, e.getValue()));
        }
      }
    }
    int[] oldComponent = new int[region.length];
    int[] oldRow = new int[region.length];
    boolean[] rescore = new boolean[region.length];
    for (int k = 0; k < region.length; k++) {
      oldComponent[k] = componentOf.get(region[k]);
      oldRow[k] = rowOf.get(region[k]);
      rescore[k] = touched.contains(region[k]);
    }
    List<int[]> parts = StoryComponents.of(region.length, edges, StreamAnalysis.MAX_COMPONENT);
    List<float[][]> matrices = parts.parallelStream().map(part -> {
      int m = part.length;
      float[][] matrix = new float[m][m];
      for (int x = 0; x < m; x++) {
        int a = part[x];
        float[] oldRowOfA = oldComponent[a] >= 0 && !rescore[a]
            ? oldScores.get(oldComponent[a])[oldRow[a]] : null;
        for (int y = x + 1; y < m; y++) {
          int b = part[y];
          float s = oldRowOfA != null && oldComponent[a] == oldComponent[b] && !rescore[b]
              ? oldRowOfA[oldRow[b]] : analysis.score(scorer, region[a], region[b]);
          matrix[x][y] = s;
          matrix[y][x] = s;
        }
      }
      return matrix;
    }).toList();
    List<Story> made = new ArrayList<>();
    List<List<Story>> clustered = new ArrayList<>(parts.size());
    List<int[]> nodesOfParts = new ArrayList<>(parts.size());
    for (int[] part : parts) {
      int[] nodes = new int[part.length];
      for (int k = 0; k < part.length; k++) {
        nodes[k] = region[part[k]];
      }
      nodesOfParts.add(nodes);
    }
    java.util.stream.IntStream.range(0, parts.size()).parallel().mapToObj(p ->
        analysis.storiesOf(nodesOfParts.get(p), matrices.get(p),
            new double[] {scorer.mergeThreshold()}).get(0)).forEachOrdered(clustered::add);
    for (int p = 0; p < parts.size(); p++) {
      int[] nodes = nodesOfParts.get(p);
      int name = nodes[0];
      for (int k = 0; k < nodes.length; k++) {
        componentOf.set(nodes[k], name);
        rowOf.set(nodes[k], k);
      }
      components.put(name, nodes);
      scores.put(name, matrices.get(p));
      storiesOf.put(name, clustered.get(p));
      made.addAll(clustered.get(p));
    }
    return made;
  }
}

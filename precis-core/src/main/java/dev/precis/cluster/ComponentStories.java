package dev.precis.cluster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The stories of one component: average-link over the scores of all its pairs, each group a
 * story. The last stage, a function of the component's nodes and their pair scores alone.
 *
 * <pre>{@code
 * List<Story> stories = ComponentStories.cluster(nodes, scores, new double[] {-3.0}).get(0);
 * }</pre>
 */
final class ComponentStories {
  private ComponentStories() {}

  /**
   * A node of a component: its articles (copies of one text) and what a story says of them.
   *
   * @param members article ids, ascending
   * @param profile the profile of the node's text
   */
  record Node(List<String> members, ArticleProfile profile) {}

  /**
   * The stories at each threshold.
   *
   * @param nodes the component's nodes, in index order
   * @param scores pair scores, symmetric, rows in the order of {@code nodes}
   */
  static List<List<Story>> cluster(List<Node> nodes, float[][] scores, double[] thresholds) {
    int m = nodes.size();
    float[][] work = new float[m][];
    int[] weights = new int[m];
    for (int x = 0; x < m; x++) {
      work[x] = scores[x].clone();
      weights[x] = nodes.get(x).members().size();
    }
    List<AverageLinkage.Merge> dendrogram = AverageLinkage.dendrogram(work, weights);
    List<List<Story>> result = new ArrayList<>(thresholds.length);
    for (double t : thresholds) {
      List<Story> stories = new ArrayList<>();
      for (int[] group : AverageLinkage.cut(dendrogram, m, t)) {
        stories.add(story(nodes, group, scores));
      }
      result.add(stories);
    }
    return result;
  }

  /**
   * A story of a group: its id is the smallest article id, its title the headline of its most
   * central article (highest mean score with the others; one with a headline of its own first),
   * its articles in date order (undated first), then by id.
   */
  private static Story story(List<Node> nodes, int[] group, float[][] scores) {
    int central = -1;
    boolean centralTitled = false;
    double bestCentrality = Double.NEGATIVE_INFINITY;
    int first = Integer.MAX_VALUE;
    int last = Integer.MIN_VALUE;
    String id = null;
    for (int g = 0; g < group.length; g++) {
      Node node = nodes.get(group[g]);
      ArticleProfile p = node.profile();
      if (p.dated()) {
        first = Math.min(first, p.day());
        last = Math.max(last, p.day());
      }
      if (id == null || node.members().get(0).compareTo(id) < 0) {
        id = node.members().get(0);
      }
      if (p.headline() == null || (centralTitled && !p.hasTitle())) {
        continue;
      }
      double sum = 0;
      int others = 0;
      for (int o : group) {
        int count = nodes.get(o).members().size() - (o == group[g] ? 1 : 0);
        if (count > 0) {
          sum += count * (o == group[g] ? SameStoryModel.LIMIT : scores[group[g]][o]);
          others += count;
        }
      }
      double centrality = others > 0 ? sum / others : 0;
      if (centrality > bestCentrality || (p.hasTitle() && !centralTitled)) {
        bestCentrality = centrality;
        central = group[g];
        centralTitled = p.hasTitle();
      }
    }
    record Dated(int day, String id) {}
    List<Dated> dated = new ArrayList<>();
    for (int g : group) {
      Node node = nodes.get(g);
      for (String member : node.members()) {
        dated.add(new Dated(node.profile().day(), member));
      }
    }
    dated.sort(Comparator.comparingInt(Dated::day).thenComparing(Dated::id));
    List<String> ids = new ArrayList<>(dated.size());
    for (Dated d : dated) {
      ids.add(d.id());
    }
    String title = central >= 0 ? nodes.get(central).profile().headline() : "";
    return new Story(id, title, ids,
        first == Integer.MAX_VALUE ? null : LocalDate.ofEpochDay(first).toString(),
        last == Integer.MIN_VALUE ? null : LocalDate.ofEpochDay(last).toString());
  }
}

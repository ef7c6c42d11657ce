package dev.precis.cluster;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The stages of {@link StreamAnalysis} as functions of explicit inputs, for running a stream too
 * large for one machine (the Spark job does): each takes what one record or one group holds, and
 * the same inputs give the same outputs as the whole-set analysis, to the bit.
 *
 * <pre>{@code
 * // per article, with the stream's statistics broadcast:
 * ArticleVector v = ArticleVector.of(profile, statistics);
 * int[] terms = ClusterStages.queryTerms(v, statistics);
 * // per term, its answers: the SCAN articles it weighs most in ({@link #ANSWER_ORDER})
 * int[] chosen = ClusterStages.candidates(index, v, statistics, answersOfItsQueryTerms, window);
 * // per article, its neighbours (chosen and choosers) with their cosines:
 * ArticleContext context = ClusterStages.context(index, neighbours, cosines);
 * // per candidate pair:
 * float score = ClusterStages.score(options, a, contextA, b, contextB);
 * // per component of the pairs that reach ClusterStages.linkThreshold(options):
 * List<Story> stories = ClusterStages.stories(nodes, links, options);
 * }</pre>
 *
 * <p>Articles are nodes: copies of one text (same {@link ArticleProfile#sameContent}) are one
 * node, indexed in the order of their smallest article id. A page of web notices is always a node
 * of its own.
 */
public final class ClusterStages {
  /** Articles each term answers with. */
  public static final int SCAN = CandidateSearch.SCAN;
  /** The largest component clustered exactly; see {@link StreamAnalysis#MAX_COMPONENT}. */
  public static final int MAX_COMPONENT = StreamAnalysis.MAX_COMPONENT;

  private ClusterStages() {}

  /**
   * One answer of a term: an article and the term's weight in it.
   *
   * @param index the article's node index
   * @param weight the term's weight in its vector
   * @param day its epoch day, or {@link ArticleProfile#NO_DATE}
   */
  public record Answer(int index, float weight, int day) implements Serializable {}

  /** How a term's answers are ranked: heaviest first, ties by index. Keep the first SCAN. */
  public static final java.util.Comparator<Answer> ANSWER_ORDER = (x, y) ->
      x.weight() != y.weight() ? Float.compare(y.weight(), x.weight())
          : Integer.compare(x.index(), y.index());

  /**
   * The terms an article asks with, in the order their products are summed: term ids.
   */
  public static int[] queryTerms(ArticleVector v, TermStatistics statistics) {
    if (v.failedFetch()) {
      return new int[0];
    }
    int[] positions = CandidateSearch.queryTerms(v.terms(), statistics);
    int[] ids = new int[positions.length];
    for (int k = 0; k < ids.length; k++) {
      ids[k] = v.terms().ids()[positions[k]];
    }
    return ids;
  }

  /**
   * An article's chosen candidates, best first: the same as the whole-set search.
   *
   * @param index the article's node index
   * @param answers for each of its query terms (by term id), the term's answers in {@link
   *     #ANSWER_ORDER}, at most {@link #SCAN}; a term without any may be missing
   */
  public static int[] candidates(int index, ArticleVector v, TermStatistics statistics,
      Map<Integer, List<Answer>> answers, int windowDays) {
    if (v.failedFetch()) {
      return new int[0];
    }
    int[] query = CandidateSearch.queryTerms(v.terms(), statistics);
    // the indices met, numbered in their own order, so ties by index stay ties by index
    TreeSet<Integer> met = new TreeSet<>();
    met.add(index);
    for (int q : query) {
      for (Answer a : answers.getOrDefault(v.terms().ids()[q], List.of())) {
        met.add(a.index());
      }
    }
    int[] global = met.stream().mapToInt(Integer::intValue).toArray();
    CandidateSearch.Answers[] given = new CandidateSearch.Answers[query.length];
    for (int k = 0; k < query.length; k++) {
      List<Answer> list = answers.getOrDefault(v.terms().ids()[query[k]], List.of());
      int n = Math.min(SCAN, list.size());
      int[] nodes = new int[n];
      float[] weights = new float[n];
      int[] days = new int[n];
      for (int p = 0; p < n; p++) {
        Answer a = list.get(p);
        nodes[p] = Arrays.binarySearch(global, a.index());
        weights[p] = a.weight();
        days[p] = a.day();
      }
      given[k] = new CandidateSearch.Answers(nodes, weights, days, n);
    }
    int[] local = CandidateSearch.choose(Arrays.binarySearch(global, index), v, query, given,
        windowDays, new CandidateSearch.Scratch(global.length));
    int[] chosen = new int[local.length];
    for (int k = 0; k < local.length; k++) {
      chosen[k] = global[local[k]];
    }
    return chosen;
  }

  /** The cosine of two articles' terms, as neighbourhoods rank them. */
  public static float cosine(ArticleVector a, ArticleVector b) {
    return (float) a.terms().dot(b.terms());
  }

  /**
   * An article's context from its neighbours (the candidates it chose and the articles that
   * chose it, each once) and their cosines ({@link #cosine}), in any order.
   */
  public static ArticleContext context(int index, int[] neighbours, float[] cosines) {
    RankedNeighbours ranked = RankedNeighbours.sorted(neighbours, cosines);
    return ArticleContext.of(index, ranked.near(), ranked.cosines());
  }


  /** The score of a candidate pair under these options (log-odds for the learned method). */
  public static float score(ClusterOptions options, ArticleVector a, ArticleContext ca,
      ArticleVector b, ArticleContext cb) {
    return StreamAnalysis.score(options.scorer(), a, ca, b, cb, options.windowDays());
  }

  /** The score a candidate pair needs to link two articles' components. */
  public static double linkThreshold(ClusterOptions options) {
    return options.scorer().linkThreshold();
  }

  /**
   * A node: one article, or copies of one text.
   *
   * @param index its node index
   * @param members its article ids, ascending
   * @param profile its profile
   * @param vector its vector
   * @param context its context
   */
  public record Node(int index, List<String> members, ArticleProfile profile, ArticleVector vector,
      ArticleContext context) implements Serializable {
    public Node {
      members = List.copyOf(members);
      Objects.requireNonNull(profile, "profile");
    }
  }

  /**
   * A candidate pair that reaches the link threshold.
   *
   * @param a the smaller node index
   * @param b the larger
   * @param score its score
   */
  public record Link(int a, int b, float score) implements Serializable {}

  /**
   * The stories of one component of the links (every node joined to the others through links):
   * split along its weakest links beyond {@link #MAX_COMPONENT}, then average-link inside each
   * part. The same stories as the whole-set analysis gives these nodes.
   *
   * @param nodes the component's nodes, in any order
   * @param links its links, each once
   */
  public static List<Story> stories(List<Node> nodes, List<Link> links, ClusterOptions options) {
    PairScorer scorer = options.scorer();
    List<Node> sorted = new ArrayList<>(nodes);
    sorted.sort(java.util.Comparator.comparingInt(Node::index));
    int[] indices = sorted.stream().mapToInt(Node::index).toArray();
    List<StoryComponents.Edge> edges = new ArrayList<>(links.size());
    for (Link l : links) {
      edges.add(new StoryComponents.Edge(Arrays.binarySearch(indices, l.a()),
          Arrays.binarySearch(indices, l.b()), l.score()));
    }
    List<Story> stories = new ArrayList<>();
    for (int[] part : StoryComponents.of(sorted.size(), edges, MAX_COMPONENT)) {
      int m = part.length;
      float[][] scores = new float[m][m];
      List<ComponentStories.Node> parts = new ArrayList<>(m);
      for (int x = 0; x < m; x++) {
        Node a = sorted.get(part[x]);
        parts.add(new ComponentStories.Node(a.members(), a.profile()));
        for (int y = x + 1; y < m; y++) {
          Node b = sorted.get(part[y]);
          float s = StreamAnalysis.score(scorer, a.vector(), a.context(), b.vector(), b.context(),
              options.windowDays());
          scores[x][y] = s;
          scores[y][x] = s;
        }
      }
      stories.addAll(ComponentStories.cluster(parts, scores,
          new double[] {scorer.mergeThreshold()}).get(0));
    }
    return stories;
  }
}

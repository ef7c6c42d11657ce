package dev.precis.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A set of articles made ready for clustering, then clustered, in stages that each do one job:
 *
 * <ol>
 *   <li>{@link TermStatistics}: document frequencies of the whole set (or given, when the set is
 *       one part of a larger stream);
 *   <li>{@link ArticleVector}: each profile weighed by them;
 *   <li>{@link CandidateSearch}: blocking, each article's few likely neighbours;
 *   <li>pair scores ({@link PairScorer}) of the candidate pairs;
 *   <li>{@link StoryComponents}: components of the pairs that reach the link threshold;
 *   <li>{@link AverageLinkage} inside each component, on the scores of all its pairs.
 * </ol>
 *
 * <pre>{@code
 * StreamAnalysis analysis = StreamAnalysis.of(profiles, 0);
 * List<Story> stories = analysis.cluster(ClusterOptions.defaults());
 * double[] x = analysis.features(i, j);        // what the pair model reads of two articles
 * }</pre>
 *
 * <p>Everything is a function of the set: articles are indexed in id order, ties everywhere are
 * broken by index, so the same articles in any order, on any number of threads, give the same
 * stories.
 */
public final class StreamAnalysis {
  /**
   * Largest component clustered exactly (all its pairs scored). A larger one is split along its
   * weakest links first ({@link StoryComponents}); streams of news rarely hold a story this big
   * apart from copies of one report.
   */
  public static final int MAX_COMPONENT = 500;

  /** One profile per distinct content: copies of one text are one node, counted as many. */
  private final List<ArticleProfile> nodes = new ArrayList<>();
  /** The articles of each node, ids ascending. */
  private final List<List<String>> members = new ArrayList<>();
  private final Map<Integer, List<Integer>> byContent = new HashMap<>();
  private final TermStatistics statistics;
  private final List<ArticleVector> vectors;
  private final CandidateSearch search;
  private final Neighbourhoods neighbourhoods;
  private final List<ArticleContext> contexts = new ArrayList<>();
  private final int windowDays;

  private StreamAnalysis(ArticleProfile[] sorted, TermStatistics statistics, int windowDays) {
    this.statistics = statistics;
    this.windowDays = windowDays;
    for (ArticleProfile p : sorted) {
      place(p);
    }
    this.vectors = new ArrayList<>(nodes.parallelStream()
        .map(p -> ArticleVector.of(p, statistics)).toList());
    this.search = CandidateSearch.of(vectors, statistics, windowDays);
    this.neighbourhoods = Neighbourhoods.of(vectors, search.chooseAll());
    for (int i = 0; i < nodes.size(); i++) {
      contexts.add(ArticleContext.of(neighbourhoods, i));
    }
  }

  /**
   * Puts an article in the node of its content, or a new node (a page of notices always stands
   * alone, even beside an identical one).
   *
   * @return the node, and whether it is new
   */
  private int[] place(ArticleProfile p) {
    if (!p.failedFetch()) {
      for (int candidate : byContent.getOrDefault(p.contentHash(), List.of())) {
        if (nodes.get(candidate).sameContent(p)) {
          List<String> ids = members.get(candidate);
          int at = java.util.Collections.binarySearch(ids, p.id());
          ids.add(-at - 1, p.id());
          return new int[] {candidate, 0};
        }
      }
    }
    int node = nodes.size();
    nodes.add(p);
    members.add(new ArrayList<>(List.of(p.id())));
    if (!p.failedFetch()) {
      byContent.computeIfAbsent(p.contentHash(), h -> new ArrayList<>()).add(node);
    }
    return new int[] {node, 1};
  }

  /**
   * What {@link #add} changed.
   *
   * @param touched nodes that are new, gained a copy, or whose neighbourhood changed: their
   *     components are clustered again
   * @param rescored nodes whose pairs score otherwise now (new ones, and those whose closest
   *     report or company changed); a subset of {@code touched}
   */
  record Update(int[] touched, Set<Integer> rescored) {}

  /**
   * Adds articles to the analysis, weighed by the statistics it was made with (words they use
   * that the statistics lack count for nothing until the next full analysis). Each new article
   * searches for its candidates among all; the articles it chooses gain it as a neighbour; no
   * other article searches again.
   */
  Update add(List<ArticleProfile> batch) {
    java.util.TreeSet<Integer> touched = new java.util.TreeSet<>();
    Set<Integer> rescored = new HashSet<>();
    List<Integer> added = new ArrayList<>();
    for (ArticleProfile p : batch) {
      int[] placed = place(p);
      touched.add(placed[0]);
      if (placed[1] == 1) {
        added.add(placed[0]);
        rescored.add(placed[0]);
      }
    }
    if (!added.isEmpty()) {
      int first = added.get(0);
      for (int node : added) {
        vectors.add(ArticleVector.of(nodes.get(node), statistics));
        search.add(node);
      }
      CandidateSearch.Scratch scratch = new CandidateSearch.Scratch(vectors.size());
      int[][] chosen = new int[added.size()][];
      for (int k = 0; k < chosen.length; k++) {
        chosen[k] = search.choose(added.get(k), scratch);
      }
      for (int i = contexts.size(); i < nodes.size(); i++) {
        contexts.add(null);
      }
      for (int node : neighbourhoods.add(vectors, first, chosen)) {
        ArticleContext now = ArticleContext.of(neighbourhoods, node);
        ArticleContext was = contexts.set(node, now);
        if (was == null || !was.sameAs(now)) {
          rescored.add(node);
        }
        touched.add(node);
      }
    }
    return new Update(touched.stream().mapToInt(Integer::intValue).toArray(), rescored);
  }

  /** The analysis of a set of articles, with statistics of the set itself. */
  public static StreamAnalysis of(Collection<ArticleProfile> profiles, int windowDays) {
    return of(profiles, TermStatistics.of(profiles), windowDays);
  }

  /**
   * The analysis of a set of articles with statistics given: those of a larger stream the set is
   * part of, or of an earlier state of the stream.
   *
   * @param windowDays 0, or the most days two dated articles of one story may be apart
   */
  public static StreamAnalysis of(Collection<ArticleProfile> profiles, TermStatistics statistics,
      int windowDays) {
    ArticleProfile[] sorted = profiles.toArray(ArticleProfile[]::new);
    Arrays.sort(sorted, Comparator.comparing(ArticleProfile::id));
    for (int k = 1; k < sorted.length; k++) {
      if (sorted[k].id().equals(sorted[k - 1].id())) {
        throw new dev.precis.PrecisException("duplicate article id '" + sorted[k].id() + "'");
      }
    }
    return new StreamAnalysis(sorted, statistics, windowDays);
  }

  /**
   * Number of nodes: distinct articles, copies of one text counted once (a page of web notices is
   * always a node of its own).
   */
  public int size() {
    return nodes.size();
  }

  /** The smallest id of a node's articles (nodes follow the order of these ids). */
  public String id(int i) {
    return members.get(i).get(0);
  }

  /** The ids of a node's articles, ascending: one, or several copies of one text. */
  public List<String> members(int i) {
    return List.copyOf(members.get(i));
  }

  /** Number of articles, copies counted. */
  int articles() {
    int n = 0;
    for (List<String> m : members) {
      n += m.size();
    }
    return n;
  }

  /** A node's candidate neighbours, closest first. */
  int[] neighbours(int i) {
    return neighbourhoods.of(i);
  }

  /** The statistics the articles were weighed with. */
  public TermStatistics statistics() {
    return statistics;
  }

  /** All {@link PairFeatures} of two nodes, in the order of {@link PairFeatures#NAMES}. */
  public double[] features(int i, int j) {
    return PairFeatures.of(vectors.get(i), contexts.get(i), vectors.get(j), contexts.get(j));
  }

  /** Whether a node is a page of web notices, which stands alone. */
  public boolean failedFetch(int i) {
    return nodes.get(i).failedFetch();
  }

  /** The stories of the set under these options, largest first, then by id. */
  public List<Story> cluster(ClusterOptions options) {
    PairScorer scorer = options.scorer();
    return cluster(scorer, new double[] {scorer.mergeThreshold()}).get(0);
  }

  /**
   * The stories at each of several merge thresholds (on the method's own scale: log-odds for
   * {@code learned}), all else as {@code options} say: the work up to the dendrograms is done
   * once. For choosing a threshold.
   */
  public List<List<Story>> cluster(ClusterOptions options, double[] mergeThresholds) {
    return cluster(options.scorer(), mergeThresholds);
  }

  private List<List<Story>> cluster(PairScorer scorer, double[] thresholds) {
    List<int[]> components = StoryComponents.of(size(), links(scorer), MAX_COMPONENT);
    List<List<List<Story>>> perComponent = components.parallelStream()
        .map(c -> storiesOf(c, scorer, thresholds)).toList();
    List<List<Story>> result = new ArrayList<>(thresholds.length);
    for (int t = 0; t < thresholds.length; t++) {
      List<Story> stories = new ArrayList<>();
      for (List<List<Story>> c : perComponent) {
        stories.addAll(c.get(t));
      }
      stories.sort(Comparator.comparingInt(Story::size).reversed().thenComparing(Story::id));
      result.add(List.copyOf(stories));
    }
    return result;
  }

  /** The candidate pairs whose score reaches the link threshold. */
  List<StoryComponents.Edge> links(PairScorer scorer) {
    int n = size();
    List<List<StoryComponents.Edge>> perArticle = IntStream.range(0, n).parallel()
        .mapToObj(i -> {
          List<StoryComponents.Edge> mine = new ArrayList<>();
          for (int j : neighbourhoods.of(i)) {
            if (j > i) {
              double s = score(scorer, i, j);
              if (s >= scorer.linkThreshold()) {
                mine.add(new StoryComponents.Edge(i, j, s));
              }
            }
          }
          return mine;
        }).toList();
    List<StoryComponents.Edge> edges = new ArrayList<>();
    perArticle.forEach(edges::addAll);
    return edges;
  }

  /**
   * The score of two nodes, rounded to a float: what a component's matrix keeps, so a score
   * computed now and one kept from before are the same number.
   */
  float score(PairScorer scorer, int i, int j) {
    return score(scorer, vectors.get(i), contexts.get(i), vectors.get(j), contexts.get(j),
        windowDays);
  }

  /** The score of two articles: never one story when either is a page of notices or out of
   * the window. */
  static float score(PairScorer scorer, ArticleVector a, ArticleContext ca, ArticleVector b,
      ArticleContext cb, int windowDays) {
    if (a.failedFetch() || b.failedFetch() || !CandidateSearch.withinWindow(a, b, windowDays)) {
      return (float) scorer.never();
    }
    return (float) scorer.score(a, ca, b, cb);
  }

  /** The stories of one component at each threshold. */
  List<List<Story>> storiesOf(int[] component, PairScorer scorer, double[] thresholds) {
    return storiesOf(component, scores(component, scorer), thresholds);
  }

  /** The scores of every pair of a component's nodes (the diagonal 0). */
  float[][] scores(int[] component, PairScorer scorer) {
    int m = component.length;
    float[][] scores = new float[m][m];
    for (int x = 0; x < m; x++) {
      for (int y = x + 1; y < m; y++) {
        float s = score(scorer, component[x], component[y]);
        scores[x][y] = s;
        scores[y][x] = s;
      }
    }
    return scores;
  }

  /** The stories of one component at each threshold, from the scores of its pairs. */
  List<List<Story>> storiesOf(int[] component, float[][] scores, double[] thresholds) {
    List<ComponentStories.Node> parts = new ArrayList<>(component.length);
    for (int node : component) {
      parts.add(new ComponentStories.Node(members.get(node), nodes.get(node)));
    }
    return ComponentStories.cluster(parts, scores, thresholds);
  }

  /** Article id to story id. */
  static Map<String, String> storyOf(List<Story> stories) {
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : stories) {
      for (String a : s.articleIds()) {
        storyOf.put(a, s.id());
      }
    }
    return storyOf;
  }
}

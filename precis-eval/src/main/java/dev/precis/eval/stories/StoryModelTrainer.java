package dev.precis.eval.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.cluster.ArticleProfile;
import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.PairFeatures;
import dev.precis.cluster.SameStoryModel;
import dev.precis.cluster.Story;
import dev.precis.cluster.StreamAnalysis;
import dev.precis.eval.cluster.ClusteringMetrics;
import dev.precis.eval.cluster.ClusteringScores;
import dev.precis.eval.fit.LogisticRegression;
import dev.precis.eval.stream.LabeledStream;
import dev.precis.text.Article;
import dev.precis.text.TextEmbedder;
import dev.precis.text.TextPipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Trains the same-story model ({@link SameStoryModel}) on labelled streams and says how it does
 * on streams it was not trained on. The entry point of {@code dev.precis.eval.stories}.
 *
 * <pre>{@code
 * StoryModelTrainer trainer = new StoryModelTrainer(groups, StoryModelTrainer.FEATURES, null);
 * TrainingReport report = trainer.leaveOneOut();   // each group scored by a model fit on the rest
 * SameStoryModel model = trainer.train(groups);    // fit on every group, for shipping
 * }</pre>
 *
 * <p>How a model is fit, the same for each fold and for the shipped model:
 *
 * <ol>
 *   <li>pairs: every pair of articles of each stream (for a stream of more than {@link
 *       #ALL_PAIRS} articles, every pair of one story and a fixed-seed sample of the others, each
 *       weighed up by its sampling rate), labelled same story or not; pages of web notices left
 *       out, as clustering leaves them alone;
 *   <li>weights: each group of streams weighs the same in total, pairs within it by their
 *       natural frequency, so the model's odds are those of a typical stream;
 *   <li>logistic regression on the chosen {@link PairFeatures}, L2 penalty {@link #L2};
 *   <li>thresholds: the link and merge thresholds whose stories reach the highest BCubed F1,
 *       averaged over the groups fit on (each group the mean of its streams).
 * </ol>
 *
 * <p>Deterministic: the same streams and settings give the same weights, to the bit.
 */
public final class StoryModelTrainer {
  /** The features of the shipped model for words alone (see README, "Stories"). */
  public static final List<String> FEATURES = List.of("terms", "lead", "title", "names",
      "phrases", "length_ratio", "headline_only", "relative_terms", "shared_company", "rare_terms");
  /** Streams up to this size give every pair; larger ones a sample of the pairs of two stories. */
  static final int ALL_PAIRS = 2_000;
  /** Pairs of two stories kept from a larger stream, about. */
  static final int SAMPLED_PAIRS = 400_000;
  static final long SEED = 20_261_204L;
  static final double L2 = 1e-3;
  /**
   * Link thresholds tried (log-odds). One, fixed: a candidate pair links two components when the
   * model finds it more likely than not one story (choosing it on the grid -1, 0, 1 as well as the
   * merge threshold moved the leave-one-out figures by chance more than by design).
   */
  static final double[] LINKS = {0};
  /** Merge thresholds tried (log-odds): -5 to 2 by 0.25. */
  static final double[] MERGES = grid(-5, 2, 0.25);
  /** Cosine thresholds tried for the average-link baseline. */
  static final double[] BASELINE = grid(0.02, 0.30, 0.01);

  private final List<StreamGroup> groups;
  private final List<String> features;
  private final Consumer<String> progress;
  private final Map<LabeledStream, Prepared> prepared = new LinkedHashMap<>();

  /**
   * A group of streams that is left out together: one dataset (the TAC streams of seven
   * languages are one).
   */
  public record StreamGroup(String name, List<LabeledStream> streams) {
    public StreamGroup {
      streams = List.copyOf(streams);
    }
  }

  /** A stream analysed once: its analysis, gold labels by index, and its pairs. */
  private record Prepared(LabeledStream stream, List<ArticleProfile> profiles,
      StreamAnalysis analysis, double[][] x, double[] y, double[] w) {}

  /**
   * A trainer.
   *
   * @param groups the labelled streams, by dataset
   * @param features the pair features to fit, names from {@link PairFeatures#NAMES}
   * @param embedder the sentence model, when {@code features} holds {@code embedding}; else null
   * @param progress where to say what is being done (may be null)
   */
  public StoryModelTrainer(List<StreamGroup> groups, List<String> features, TextEmbedder embedder,
      Consumer<String> progress) {
    if (groups.size() < 2) {
      throw new PrecisException("training needs at least two groups of streams, to leave one out");
    }
    for (String f : features) {
      if (!PairFeatures.NAMES.contains(f)) {
        throw new PrecisException("unknown pair feature '" + f + "'; known: "
            + String.join(", ", PairFeatures.NAMES));
      }
    }
    if (features.contains("embedding") && embedder == null) {
      throw new PrecisException("the embedding feature needs a sentence-embedding model");
    }
    this.groups = List.copyOf(groups);
    this.features = List.copyOf(features);
    this.progress = progress == null ? s -> { } : progress;
    for (StreamGroup g : groups) {
      for (LabeledStream s : g.streams()) {
        this.progress.accept("analysing " + s.name() + " (" + s.articles().size() + " articles)");
        // the sentence model reads English only: other languages go without the signal (its
        // feature is 0), as the command line refuses --embeddings for them
        boolean embed = features.contains("embedding")
            && s.language() == dev.precis.text.Language.ENGLISH;
        prepared.put(s, prepare(s, embed ? embedder : null));
      }
    }
  }

  /** The features fit. */
  public List<String> features() {
    return features;
  }

  private Prepared prepare(LabeledStream stream, TextEmbedder embedder) {
    TextPipeline pipeline = new TextPipeline(stream.language(), false, false);
    List<Article> articles = stream.articles();
    List<ArticleProfile> profiles = embedder == null
        ? articles.parallelStream().map(a -> ArticleProfile.of(a, pipeline, null)).toList()
        : articles.stream().map(a -> ArticleProfile.of(a, pipeline, embedder)).toList();
    StreamAnalysis analysis = StreamAnalysis.of(profiles, 0);
    int n = analysis.size();
    // gold stories of each node's articles (copies of one text are one node)
    List<List<String>> gold = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      gold.add(analysis.members(i).stream().map(stream.gold()::get).toList());
    }
    double positives = 0;
    double negatives = 0;
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (usable(analysis, i, j)) {
          long same = same(gold.get(i), gold.get(j));
          positives += same;
          negatives += (long) gold.get(i).size() * gold.get(j).size() - same;
        }
      }
    }
    double rate = n <= ALL_PAIRS ? 1 : Math.min(1, SAMPLED_PAIRS / Math.max(1, negatives));
    SplittableRandom random = new SplittableRandom(SEED);
    List<double[]> rows = new ArrayList<>();
    List<Double> labels = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (!usable(analysis, i, j)) {
          continue;
        }
        long same = same(gold.get(i), gold.get(j));
        long different = (long) gold.get(i).size() * gold.get(j).size() - same;
        boolean keepDifferent = different > 0 && (rate >= 1 || random.nextDouble() < rate);
        if (same == 0 && !keepDifferent) {
          continue;
        }
        double[] x = analysis.features(i, j);
        if (same > 0) {
          rows.add(x);
          labels.add(1.0);
          weights.add((double) same);
        }
        if (keepDifferent) {
          rows.add(x);
          labels.add(0.0);
          weights.add(different / rate);
        }
      }
    }
    double total = positives + negatives;
    double[] w = new double[rows.size()];
    double[] y = new double[rows.size()];
    for (int r = 0; r < w.length; r++) {
      // the stream's pairs weigh 1 in total; its group divides that among its streams later
      w[r] = weights.get(r) / total;
      y[r] = labels.get(r);
    }
    return new Prepared(stream, profiles, analysis, rows.toArray(double[][]::new), y, w);
  }

  /** Pairs of articles, one from each list, with the same gold story. */
  private static long same(List<String> a, List<String> b) {
    long count = 0;
    for (String x : a) {
      for (String y : b) {
        if (x.equals(y)) {
          count++;
        }
      }
    }
    return count;
  }

  private static boolean usable(StreamAnalysis analysis, int i, int j) {
    return !analysis.failedFetch(i) && !analysis.failedFetch(j);
  }

  /** Fits a model, weights and thresholds, on these groups. */
  public SameStoryModel train(List<StreamGroup> on) {
    int[] columns = columns();
    List<double[]> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<Double> w = new ArrayList<>();
    for (StreamGroup g : on) {
      for (LabeledStream s : g.streams()) {
        Prepared p = prepared.get(s);
        for (int r = 0; r < p.x().length; r++) {
          double[] row = new double[columns.length];
          for (int k = 0; k < columns.length; k++) {
            row[k] = p.x()[r][columns[k]];
          }
          x.add(row);
          y.add(p.y()[r]);
          w.add(p.w()[r] / g.streams().size());
        }
      }
    }
    LogisticRegression.Fit fit = LogisticRegression.fit(x.toArray(double[][]::new),
        y.stream().mapToDouble(Double::doubleValue).toArray(),
        w.stream().mapToDouble(Double::doubleValue).toArray(), L2);
    SameStoryModel unthresholded = new SameStoryModel(features, fit.weights(), fit.intercept(),
        0, 0, null);
    double bestMean = Double.NEGATIVE_INFINITY;
    double bestLink = 0;
    double bestMerge = 0;
    for (double link : LINKS) {
      SameStoryModel model = unthresholded.withThresholds(link, 0);
      double[] sum = new double[MERGES.length];
      for (StreamGroup g : on) {
        double[] groupSum = new double[MERGES.length];
        for (LabeledStream s : g.streams()) {
          double[] f1 = f1s(prepared.get(s), ClusterOptions.defaults().withModel(model), MERGES);
          for (int t = 0; t < MERGES.length; t++) {
            groupSum[t] += f1[t] / g.streams().size();
          }
        }
        for (int t = 0; t < MERGES.length; t++) {
          sum[t] += groupSum[t] / on.size();
        }
      }
      for (int t = 0; t < MERGES.length; t++) {
        // the middle of a plateau rather than a lucky peak: each threshold is judged by the
        // mean F1 of it and its two neighbours; ties to the first, so the lower bars
        double smoothed = (sum[Math.max(0, t - 1)] + sum[t]
            + sum[Math.min(MERGES.length - 1, t + 1)]) / 3;
        if (smoothed > bestMean + 1e-12) {
          bestMean = smoothed;
          bestLink = link;
          bestMerge = MERGES[t];
        }
      }
    }
    ObjectNode provenance = new ObjectMapper().createObjectNode();
    provenance.put("trained", "precis train-stories");
    ArrayNode streams = provenance.putArray("streams");
    int pairs = 0;
    for (StreamGroup g : on) {
      for (LabeledStream s : g.streams()) {
        streams.add(s.name());
        pairs += prepared.get(s).x().length;
      }
    }
    provenance.put("pairs", pairs);
    provenance.put("l2", L2);
    provenance.put("newton_iterations", fit.iterations());
    provenance.put("weighting", "each group of streams weighs the same; pairs within it by "
        + "their natural frequency (sampled pairs of two stories weighed up by their rate)");
    provenance.put("threshold_choice", "highest mean BCubed F1 over the groups fit on, each "
        + "merge threshold judged with its two neighbours on the grid");
    provenance.put("mean_f1_fit", round(bestMean));
    return new SameStoryModel(features, fit.weights(), fit.intercept(), bestLink, bestMerge,
        provenance);
  }

  private int[] columns() {
    int[] columns = new int[features.size()];
    for (int k = 0; k < columns.length; k++) {
      columns[k] = PairFeatures.NAMES.indexOf(features.get(k));
    }
    return columns;
  }

  /** BCubed F1 of a prepared stream's stories at each merge threshold. */
  private static double[] f1s(Prepared p, ClusterOptions options, double[] thresholds) {
    List<List<Story>> cuts = p.analysis().cluster(options, thresholds);
    double[] f1 = new double[thresholds.length];
    for (int t = 0; t < thresholds.length; t++) {
      f1[t] = scores(p, cuts.get(t)).bcubedF1();
    }
    return f1;
  }

  private static ClusteringScores scores(Prepared p, List<Story> stories) {
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : stories) {
      for (String id : s.articleIds()) {
        storyOf.put(id, s.id());
      }
    }
    return ClusteringMetrics.evaluate(p.stream().gold(), storyOf);
  }

  /**
   * For each group: a model fit on the others scores it, beside the average-link baseline with
   * its threshold chosen the same way (and at its fixed default).
   */
  public TrainingReport leaveOneOut() {
    List<TrainingReport.Row> rows = new ArrayList<>();
    for (StreamGroup out : groups) {
      List<StreamGroup> rest = new ArrayList<>(groups);
      rest.remove(out);
      progress.accept("leaving out " + out.name());
      SameStoryModel model = train(rest);
      double baseline = baselineThreshold(rest);
      for (LabeledStream s : out.streams()) {
        Prepared p = prepared.get(s);
        ClusteringScores learned = scores(p,
            p.analysis().cluster(ClusterOptions.defaults().withModel(model)));
        ClusteringScores chosen = scores(p, p.analysis().cluster(
            ClusterOptions.defaults().withMethod("average-link").withThreshold(baseline)));
        ClusteringScores fixed = scores(p, p.analysis().cluster(
            ClusterOptions.defaults().withMethod("average-link")));
        double[] small = smallStreams(p, ClusterOptions.defaults().withModel(model));
        double[] smallBaseline = smallStreams(p,
            ClusterOptions.defaults().withMethod("average-link"));
        rows.add(new TrainingReport.Row(out.name(), s.name(), s.articles().size(),
            s.goldStories(), learned, model.linkThreshold(), model.mergeThreshold(), chosen,
            baseline, fixed, small[0], small[1], smallBaseline[0], smallBaseline[1]));
      }
    }
    return new TrainingReport(features, rows);
  }

  /** Small streams cut from each held-out stream: this many, of {@link #SMALL_STORIES} stories. */
  static final int SMALL_STREAMS = 20;
  static final int SMALL_STORIES = 4;

  /**
   * How a method does on small streams: {@link #SMALL_STREAMS} streams of {@link #SMALL_STORIES}
   * gold stories each drawn from a stream (fixed seed), each clustered on its own, as a user with
   * a folder of a few stories would.
   *
   * @return the share of them whose stories are exactly the gold ones, and their mean BCubed F1
   */
  private static double[] smallStreams(Prepared p, ClusterOptions options) {
    List<String> stories = new ArrayList<>(new java.util.TreeSet<>(p.stream().gold().values()));
    if (stories.size() < SMALL_STORIES) {
      return new double[] {Double.NaN, Double.NaN};
    }
    SplittableRandom random = new SplittableRandom(SEED);
    int exact = 0;
    double f1 = 0;
    for (int k = 0; k < SMALL_STREAMS; k++) {
      List<String> pool = new ArrayList<>(stories);
      java.util.Set<String> chosen = new java.util.HashSet<>();
      for (int c = 0; c < SMALL_STORIES; c++) {
        chosen.add(pool.remove(random.nextInt(pool.size())));
      }
      List<ArticleProfile> subset = p.profiles().stream()
          .filter(a -> chosen.contains(p.stream().gold().get(a.id()))).toList();
      Map<String, String> gold = new HashMap<>();
      for (ArticleProfile a : subset) {
        gold.put(a.id(), p.stream().gold().get(a.id()));
      }
      Map<String, String> storyOf = new HashMap<>();
      for (Story story : StreamAnalysis.of(subset, 0).cluster(options)) {
        for (String id : story.articleIds()) {
          storyOf.put(id, story.id());
        }
      }
      double f = ClusteringMetrics.evaluate(gold, storyOf).bcubedF1();
      f1 += f;
      if (f == 1.0) {
        exact++;
      }
    }
    return new double[] {exact / (double) SMALL_STREAMS, f1 / SMALL_STREAMS};
  }

  /** The baseline's cosine threshold with the highest mean F1 over these groups. */
  private double baselineThreshold(List<StreamGroup> on) {
    double[] sum = new double[BASELINE.length];
    for (StreamGroup g : on) {
      for (LabeledStream s : g.streams()) {
        Prepared p = prepared.get(s);
        for (int t = 0; t < BASELINE.length; t++) {
          // the baseline links and merges at one threshold: one run per threshold
          ClusteringScores f = scores(p, p.analysis().cluster(ClusterOptions.defaults()
              .withMethod("average-link").withThreshold(BASELINE[t])));
          sum[t] += f.bcubedF1() / g.streams().size() / on.size();
        }
      }
    }
    int best = 0;
    for (int t = 1; t < BASELINE.length; t++) {
      if (sum[t] > sum[best] + 1e-12) {
        best = t;
      }
    }
    return BASELINE[best];
  }

  private static double[] grid(double from, double to, double step) {
    int n = (int) Math.round((to - from) / step) + 1;
    double[] g = new double[n];
    for (int k = 0; k < n; k++) {
      g[k] = Math.round((from + k * step) * 1e6) / 1e6;
    }
    return g;
  }

  static double round(double x) {
    return Math.round(x * 1e4) / 1e4;
  }
}

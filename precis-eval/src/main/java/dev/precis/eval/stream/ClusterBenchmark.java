package dev.precis.eval.stream;

import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.StoryClusterer;
import dev.precis.eval.cluster.ClusteringMetrics;
import dev.precis.eval.cluster.ClusteringScores;
import dev.precis.text.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Clusters a large stream made by resampling the DUC 2003, Multi-News and UCI streams: each copy
 * gets a new id and, when it has body text, loses about a fifth of its lines (so copies are not
 * exact duplicates), and keeps its original's gold story. Fixed seed.
 *
 * <pre>
 * java -Xmx1g -cp precis-cli/target/precis.jar dev.precis.eval.stream.ClusterBenchmark [ARTICLES] [SHARED] [text]
 * </pre>
 *
 * <p>{@code text} resamples only the full-text sets (DUC and Multi-News), the costlier case: most
 * of the default mix is UCI headlines, as most of the data is. Last, it adds five batches of 100
 * articles more and times each: what a service pays per ingest batch at that size, where batches
 * are clustered incrementally (see {@code StoryClusterer}).
 */
public final class ClusterBenchmark {
  private static final long SEED = 42;

  private ClusterBenchmark() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Path shared = Path.of(args.length > 1 ? args[1] : "../shared");
    boolean textOnly = args.length > 2 && args[2].equals("text");
    LabeledStream resampled = resample(size, shared, textOnly);
    List<Article> stream = resampled.articles();
    Map<String, String> gold = resampled.gold();
    System.gc();
    long start = System.nanoTime();
    StoryClusterer clusterer = StoryClusterer.withDefaults();
    clusterer.addAll(stream);
    int stories = clusterer.stories().size();
    double seconds = (System.nanoTime() - start) / 1e9;
    Map<String, String> predicted = new HashMap<>(size * 2);
    for (Article a : stream) {
      predicted.put(a.id(), clusterer.storyOf(a.id()));
    }
    ClusteringScores scores = ClusteringMetrics.evaluate(gold, predicted);
    Runtime rt = Runtime.getRuntime();
    System.gc();
    System.out.printf(Locale.ROOT, "clustered in %.1f s: %d stories (%d gold)%n", seconds, stories,
        new java.util.HashSet<>(gold.values()).size());
    System.out.println(scores);
    System.out.printf(Locale.ROOT, "max heap %d MB, used after GC with the clusterer live %d MB, "
        + "%d processors, options: %s%n", rt.maxMemory() >> 20,
        (rt.totalMemory() - rt.freeMemory()) >> 20, rt.availableProcessors(),
        ClusterOptions.defaults());
    if (clusterer.size() != size) {
      throw new IllegalStateException("lost articles");
    }
    // what a service pays per ingest batch at this size: batches of 100 more, clustered
    // incrementally (the components they touch), profiling included
    Random random = new Random(SEED + 1);
    double[] ms = new double[BATCHES];
    int changed = 0;
    for (int round = 0; round < BATCHES; round++) {
      List<Article> batch = new ArrayList<>(BATCH);
      for (int k = 0; k < BATCH; k++) {
        Article late = stream.get(random.nextInt(stream.size()));
        batch.add(perturb(late, random).withId(String.format(Locale.ROOT, "c%02d-%03d-%s", round,
            k, late.id())));
      }
      long added = System.nanoTime();
      clusterer.addAll(batch);
      ms[round] = (System.nanoTime() - added) / 1e6;
      changed += clusterer.lastChanged().size();
    }
    double[] warm = java.util.Arrays.copyOfRange(ms, WARM_UP, BATCHES);
    java.util.Arrays.sort(warm);
    System.out.printf(Locale.ROOT, "%d batches of %d more articles: first %.0f ms; after %d, "
        + "median %.0f ms, 90th percentile %.0f ms, slowest %.0f ms; %.0f stories changed per "
        + "batch%n", BATCHES, BATCH, ms[0], WARM_UP, warm[warm.length / 2],
        warm[(int) (warm.length * 0.9)], warm[warm.length - 1], changed / (double) BATCHES);
  }

  /** Batches whose time is left out of the median: the code they run is still being compiled. */
  static final int WARM_UP = 10;

  /** Ingest batches timed after the stream, and their size. */
  static final int BATCHES = 60;
  static final int BATCH = 100;

  /**
   * The benchmark's stream: {@code size} articles drawn with a fixed seed from the DUC 2003 and
   * Multi-News streams (and UCI's headlines unless {@code textOnly}), each with a new id and about
   * one line in five dropped, its gold story that of its original.
   */
  public static LabeledStream resample(int size, Path shared, boolean textOnly) {
    List<LabeledStream> sources = textOnly
        ? List.of(Streams.duc2003(shared, false), Streams.multiNews(shared))
        : List.of(Streams.duc2003(shared, false), Streams.multiNews(shared), Streams.uci(shared));
    List<Article> pool = new ArrayList<>();
    List<String> poolGold = new ArrayList<>();
    for (LabeledStream s : sources) {
      for (Article a : s.articles()) {
        pool.add(a);
        poolGold.add(s.name() + "/" + s.gold().get(a.id()));
      }
    }
    Random random = new Random(SEED);
    List<Article> stream = new ArrayList<>(size);
    Map<String, String> gold = new HashMap<>(size * 2);
    for (int k = 0; k < size; k++) {
      int pick = random.nextInt(pool.size());
      Article original = pool.get(pick);
      String id = String.format(Locale.ROOT, "b%06d-%s", k, original.id());
      stream.add(perturb(original, random).withId(id));
      gold.put(id, poolGold.get(pick));
    }
    System.out.printf(Locale.ROOT, "%d articles resampled from %d (%s)%n", size, pool.size(),
        sources.stream().map(s -> s.articles().size() + " " + s.name())
            .collect(java.util.stream.Collectors.joining(", ")));
    return new LabeledStream("resampled", stream, gold, List.of());
  }

  /** Drops about one line in five of a body (never all of them); titles stay. */
  private static Article perturb(Article a, Random random) {
    String[] lines = a.text().split("\n");
    if (lines.length < 3) {
      random.nextDouble(); // same number of draws per article keeps the stream reproducible
      return a;
    }
    StringBuilder b = new StringBuilder();
    for (String line : lines) {
      if (random.nextDouble() >= 0.2) {
        b.append(line).append('\n');
      }
    }
    String text = b.toString().isBlank() ? lines[0] : b.toString();
    return new Article(a.id(), a.title(), a.date(), a.url(), a.source(), a.byline(), text);
  }
}

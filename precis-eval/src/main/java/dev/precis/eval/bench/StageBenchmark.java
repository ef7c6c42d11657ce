package dev.precis.eval.bench;

import dev.precis.dedup.DedupResult;
import dev.precis.dedup.Deduplicator;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.Topic;
import dev.precis.facts.FactExtractor;
import dev.precis.facts.StoryFacts;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Candidates;
import dev.precis.similar.SentenceVectors;
import dev.precis.summarize.Selection;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summarizers;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.FurnitureFilter;
import dev.precis.text.StorySentences;
import dev.precis.text.TextPipeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of one DUC-size summary goes: each stage of {@link SummaryPipeline} timed alone
 * on the same clusters as {@link SummarizeBenchmark} (DUC 2003 task 2, default options, 100
 * words), with {@code whole} for the sum as the pipeline runs it: there another thread makes the
 * articles' pages while copies are looked for, then extracts the story's facts, so {@code whole}
 * is less than the sum of the stages.
 *
 * <ul>
 *   <li>{@code read}: every article read into its story's sentences ({@code StorySentences}), the
 *       one reading dedup, the text pipeline and copy credit share;
 *   <li>{@code text}: sentences, tokens, stems and furniture of every article;
 *   <li>{@code dedup}: copies among the articles (on the calling thread, for a story this size);
 *   <li>{@code candidates}: sentence vectors and the candidate set with its redundancy test;
 *   <li>{@code selection}: the default method choosing within the budget, candidates prepared;
 *   <li>{@code facts}: people, places, dates and quotes.
 * </ul>
 *
 * <p>Run: {@code bin/jmh StageBenchmark} (median and p95 per stage in sample mode).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// the JIT is still compiling the pipeline (thousands of methods, two threads) after 10 s: a
// shorter warm-up measures the compiler competing for the second core as much as the pipeline
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class StageBenchmark {
  private final SummaryOptions options = SummaryOptions.defaults();
  private final Budget budget = options.budget();
  private final TextPipeline text = new TextPipeline(options.language(), options.compress(),
      options.dropAttributions(),
      options.furniture() == null ? null : new FurnitureFilter(options.furniture()));
  private final Deduplicator deduplicator = Deduplicator.withDefaults();
  private final FactExtractor facts = new FactExtractor();
  private final Summarizer summarizer = Summarizers.create(options.method());
  private final SummaryPipeline pipeline = new SummaryPipeline(options);

  private List<List<Article>> clusters;
  private List<AnalyzedCluster> analysed;
  private List<Candidates> candidates;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Path dataset = BenchmarkData.dataset();
    clusters = new ArrayList<>();
    analysed = new ArrayList<>();
    candidates = new ArrayList<>();
    for (Topic topic : DatasetReader.readAll(dataset)) {
      clusters.add(topic.documents());
      AnalyzedCluster cluster = text.analyze(topic.documents());
      analysed.add(cluster);
      candidates.add(candidatesOf(cluster));
    }
  }

  private Candidates candidatesOf(AnalyzedCluster cluster) {
    return new Candidates(cluster, new SentenceVectors(cluster), budget, options.minWords(),
        options.maxWords(), options.maxCandidates(), options.redundancy());
  }

  private int nextCluster() {
    int k = next;
    next = (next + 1) % clusters.size();
    return k;
  }

  @Benchmark
  public int read() {
    int sentences = 0;
    for (Article article : clusters.get(nextCluster())) {
      sentences += StorySentences.of(article).size();
    }
    return sentences;
  }

  @Benchmark
  public AnalyzedCluster text() {
    return text.analyze(clusters.get(nextCluster()));
  }

  @Benchmark
  public DedupResult dedup() {
    return deduplicator.deduplicate(clusters.get(nextCluster()));
  }

  @Benchmark
  public Candidates candidates() {
    return candidatesOf(analysed.get(nextCluster()));
  }

  @Benchmark
  public Selection selection() {
    return summarizer.select(candidates.get(nextCluster()), budget);
  }

  @Benchmark
  public StoryFacts facts() {
    return facts.extract(clusters.get(nextCluster()));
  }

  @Benchmark
  public Summary whole() {
    return pipeline.summarize(clusters.get(nextCluster()));
  }
}

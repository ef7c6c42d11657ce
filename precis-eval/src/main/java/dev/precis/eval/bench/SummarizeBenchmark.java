package dev.precis.eval.bench;

import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.Topic;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to summarize one DUC-size cluster (10 newswire articles, about 6,000 words) with a method,
 * 100 words, from raw article text to the attributed summary. Reads DUC 2003 task 2 from
 * {@code ../shared} at run time (set {@code -Dprecis.dataset=FILE} for another set) and cycles
 * through its clusters, so the figure is the mean over real clusters.
 *
 * <p>Run: {@code bin/jmh SummarizeBenchmark} (sample mode reports the median and p95 too).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// the JIT is still compiling the pipeline (thousands of methods, two threads) after 10 s: a
// shorter warm-up measures the compiler competing for the second core as much as the pipeline
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m"})
public class SummarizeBenchmark {
  @Param("ilp")
  public String method;

  @Param("100")
  public int words;

  /** Whether web page furniture is dropped first (the default); {@code -p furniture=false} too. */
  @Param("true")
  public boolean furniture;

  private SummaryPipeline pipeline;
  private List<Topic> topics;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    Path dataset = BenchmarkData.dataset();
    topics = DatasetReader.readAll(dataset);
    pipeline = new SummaryPipeline(SummaryOptions.defaults().withMethod(method)
        .withBudget(dev.precis.summarize.Budget.words(words))
        .withFurniture(furniture ? dev.precis.text.FurnitureModel.standard() : null));
  }

  @Benchmark
  public Summary summarizeCluster() {
    Topic topic = topics.get(next);
    next = (next + 1) % topics.size();
    return pipeline.summarize(topic.documents());
  }
}

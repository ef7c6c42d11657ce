package dev.precis.eval.bench;

import dev.precis.digest.Digest;
import dev.precis.digest.DigestBuilder;
import dev.precis.eval.stream.Streams;
import dev.precis.summarize.SummaryOptions;
import dev.precis.text.Article;
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
 * A whole digest of one evaluation stream, as {@code precis digest --stream NAME} builds it with
 * its defaults (copies, stories by the learned model, the 20 biggest stories summarized), the
 * stream already in memory: what a stream of hundreds of articles costs once the JVM is warm.
 *
 * <p>Run: {@code bin/jmh DigestBenchmark} ({@code -p stream=duc2003,multinews}); the streams are
 * read from {@code ../shared}, or from {@code -Dprecis.shared=DIR}.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class DigestBenchmark {
  @Param({"duc2003", "multinews"})
  public String stream;

  private final DigestBuilder builder = new DigestBuilder(SummaryOptions.defaults(), 20);
  private List<Article> articles;

  @Setup(Level.Trial)
  public void setUp() {
    articles = Streams.named(stream, BenchmarkData.shared()).articles();
  }

  @Benchmark
  public Digest digest() {
    return builder.build(articles);
  }
}

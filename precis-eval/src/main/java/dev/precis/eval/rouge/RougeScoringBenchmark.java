package dev.precis.eval.rouge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long a corpus evaluation takes: synthetic topics of one 250-word peer and one 250-word
 * reference, scored with DUC-style flags and 1,000 bootstrap samples. The texts are generated from
 * a fixed seed with a Zipf-like vocabulary, so every run scores the same data.
 *
 * <p>Run it with JMH, or call {@link #measure} (or {@link #main}) for one timed run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(1)
public class RougeScoringBenchmark {
  /** The flags the benchmark uses unless told otherwise. */
  public static final String DEFAULT_FLAGS = "-n 2 -m -2 4 -u -c 95 -r 1000 -f A -p 0.5 -t 0";

  @Param("5000")
  public int topics;

  @Param("250")
  public int words;

  @Param(DEFAULT_FLAGS)
  public String flags;

  private Rouge rouge;
  private List<List<String>> peers;
  private List<List<String>> references;

  /** One timed run's outcome. */
  public record Result(int topics, int words, String flags, Duration elapsed,
      RougeCorpusResult scores) {
    @Override
    public String toString() {
      return String.format("%d topics of %d words (%s): %d ms%n%s", topics, words, flags,
          elapsed.toMillis(), scores);
    }
  }

  @Setup
  public void setUp() {
    rouge = new Rouge(RougeOptions.parse(flags));
    SplittableRandom random = new SplittableRandom(20260101L);
    List<String> vocabulary = vocabulary(8000, random);
    peers = new ArrayList<>(topics);
    references = new ArrayList<>(topics);
    for (int t = 0; t < topics; t++) {
      List<String> reference = summary(vocabulary, words, random, null);
      references.add(reference);
      peers.add(summary(vocabulary, words, random, reference));
    }
  }

  /**
   * Scores every topic and computes the averages with their bootstrap intervals. Topics are scored
   * in parallel ({@link Rouge} is thread-safe) and recorded in input order, which is what keeps
   * the bootstrap, and so the result, identical to a sequential run.
   */
  @Benchmark
  public RougeCorpusResult evaluateCorpus() {
    List<RougeResult> scored = IntStream.range(0, peers.size()).parallel()
        .mapToObj(t -> rouge.score(peers.get(t), List.of(references.get(t))))
        .toList();
    RougeEvaluation evaluation = rouge.newEvaluation();
    scored.forEach(evaluation::add);
    return evaluation.result();
  }

  /** Generates the data, then times one full evaluation (scoring and bootstrap). */
  public static Result measure(int topics, int words, String flags) {
    RougeScoringBenchmark benchmark = new RougeScoringBenchmark();
    benchmark.topics = topics;
    benchmark.words = words;
    benchmark.flags = flags;
    benchmark.setUp();
    long start = System.nanoTime();
    RougeCorpusResult scores = benchmark.evaluateCorpus();
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new Result(topics, words, flags, elapsed, scores);
  }

  /** Times a few runs (the first ones include JIT warm-up) of 5,000 topics of 250 words. */
  public static void main(String[] args) {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    for (int i = 0; i < runs; i++) {
      Result result = measure(5000, 250, DEFAULT_FLAGS);
      System.out.println("run " + (i + 1) + ": " + (i + 1 == runs ? result.toString()
          : result.elapsed().toMillis() + " ms"));
    }
  }

  private static List<String> vocabulary(int size, SplittableRandom random) {
    String[] endings = {"", "s", "ed", "ing", "ation", "ly", "ness", "ment"};
    List<String> words = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      StringBuilder w = new StringBuilder();
      int syllables = 1 + random.nextInt(3);
      for (int s = 0; s < syllables; s++) {
        w.append("bcdfghjklmnprstvwz".charAt(random.nextInt(18)));
        w.append("aeiou".charAt(random.nextInt(5)));
      }
      w.append(endings[random.nextInt(endings.length)]);
      words.add(i % 17 == 0 ? capitalize(w.toString()) : w.toString());
    }
    return words;
  }

  /**
   * Sentences of 15 to 35 words drawn Zipf-like from the vocabulary; a peer copies runs of its
   * reference now and then, so LCS and n-gram hits are realistic rather than accidental.
   */
  private static List<String> summary(List<String> vocabulary, int words, SplittableRandom random,
      List<String> reference) {
    String[] copy = reference == null ? null : String.join(" ", reference).split(" ");
    List<String> sentences = new ArrayList<>();
    int written = 0;
    while (written < words) {
      int length = Math.min(words - written, 15 + random.nextInt(21));
      StringBuilder s = new StringBuilder();
      for (int i = 0; i < length; i++) {
        String word;
        if (copy != null && random.nextInt(2) == 0) {
          word = copy[Math.min(copy.length - 1, written + i)];
        } else {
          double u = random.nextDouble();
          word = vocabulary.get((int) (vocabulary.size() * u * u * u));
        }
        s.append(i == 0 ? "" : i % 9 == 0 ? ", " : " ").append(word);
      }
      sentences.add(s.append('.').toString());
      written += length;
    }
    return sentences;
  }

  private static String capitalize(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }
}

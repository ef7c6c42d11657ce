package dev.precis.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import dev.precis.cluster.ClusterOptions;
import dev.precis.summarize.Summarizers;
import dev.precis.text.Article;
import dev.precis.text.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import scala.Tuple2;

/**
 * The digest of a stream of articles as a Spark application: copies found, stories found, each
 * story summarized, with the results of {@code precis digest --format json} on the same articles.
 * The entry point of {@code dev.precis.spark}.
 *
 * <pre>
 * spark-submit --class dev.precis.spark.DigestJob precis-spark.jar \
 *     --input hdfs:///news/2026-12-04/ --output hdfs:///digests/2026-12-04
 * bin/precis-spark digest --master 'local[*]' --input articles.jsonl --output digest/
 * </pre>
 *
 * <p>Output: {@code stories/} (JSON lines, one story each as the digest's JSON writes it, biggest
 * first), {@code duplicates/} (JSON lines {@code {"representative", "copies", "similarities"}}),
 * {@code rejected/} (JSON lines {@code {"file", "line" or "id", "reason"}}) and {@code digest.json}
 * (the counts and how stories were found).
 */
@Command(name = "digest", mixinStandardHelpOptions = true,
    description = {
      "Turns a stream of articles into a digest on Apache Spark.",
      "Copies are found, articles grouped into stories and each story summarized, with the "
          + "results of precis digest on the same articles."
    })
public final class DigestJob implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "PATH",
      description = "A file or directory of JSON lines of articles ({\"id\", \"title\"?, "
          + "\"date\"?, \"source\"?, \"url\"?, \"text\"}), or of Parquet with those columns; "
          + "any path Spark reads.")
  String input;

  @Option(names = "--output", required = true, paramLabel = "DIR",
      description = "Directory to write stories/, duplicates/, rejected/ and digest.json to.")
  String output;

  @Option(names = "--overwrite", description = "Replace --output when it exists.")
  boolean overwrite;

  @Option(names = "--parquet", description = "Read --input as Parquet.")
  boolean parquet;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[*], spark://HOST:PORT, ...); without it, the one "
          + "spark-submit gives.")
  String master;

  @Option(names = {"-l", "--language"}, defaultValue = "english", paramLabel = "LANG",
      description = "Language of the articles (default: ${DEFAULT-VALUE}).")
  String language;

  @Option(names = {"-w", "--words"}, defaultValue = "80", paramLabel = "N",
      description = "Words per story summary (default: ${DEFAULT-VALUE}, as precis digest).")
  int words;

  @Option(names = {"-m", "--method"}, defaultValue = Summarizers.DEFAULT, paramLabel = "METHOD",
      description = "Summarization method (default: ${DEFAULT-VALUE}).")
  String method;

  @Option(names = "--cluster-method", defaultValue = "learned", paramLabel = "METHOD",
      description = "How stories are found: learned or average-link (default: "
          + "${DEFAULT-VALUE}).")
  String clusterMethod;

  @Option(names = "--window-days", defaultValue = "0", paramLabel = "DAYS",
      description = "Dated articles further apart are never one story's candidates; 0 = off.")
  int windowDays;

  @Option(names = "--no-dedup", description = "Do not look for copies first.")
  boolean noDedup;

  @Option(names = "--partitions", defaultValue = "0", paramLabel = "N",
      description = "Partitions to spread the articles over (default: Spark's).")
  int partitions;

  public static void main(String[] args) {
    // bin/precis-spark digest ...: the command's name may come first
    String[] rest = args.length > 0 && args[0].equals("digest")
        ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
    System.exit(run(rest, System.out, System.err));
  }

  /** Runs the job from command-line arguments; the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    CommandLine cli = new CommandLine(new DigestJob());
    cli.setExecutionExceptionHandler((e, command, parsed) -> {
      if (e instanceof PrecisException) {
        err.println("precis-spark: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    cli.setOut(new java.io.PrintWriter(out, true));
    cli.setErr(new java.io.PrintWriter(err, true));
    return cli.execute(args);
  }

  @Override
  public Integer call() throws IOException {
    JobOptions options = new JobOptions(input, output, overwrite, parquet,
        Language.parse(language), words, method, clusterMethod, windowDays, !noDedup, partitions);
    if (words < 1) {
      throw new PrecisException("--words must be at least 1, not " + words);
    }
    options.summaryOptions();
    options.clusterOptions();
    SparkConf conf = new SparkConf().setAppName("precis digest");
    if (master != null) {
      conf.setMaster(master);
    }
    try (SparkSession spark = SparkSession.builder().config(conf).getOrCreate()) {
      spark.sparkContext().setLogLevel("WARN");
      StageLog log = new StageLog(System.err);
      log.meter(ShuffleMeter.on(spark.sparkContext()));
      Report report;
      try (ProgressLine line = ProgressLine.start(spark.sparkContext(), System.err)) {
        report = run(spark, options, log);
      }
      System.out.println(report.json());
    }
    return 0;
  }

  /**
   * What a run produced.
   *
   * @param articles articles read
   * @param rejected lines or rows that could not be used
   * @param unique articles left after copies were folded
   * @param stories stories written
   * @param failedFetches articles left out as pages of web notices
   * @param clustering how stories were found
   * @param seconds wall time
   * @param stages one line per stage
   */
  record Report(long articles, long rejected, long unique, long stories, long failedFetches,
      ClusterOptions clustering, double seconds, List<String> stages) {
    ObjectNode node() {
      ObjectNode root = JSON.createObjectNode();
      root.put("articles", articles);
      root.put("unique", unique);
      root.put("failedFetches", failedFetches);
      root.put("stories", stories);
      root.put("rejected", rejected);
      ObjectNode c = root.putObject("clustering");
      clustering.parameters().forEach((k, v) -> c.set(k, JSON.valueToTree(v)));
      root.put("seconds", Math.round(seconds * 10) / 10.0);
      stages.forEach(root.putArray("stages")::add);
      return root;
    }

    String json() {
      try {
        return JSON.writeValueAsString(node());
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  /** The job on a running Spark session. */
  static Report run(SparkSession spark, JobOptions options, StageLog log) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    FileSystem fs = new Path(options.output()).getFileSystem(sc.hadoopConfiguration());
    Path out = new Path(options.output());
    if (fs.exists(out)) {
      if (!options.overwrite()) {
        throw new PrecisException("--output " + options.output() + " exists; give --overwrite "
            + "to replace it");
      }
      fs.delete(out, true);
    }
    // on the output's file system, which every machine of the cluster reaches
    Path checkpoints = new Path(options.output(), "_checkpoints");
    sc.setCheckpointDir(checkpoints.toString());
    InputArticles input = InputArticles.read(spark, options);
    JavaPairRDD<Long, Article> articles = options.partitions() > 0
        ? input.articles().repartition(options.partitions()) : input.articles();
    articles = articles.persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<String> rejected = input.rejected().persist(StorageLevel.MEMORY_AND_DISK());
    long read = articles.count();
    long rejectedCount = rejected.count();
    log.stage("read", read + " articles, " + rejectedCount + " lines rejected");
    if (read == 0) {
      throw new PrecisException("nothing to digest: --input " + options.input()
          + " holds no usable article" + (rejectedCount > 0 ? " (" + rejectedCount
          + " lines rejected)" : ""));
    }

    DedupStage copies = DedupStage.run(sc, articles, options.dedup(), log);
    JavaPairRDD<String, String> representativeOf = copies.representativeOf()
        .persist(StorageLevel.MEMORY_AND_DISK());
    JavaRDD<Article> representatives = articles.mapToPair(e -> new Tuple2<>(e._2().id(), e._2()))
        .join(representativeOf)
        .filter(e -> e._1().equals(e._2()._2()))
        .map(e -> e._2()._1());
    JavaPairRDD<String, List<String>> copiesOf = DedupStage.copiesOf(articles, representativeOf)
        .persist(StorageLevel.MEMORY_AND_DISK());
    long unique = representativeOf.filter(e -> e._1().equals(e._2())).count();
    log.stage("copies", unique + " unique of " + read);

    StoryStage stories = StoryStage.run(sc, representatives, options.clusterOptions(), log);
    SummaryStage digest = SummaryStage.run(stories.stories(), articles, copiesOf, options);
    digest.lines().saveAsTextFile(options.output() + "/stories");
    long written = sc.textFile(options.output() + "/stories").count();
    log.stage("summaries", written + " stories summarized, " + digest.failedFetchArticles()
        + " articles left out as pages of web notices");
    copies.groups().saveAsTextFile(options.output() + "/duplicates");
    rejected.saveAsTextFile(options.output() + "/rejected");
    Report report = new Report(read, rejectedCount, unique, written,
        digest.failedFetchArticles(), options.clusterOptions(), log.seconds(), log.lines());
    try (OutputStream o = fs.create(new Path(options.output() + "/digest.json"))) {
      o.write((report.json() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    fs.delete(checkpoints, true);
    return report;
  }
}

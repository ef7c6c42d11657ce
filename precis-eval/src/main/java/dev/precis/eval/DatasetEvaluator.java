package dev.precis.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.PrecisException;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.Topic;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeCorpusResult;
import dev.precis.eval.rouge.RougeEvaluation;
import dev.precis.eval.rouge.RougeResult;
import dev.precis.summarize.Summarizer;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.attribute.SummarySentence;
import dev.precis.text.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores summaries of a dataset against its human summaries: summaries Précis makes with a method
 * (timed per cluster), an oracle's, or a system's read from a file. Reads the dataset one cluster
 * at a time; what it keeps is the per-cluster scores.
 */
public final class DatasetEvaluator {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Called after each cluster, for progress bars. */
  public interface Progress {
    void clusterDone();
  }

  /**
   * One cluster's outcome.
   *
   * @param id the cluster id
   * @param scores its ROUGE scores
   * @param millis time to summarize it (0 for summaries read from a file)
   * @param summary the summary, one sentence per line
   */
  public record TopicResult(String id, RougeResult scores, double millis, String summary) {}

  /**
   * A whole run.
   *
   * @param system the method name, "oracle", or the system file's name
   * @param corpus averages with confidence intervals
   * @param topics per-cluster results, in dataset order
   * @param peakHeapBytes highest heap use seen during the run (0 when not measured)
   * @param notes anything the user should know (scored-as-empty clusters, failures)
   */
  public record Result(String system, RougeCorpusResult corpus, List<TopicResult> topics,
      long peakHeapBytes, List<String> notes) {

    /** Median milliseconds per cluster. */
    public double medianMillis() {
      return percentile(0.5);
    }

    /** 95th percentile of milliseconds per cluster. */
    public double p95Millis() {
      return percentile(0.95);
    }

    /** Clusters summarized per second of summarizing time. */
    public double clustersPerSecond() {
      double total = topics.stream().mapToDouble(TopicResult::millis).sum();
      return total == 0 ? 0 : topics.size() / (total / 1000.0);
    }

    private double percentile(double q) {
      double[] ms = topics.stream().mapToDouble(TopicResult::millis).sorted().toArray();
      if (ms.length == 0) {
        return 0;
      }
      int index = (int) Math.ceil(q * ms.length) - 1;
      return ms[Math.max(0, Math.min(ms.length - 1, index))];
    }
  }

  private final Rouge rouge;

  public DatasetEvaluator(Rouge rouge) {
    this.rouge = rouge;
  }

  /** Summarizes every cluster with {@code options} and scores it. */
  public Result evaluateMethod(Path dataset, SummaryOptions options, Progress progress) {
    return summarizeAndScore(dataset, options, null, null, progress);
  }

  /**
   * Summarizes every cluster with {@code summarizer} (a method made with other parameters, such
   * as {@code learned} with a model fit without this dataset) and scores it.
   */
  public Result evaluateSummarizer(Path dataset, SummaryOptions options, Summarizer summarizer,
      Progress progress) {
    return summarizeAndScore(dataset, options, summarizer, null, progress);
  }

  /** The extractive oracle's scores: the upper bound for sentence extraction. */
  public Result evaluateOracle(Path dataset, SummaryOptions options, Progress progress) {
    return summarizeAndScore(dataset, options, null, OracleSummarizer.NAME, progress);
  }

  /** {@code method} null: the one {@code options} names; {@code oracle} set: the oracle. */
  private Result summarizeAndScore(Path dataset, SummaryOptions options, Summarizer method,
      String oracle, Progress progress) {
    RougeEvaluation evaluation = rouge.newEvaluation();
    List<TopicResult> topics = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    resetPeaks();
    DatasetReader.forEach(dataset, topic -> {
      List<List<String>> models = models(topic);
      SummaryOptions topicOptions = topic.language() == null ? options
          : options.withLanguage(Language.parse(topic.language()));
      String summary;
      long start = System.nanoTime();
      try {
        SummaryPipeline pipeline = oracle != null
            ? new SummaryPipeline(topicOptions, (Summarizer) new OracleSummarizer(rouge, models))
            : method != null ? new SummaryPipeline(topicOptions, method)
            : new SummaryPipeline(topicOptions);
        Summary s = pipeline.summarize(topic.documents());
        summary = s.text();
      } catch (PrecisException e) {
        notes.add(topic.id() + ": " + e.getMessage() + " (scored as an empty summary)");
        summary = "";
      }
      double millis = (System.nanoTime() - start) / 1e6;
      RougeResult scores = evaluation.add(lines(summary), models);
      topics.add(new TopicResult(topic.id(), scores, millis, summary));
      if (progress != null) {
        progress.clusterDone();
      }
    });
    String name = oracle != null ? oracle : method != null ? method.name() : options.method();
    return new Result(name, evaluation.result(), topics, peakHeap(), notes);
  }

  /**
   * Scores a system's summaries read from JSON lines {@code {"id", "summary"}} (summary one
   * sentence per line). Clusters the system has no summary for are an error naming them, or, with
   * {@code allowMissing}, scored as empty summaries.
   */
  public Result evaluateSystem(Path dataset, Path system, boolean allowMissing, Progress progress) {
    Map<String, String> summaries = readSystem(system);
    List<String> missing = new ArrayList<>();
    Set<String> datasetIds = new LinkedHashSet<>();
    DatasetReader.forEach(dataset, topic -> {
      datasetIds.add(topic.id());
      if (!summaries.containsKey(topic.id())) {
        missing.add(topic.id());
      }
    });
    if (!missing.isEmpty() && !allowMissing) {
      throw new PrecisException(system.getFileName() + " has no summary for " + missing.size()
          + " of " + datasetIds.size() + " clusters: " + abbreviate(missing)
          + " (use --allow-missing to score them as empty)");
    }
    List<String> notes = new ArrayList<>();
    if (!missing.isEmpty()) {
      notes.add("scored as empty (missing from " + system.getFileName() + "): " + abbreviate(missing));
    }
    List<String> extra = summaries.keySet().stream().filter(id -> !datasetIds.contains(id)).toList();
    if (!extra.isEmpty()) {
      notes.add("ignored summaries for clusters not in the dataset: " + abbreviate(extra));
    }
    RougeEvaluation evaluation = rouge.newEvaluation();
    List<TopicResult> topics = new ArrayList<>();
    DatasetReader.forEach(dataset, topic -> {
      String summary = summaries.getOrDefault(topic.id(), "");
      RougeResult scores = evaluation.add(lines(summary), models(topic));
      topics.add(new TopicResult(topic.id(), scores, 0, summary));
      if (progress != null) {
        progress.clusterDone();
      }
    });
    return new Result(system.getFileName().toString(), evaluation.result(), topics, 0, notes);
  }

  private static Map<String, String> readSystem(Path system) {
    if (!Files.isRegularFile(system)) {
      throw new PrecisException("system summaries " + system + " do not exist or are not a file");
    }
    Map<String, String> summaries = new HashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(system, StandardCharsets.UTF_8)) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        String where = system.getFileName() + " line " + number;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (IOException e) {
          throw new PrecisException(where + ": invalid JSON");
        }
        if (node == null || !node.hasNonNull("id") || !node.has("summary")) {
          throw new PrecisException(where + ": expected {\"id\": ..., \"summary\": ...}");
        }
        JsonNode summary = node.get("summary");
        String text = summary.isArray() ? String.join("\n",
            JSON.convertValue(summary, String[].class)) : summary.asText("");
        if (summaries.put(node.get("id").asText(), text) != null) {
          throw new PrecisException(where + ": a second summary for cluster " + node.get("id").asText());
        }
      }
    } catch (java.nio.charset.MalformedInputException e) {
      throw new PrecisException(system + " is not valid UTF-8");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return summaries;
  }

  private static List<List<String>> models(Topic topic) {
    List<List<String>> models = topic.references().stream().map(Topic.Reference::sentences).toList();
    if (models.isEmpty()) {
      throw new PrecisException("cluster " + topic.id() + " has no reference summaries to score against");
    }
    return models;
  }

  private static List<String> lines(String summary) {
    return summary.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  private static String abbreviate(List<String> ids) {
    return ids.size() <= 10 ? String.join(", ", ids)
        : String.join(", ", ids.subList(0, 10)) + " and " + (ids.size() - 10) + " more";
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    return Arrays.stream(ManagementFactory.getMemoryPoolMXBeans().toArray(new MemoryPoolMXBean[0]))
        .filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}

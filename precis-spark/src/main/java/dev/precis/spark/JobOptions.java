package dev.precis.spark;

import dev.precis.cluster.ClusterOptions;
import dev.precis.summarize.Budget;
import dev.precis.summarize.SummaryOptions;
import dev.precis.text.Language;
import java.io.Serializable;

/**
 * What a digest job is asked to do: the same choices as {@code precis digest}.
 *
 * @param input a file or directory of JSON lines (or Parquet with the same columns), any path
 *     Spark reads
 * @param output the directory to write stories/, duplicates/, rejected/ and digest.json to
 * @param overwrite whether an existing output directory may be replaced
 * @param parquet whether the input is Parquet rather than JSON lines
 * @param language the articles' language
 * @param words the summary budget in words
 * @param method the summarization method
 * @param clusterMethod how stories are found ({@code learned} or {@code average-link})
 * @param windowDays the time window of story clustering, 0 for none
 * @param dedup whether copies are found first
 * @param partitions how many partitions the articles are spread over (0: Spark's default)
 */
public record JobOptions(String input, String output, boolean overwrite, boolean parquet,
    Language language, int words, String method, String clusterMethod, int windowDays,
    boolean dedup, int partitions) implements Serializable {

  /** How each story is summarized. */
  public SummaryOptions summaryOptions() {
    return SummaryOptions.defaults().withMethod(method).withBudget(Budget.words(words))
        .withLanguage(language);
  }

  /** How stories are found. */
  public ClusterOptions clusterOptions() {
    return ClusterOptions.defaults().withMethod(clusterMethod).withLanguage(language)
        .withWindowDays(windowDays);
  }
}

package dev.precis.eval;

import dev.precis.PrecisException;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.Topic;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.attribute.SummarySentence;
import dev.precis.text.Article;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What attribution credits on a dataset, for reading by hand: every source credited through the
 * paraphrase model and every differing sentence, each beside the summary sentence, plus totals.
 * Precision of attribution has no answer key; this prints what a person needs to judge it.
 *
 * <p>Run: {@code java -cp precis-cli/target/precis.jar dev.precis.eval.AttributionReport
 * ../shared/data/duc2003/task2.jsonl [more datasets]}
 */
public final class AttributionReport {
  /** One credited or differing sentence beside the summary sentence it was compared with. */
  public record Pair(String topic, String kind, double similarity, String sentence,
      String other, String otherArticle) {}

  /** Totals and the pairs to read. */
  public record Report(int sentences, int sources, int wording, int paraphrase, int differing,
      List<Pair> pairs) {
    public double sourcesPerSentence() {
      return sentences == 0 ? 0 : sources / (double) sentences;
    }
  }

  private AttributionReport() {}

  /** Summarizes every topic with {@code options} and collects what attribution did. */
  public static Report of(List<Topic> topics, SummaryOptions options) {
    SummaryPipeline pipeline = new SummaryPipeline(options);
    int sentences = 0;
    int sources = 0;
    int wording = 0;
    int paraphrase = 0;
    int differing = 0;
    List<Pair> pairs = new ArrayList<>();
    for (Topic topic : topics) {
      Summary summary = pipeline.summarize(topic.documents());
      Map<String, String> text = new HashMap<>();
      for (Article a : topic.documents()) {
        text.put(a.id(), a.text());
      }
      for (SummarySentence s : summary.sentences()) {
        sentences++;
        sources += s.sources().size();
        for (SummarySentence.Evidence e : s.evidence()) {
          if (e.match() == SummarySentence.Match.PARAPHRASE) {
            paraphrase++;
            pairs.add(pair(topic, "paraphrase", s, e, text));
          } else {
            wording++;
          }
        }
        for (SummarySentence.Evidence e : s.differing()) {
          differing++;
          pairs.add(pair(topic, "differing", s, e, text));
        }
      }
    }
    return new Report(sentences, sources, wording, paraphrase, differing, List.copyOf(pairs));
  }

  private static Pair pair(Topic topic, String kind, SummarySentence s,
      SummarySentence.Evidence e, Map<String, String> text) {
    String other = text.get(e.articleId()).substring(e.start(), e.end()).replaceAll("\\s+", " ");
    return new Pair(topic.id(), kind, e.similarity(), s.text(), other, e.articleId());
  }

  static void print(Report report, PrintStream out) {
    for (Pair p : report.pairs()) {
      out.printf(Locale.ROOT, "%s %s %.3f%n  summary: %s%n  %s: %s%n", p.topic(), p.kind(),
          p.similarity(), p.sentence(), p.otherArticle(), p.other());
    }
    out.printf(Locale.ROOT, "%d summary sentences, %.3f sources each; evidence: %d by wording, "
        + "%d by paraphrase; %d differing%n", report.sentences(), report.sourcesPerSentence(),
        report.wording(), report.paraphrase(), report.differing());
  }

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println("usage: AttributionReport DATASET.jsonl...");
      System.exit(2);
    }
    try {
      for (String file : args) {
        System.out.println("== " + file);
        print(of(DatasetReader.readAll(Path.of(file)), SummaryOptions.defaults()), System.out);
      }
    } catch (PrecisException e) {
      System.err.println("error: " + e.getMessage());
      System.exit(2);
    }
  }
}

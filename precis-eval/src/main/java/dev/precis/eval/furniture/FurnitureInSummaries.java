package dev.precis.eval.furniture;

import dev.precis.attribute.SummarySentence;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.EvaluationSet;
import dev.precis.eval.data.Topic;
import dev.precis.summarize.Budget;
import dev.precis.summarize.NothingToSummarizeException;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.Article;
import dev.precis.text.FurnitureModel;
import dev.precis.text.Language;
import dev.precis.text.SentenceDraft;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What labelled web page furniture the summaries quote: "no caption, credit line or teaser in any
 * summary", measured on the hand-labelled sentences ({@link FurnitureLabels}) rather than by
 * reading. Each labelled set is summarized at its README length ({@link EvaluationSet}) by each
 * method asked for, and every summary sentence is matched to the labelled sentence it quotes by
 * its place in its article (a shortened sentence still counts); the table counts them by kind.
 * Only the labelled sentences count, a sample of each set's pages, so a zero says none of them is
 * quoted, not that no caption on any page is.
 *
 * <pre>{@code
 * String table = FurnitureInSummaries.run(Path.of("../shared"), FurnitureLabels.shipped(),
 *     List.of("learned", "lead"), SummaryOptions.defaults(), System.err::println);
 * }</pre>
 *
 * <p>{@link #run} fits nothing; {@link #heldOut} fits one furniture model a fold, as {@code
 * train-furniture} fits its model. Deterministic.
 */
public final class FurnitureInSummaries {
  /** The furniture kinds of the labels, in the table's order. */
  public static final List<String> KINDS =
      List.of("caption", "credit", "teaser", "web", "social", "slug");
  /** Most characters of a quoted sentence shown in the list under the table. */
  private static final int SHOWN = 110;

  private FurnitureInSummaries() {}

  /**
   * A labelled sentence a summary quotes.
   *
   * @param dataset the labelled set
   * @param topic the cluster whose summary quotes it
   * @param document the article it is in
   * @param label its label
   * @param text the sentence as its page has it
   */
  public record Quoted(String dataset, String topic, String document,
      FurnitureLabels.Label label, String text) {}

  /**
   * What one method's summaries of one set quote.
   *
   * @param dataset the labelled set
   * @param method the summarization method
   * @param summaries how many clusters got a summary (one with nothing to summarize gets none)
   * @param sentences how many sentences the summaries have in all
   * @param labelled the labelled sentences among them, in the order the clusters were
   *     summarized and each summary's reading order
   */
  public record Tally(String dataset, String method, int summaries, int sentences,
      List<Quoted> labelled) {
    public Tally {
      labelled = List.copyOf(labelled);
    }

    /** The tallies of one set and method over several runs (folds), as one. */
    static Tally sum(List<Tally> parts) {
      int summaries = 0;
      int sentences = 0;
      List<Quoted> labelled = new ArrayList<>();
      for (Tally t : parts) {
        summaries += t.summaries();
        sentences += t.sentences();
        labelled.addAll(t.labelled());
      }
      return new Tally(parts.get(0).dataset(), parts.get(0).method(), summaries, sentences,
          labelled);
    }

    /** How many quoted labelled sentences are furniture. */
    public long furniture() {
      return labelled.stream().filter(q -> q.label().furniture()).count();
    }

    /** How many quoted labelled sentences are furniture of {@code kind}. */
    public long ofKind(String kind) {
      return labelled.stream()
          .filter(q -> q.label().furniture() && q.label().kind().equals(kind)).count();
    }
  }

  /**
   * Summarizes {@code topics} of labelled set {@code dataset} with {@code options} and finds the
   * labelled sentences the summaries quote.
   */
  public static Tally tally(String dataset, List<Topic> topics, List<FurnitureLabels.Label> labels,
      SummaryOptions options) {
    Map<String, List<FurnitureLabels.Label>> byDocument = new HashMap<>();
    for (FurnitureLabels.Label l : labels) {
      if (l.dataset().equals(dataset)) {
        byDocument.computeIfAbsent(l.document(), k -> new ArrayList<>()).add(l);
      }
    }
    SummaryPipeline pipeline = new SummaryPipeline(options);
    int summaries = 0;
    int sentences = 0;
    List<Quoted> quoted = new ArrayList<>();
    for (Topic topic : topics) {
      Map<String, List<Placed>> placed = new HashMap<>();
      for (Article article : topic.documents()) {
        List<FurnitureLabels.Label> here = byDocument.get(article.id());
        if (here != null) {
          placed.put(article.id(), place(article, here));
        }
      }
      Summary summary;
      try {
        summary = pipeline.summarize(topic.documents());
      } catch (NothingToSummarizeException nothingToSummarize) {
        continue; // a cluster of failed pages has no summary, and so quotes nothing
      }
      summaries++;
      for (SummarySentence s : summary.sentences()) {
        sentences++;
        for (Placed p : placed.getOrDefault(s.articleId(), List.of())) {
          if (s.start() >= p.draft().start() && s.start() < p.draft().end()) {
            quoted.add(new Quoted(dataset, topic.id(), s.articleId(), p.label(),
                p.draft().original()));
            break;
          }
        }
      }
    }
    return new Tally(dataset, options.method(), summaries, sentences, quoted);
  }

  /**
   * The four labelled sets under {@code shared}, each summarized by each of {@code methods} with
   * {@code base}'s options (its furniture stage among them): a Markdown table, then the furniture
   * the first method's summaries quote, sentence by sentence.
   */
  public static String run(Path shared, List<FurnitureLabels.Label> labels, List<String> methods,
      SummaryOptions base, Consumer<String> log) {
    Report report = new Report(methods);
    for (EvaluationSet set : EvaluationSet.all(shared)) {
      List<Topic> topics = DatasetReader.readAll(set.file());
      for (String method : methods) {
        log.accept("summarizing " + set.name() + " with " + method);
        report.add(set, tally(set.name(), topics, labels, options(base, method, set)));
      }
    }
    return report.text();
  }

  /**
   * As {@link #run}, each cluster summarized with a furniture model that never saw its labels:
   * every set's clusters are dealt into {@code folds} folds by their order in the set, and for
   * each fold a model is fit ({@link FurnitureTrainer#fit}) on the labels of the other folds of
   * all four sets. What these summaries quote is what to expect on pages the model has not seen.
   */
  public static String heldOut(Path shared, List<FurnitureLabels.Label> labels,
      List<String> methods, SummaryOptions base, int folds, Consumer<String> log) {
    if (folds < 2) {
      throw new IllegalArgumentException("held out needs two folds or more, got " + folds);
    }
    List<LabelledSentences.Example> examples = LabelledSentences.read(shared, labels, log);
    List<EvaluationSet> sets = EvaluationSet.all(shared);
    Map<String, List<Topic>> topics = new HashMap<>();
    // a document in clusters of two folds is held out of both folds' models
    Map<String, Set<Integer>> foldsOf = new HashMap<>();
    for (EvaluationSet set : sets) {
      List<Topic> read = DatasetReader.readAll(set.file());
      topics.put(set.name(), read);
      for (int k = 0; k < read.size(); k++) {
        for (Article article : read.get(k).documents()) {
          foldsOf.computeIfAbsent(set.name() + "/" + article.id(), key -> new HashSet<>())
              .add(k % folds);
        }
      }
    }
    Map<String, List<Tally>> tallies = new HashMap<>();
    for (int fold = 0; fold < folds; fold++) {
      int held = fold;
      FurnitureModel model = FurnitureTrainer.fit(examples.stream()
          .filter(e -> !foldsOf.getOrDefault(e.label().dataset() + "/" + e.label().document(),
              Set.of()).contains(held))
          .toList(), "fold " + (fold + 1) + " of " + folds);
      for (EvaluationSet set : sets) {
        List<Topic> all = topics.get(set.name());
        List<Topic> these = new ArrayList<>();
        for (int k = fold; k < all.size(); k += folds) {
          these.add(all.get(k));
        }
        for (String method : methods) {
          log.accept("summarizing " + set.name() + " with " + method + ", fold " + (fold + 1)
              + " of " + folds);
          tallies.computeIfAbsent(set.name() + "\t" + method, key -> new ArrayList<>())
              .add(tally(set.name(), these, labels,
                  options(base, method, set).withFurniture(model)));
        }
      }
    }
    Report report = new Report(methods);
    for (EvaluationSet set : sets) {
      for (String method : methods) {
        report.add(set, Tally.sum(tallies.get(set.name() + "\t" + method)));
      }
    }
    return report.text();
  }

  private static SummaryOptions options(SummaryOptions base, String method, EvaluationSet set) {
    return base.withMethod(method).withBudget(Budget.words(set.words()))
        .withLanguage(Language.ENGLISH);
  }

  /** The table, row by row, and the furniture the first method quotes. */
  private static final class Report {
    private final List<String> methods;
    private final StringBuilder table = new StringBuilder("| set | words | method | summaries | "
        + "summary sentences | labelled among them | not furniture | furniture | "
        + String.join(" | ", KINDS) + " |\n|---|---:|---|---:|---:|---:|---:|---:|"
        + "---:|".repeat(KINDS.size()) + "\n");
    private final List<Quoted> shown = new ArrayList<>();

    Report(List<String> methods) {
      this.methods = methods;
    }

    void add(EvaluationSet set, Tally t) {
      table.append(row(set, t));
      if (t.method().equals(methods.get(0))) {
        t.labelled().stream().filter(q -> q.label().furniture()).forEach(shown::add);
      }
    }

    String text() {
      StringBuilder out = new StringBuilder(table);
      out.append("\nLabelled furniture that ").append(methods.get(0))
          .append("'s summaries quote (").append(shown.size()).append("):\n\n");
      for (Quoted q : shown) {
        String text = q.text().length() <= SHOWN ? q.text() : q.text().substring(0, SHOWN) + "...";
        out.append(String.format(Locale.ROOT, "- %s %s, %s sentence %d (%s): %s%n", q.dataset(),
            q.topic(), q.document(), q.label().sentence(), q.label().kind(), text));
      }
      return out.toString();
    }
  }

  private static String row(EvaluationSet set, Tally t) {
    StringBuilder row = new StringBuilder(String.format(Locale.ROOT,
        "| %s | %d | %s | %d | %d | %d | %d | %d |", set.name(), set.words(), t.method(),
        t.summaries(), t.sentences(), t.labelled().size(), t.labelled().size() - t.furniture(),
        t.furniture()));
    for (String kind : KINDS) {
      row.append(' ').append(t.ofKind(kind)).append(" |");
    }
    return row.append('\n').toString();
  }

  /** A label with the sentence it names, found in its article the way the trainer finds it. */
  private record Placed(FurnitureLabels.Label label, SentenceDraft draft) {}

  private static List<Placed> place(Article article, List<FurnitureLabels.Label> labels) {
    List<SentenceDraft> drafts = SentenceDraft.of(article);
    List<String> hashes = drafts.stream().map(d -> LabelledSentences.sha1(d.original())).toList();
    List<Placed> placed = new ArrayList<>();
    for (FurnitureLabels.Label l : labels) {
      int at = LabelledSentences.find(l, hashes);
      if (at >= 0) {
        placed.add(new Placed(l, drafts.get(at)));
      }
    }
    return placed;
  }
}

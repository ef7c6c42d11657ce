package dev.precis.eval.update;

import dev.precis.PrecisException;
import dev.precis.eval.data.DatasetReader;
import dev.precis.eval.data.EvaluationSet;
import dev.precis.eval.data.Topic;
import dev.precis.eval.rouge.Rouge;
import dev.precis.eval.rouge.RougeOptions;
import dev.precis.summarize.Budget;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.attribute.SummarySentence;
import dev.precis.text.Article;
import dev.precis.text.ArticleDates;
import dev.precis.text.Language;
import dev.precis.update.Since;
import dev.precis.update.UpdateSummarizer;
import dev.precis.update.UpdateSummary;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of what a reader has already seen an update summary repeats, against a plain summary
 * of the same new articles, and what it costs in ROUGE against the references.
 *
 * <pre>{@code
 * bin/precis eval-update --shared ../shared [--method ilp]
 * }</pre>
 *
 * <p>Each cluster's dated documents are split by date into an earlier part (seen) and a later
 * part (new), at the day boundary nearest the middle; a cluster whose documents share one day
 * cannot be split and is skipped (counted). The plain summary summarizes the later part; the
 * update summary is {@link UpdateSummarizer} with {@code since} the later part's first day over
 * all dated documents. Overlap with the earlier part is the share of the summary's word bigrams
 * (ROUGE's tokens, Porter-stemmed, stop words kept) that occur in the earlier part: ROUGE-2
 * precision with the earlier part as the model; and the share of summary sentences of which half
 * or more of the bigrams occur there. Nothing is fit on these sets: the update summary uses the
 * summarizer's own redundancy test and weights, so every row is a held-out figure.
 * Deterministic.
 */
public final class UpdateBenchmark {
  /** The sets measured, in the order of the tables. */
  static final List<String> SETS =
      List.of("duc2003-task2", "duc2003-task4", "tac2011-english", "multinews");
  /** DUC and TDT document ids carry the day: APW19981017.0151, NYT19981017.0292. */
  private static final Pattern DAY_IN_ID = Pattern.compile("^[A-Z]{3}(\\d{8})\\.");
  private static final Pattern OPENING_DAY = Pattern.compile("^(\\d{4}/\\d{2}/\\d{2})\\s");
  /** A sentence counts as already seen when this share of its bigrams is in the earlier part. */
  static final double MOSTLY_SEEN = 0.5;

  /** The weights of seen concepts measured. */
  static final double[] WEIGHTS = {0, 0.25, 0.5, 0.75, 1};
  /** "ROUGE not falling by more than a little": the share of the plain summary's kept. */
  static final double KEEP_ROUGE2 = 0.9;
  private static final String HEADER = "| dataset | clusters split | summary | bigrams in the "
      + "earlier part | sentences mostly in it | ROUGE-1 | ROUGE-2 | words |\n"
      + "|---|---:|---|---:|---:|---:|---:|---:|\n";

  private static final Rouge OVERLAP = new Rouge(RougeOptions.parse("-n 2 -m"));

  private UpdateBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: UpdateBenchmark SHARED_DIR [METHOD]");
      System.exit(2);
    }
    try {
      System.out.print(run(Path.of(args[0]), args.length > 1 ? args[1] : "ilp"));
    } catch (PrecisException e) {
      System.err.println("precis: " + e.getMessage());
      System.exit(2);
    }
  }

  /** Runs the measurement on the datasets under {@code shared}; returns Markdown tables. */
  public static String run(Path shared, String method) {
    Map<String, Measured> measured = new LinkedHashMap<>();
    StringBuilder notes = new StringBuilder();
    for (EvaluationSet dataset : EvaluationSet.of(shared, SETS)) {
      Measured m = measure(dataset, DatasetReader.readAll(dataset.file()), method, notes);
      if (m != null) {
        measured.put(dataset.path(), m);
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("Leave one dataset out: the weight of seen concepts chosen on the other sets "
        + "(lowest overlap whose ROUGE-2 stays at " + Math.round(KEEP_ROUGE2 * 100)
        + "% of the plain summary's or more on each), scored on the left-out one.\n\n");
    out.append(HEADER);
    for (Map.Entry<String, Measured> e : measured.entrySet()) {
      Map<String, Measured> others = new LinkedHashMap<>(measured);
      others.remove(e.getKey());
      int w = choose(others.values());
      Measured m = e.getValue();
      out.append(m.plain.row(e.getKey(), m.split, "plain, later part"));
      out.append(m.update[w].row(e.getKey(), m.split, "update, seen weight " + WEIGHTS[w]
          + " (fit on the others)"));
    }
    int all = choose(measured.values());
    out.append("\nEvery weight (0: seen concepts count for nothing; 1: only the sentence filter)."
        + "\n\n").append(HEADER);
    for (Map.Entry<String, Measured> e : measured.entrySet()) {
      Measured m = e.getValue();
      out.append(m.plain.row(e.getKey(), m.split, "plain, later part"));
      for (int w = 0; w < WEIGHTS.length; w++) {
        out.append(m.update[w].row(e.getKey(), m.split, "update, seen weight " + WEIGHTS[w]));
      }
    }
    out.append(String.format(Locale.ROOT, "%nFit on all measured sets by the same rule: seen "
        + "weight %s (the shipped default is %s).%n%n", WEIGHTS[all],
        UpdateSummarizer.SEEN_CONCEPT_WEIGHT));
    return out + notes.toString();
  }

  /**
   * The weight whose update summaries repeat least of the earlier part on average over {@code
   * sets}, among those whose ROUGE-2 keeps {@link #KEEP_ROUGE2} of the plain summary's on each
   * set; the last weight (1) when none does.
   */
  static int choose(Iterable<Measured> sets) {
    int best = WEIGHTS.length - 1;
    double bestOverlap = Double.MAX_VALUE;
    for (int w = 0; w < WEIGHTS.length; w++) {
      boolean keeps = true;
      double overlap = 0;
      int n = 0;
      for (Measured m : sets) {
        keeps &= m.update[w].rouge2 >= KEEP_ROUGE2 * m.plain.rouge2;
        overlap += m.update[w].seenBigrams / m.update[w].clusters;
        n++;
      }
      if (keeps && n > 0 && overlap / n < bestOverlap) {
        best = w;
        bestOverlap = overlap / n;
      }
    }
    return best;
  }

  /** One dataset's sums: the plain summary's and the update summary's at each weight. */
  record Measured(String split, Scores plain, Scores[] update) {}

  private static Measured measure(EvaluationSet dataset, List<Topic> topics, String method,
      StringBuilder notes) {
    Rouge rouge = new Rouge(RougeOptions.parse(dataset.rouge()));
    boolean recall = dataset.rouge().contains("-l ");
    Scores plain = new Scores();
    Scores[] update = new Scores[WEIGHTS.length];
    for (int w = 0; w < update.length; w++) {
      update[w] = new Scores();
    }
    int documents = 0;
    int dated = 0;
    int oneDay = 0;
    int nothingLeft = 0;
    for (Topic topic : topics) {
      documents += topic.documents().size();
      List<Article> withDates = new ArrayList<>();
      for (Article doc : topic.documents()) {
        date(doc).ifPresent(day -> withDates.add(new Article(doc.id(), doc.title(), day.toString(),
            doc.url(), doc.source(), doc.byline(), doc.text())));
      }
      dated += withDates.size();
      withDates.sort(Comparator.comparing(Article::date).thenComparing(Article::id));
      int cut = cut(withDates);
      if (cut < 0) {
        oneDay += withDates.isEmpty() ? 0 : 1;
        continue;
      }
      List<Article> earlier = withDates.subList(0, cut);
      List<Article> later = withDates.subList(cut, withDates.size());
      SummaryOptions options = SummaryOptions.defaults().withMethod(method)
          .withBudget(Budget.words(dataset.words()))
          .withLanguage(topic.language() == null ? Language.ENGLISH
              : Language.parse(topic.language()));
      List<List<String>> references = topic.references().stream()
          .map(Topic.Reference::sentences).toList();
      List<String> seen = earlier.stream().flatMap(a -> a.text().lines()).map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
      plain.add(new SummaryPipeline(options).summarize(later), seen, references, rouge, recall);
      Since since = Since.parse(later.get(0).date());
      for (int w = 0; w < WEIGHTS.length; w++) {
        UpdateSummary u = new UpdateSummarizer(options, WEIGHTS[w])
            .summarize(withDates, since, List.of());
        if (u.newArticles() != later.size()) {
          throw new IllegalStateException(topic.id() + ": the update split differs from the plain");
        }
        if (u.summary().sentences().isEmpty()) {
          nothingLeft++;
        }
        update[w].add(u.summary(), seen, references, rouge, recall);
      }
    }
    String name = dataset.path();
    if (plain.clusters == 0) {
      notes.append(String.format(Locale.ROOT, "%s: %d of %d documents carry a date; no cluster "
          + "could be split by date, so it is not measured.%n", name, dated, documents));
      return null;
    }
    notes.append(String.format(Locale.ROOT, "%s: %d of %d documents dated, %d clusters on one day "
        + "(not split), ROUGE %s (%s), %d update summaries empty (everything already seen).%n",
        name, dated, documents, oneDay, recall ? "recall" : "F", dataset.rouge(), nothingLeft));
    return new Measured(plain.clusters + " of " + topics.size(), plain, update);
  }

  /**
   * Where documents sorted by day split into earlier and later: the day boundary nearest the
   * middle, or -1 when all share one day (or there are fewer than two).
   */
  static int cut(List<Article> byDay) {
    int best = -1;
    int middle = byDay.size() / 2;
    for (int k = 1; k < byDay.size(); k++) {
      if (!byDay.get(k - 1).date().equals(byDay.get(k).date())
          && (best < 0 || Math.abs(k - middle) < Math.abs(best - middle))) {
        best = k;
      }
    }
    return best;
  }

  /**
   * A document's day: its date, else the day in a DUC/TDT id, else a dateline among its first
   * three lines (TAC 2011's WikiNews articles: "Saturday, January 8, 2005" under the title, or
   * "2005/01/08 Title").
   */
  static Optional<LocalDate> date(Article doc) {
    Optional<LocalDate> written = ArticleDates.parse(doc.date());
    if (written.isPresent()) {
      return written;
    }
    Matcher id = DAY_IN_ID.matcher(doc.id());
    if (id.find()) {
      return ArticleDates.parse(id.group(1).substring(0, 4) + "-" + id.group(1).substring(4, 6)
          + "-" + id.group(1).substring(6));
    }
    List<String> lines = doc.text().lines().map(String::strip).filter(l -> !l.isEmpty())
        .limit(3).toList();
    for (String line : lines) {
      Matcher opening = OPENING_DAY.matcher(line);
      if (opening.find()) {
        return ArticleDates.parse(opening.group(1));
      }
      if (line.length() <= 40 && ArticleDates.parse(line).isPresent()) {
        return ArticleDates.parse(line);
      }
    }
    return Optional.empty();
  }

  /** Sums over the split clusters of one system. */
  static final class Scores {
    int clusters;
    double seenBigrams;
    double seenSentences;
    double rouge1;
    double rouge2;
    double words;

    void add(Summary summary, List<String> seen, List<List<String>> references, Rouge rouge,
        boolean recall) {
      clusters++;
      List<String> sentences = summary.sentences().stream().map(SummarySentence::text).toList();
      seenBigrams += OVERLAP.score(sentences, List.of(seen)).get("ROUGE-2").precision();
      int mostly = 0;
      for (String s : sentences) {
        if (OVERLAP.score(List.of(s), List.of(seen)).get("ROUGE-2").precision() >= MOSTLY_SEEN) {
          mostly++;
        }
      }
      seenSentences += sentences.isEmpty() ? 0 : (double) mostly / sentences.size();
      var scores = rouge.score(sentences, references);
      rouge1 += recall ? scores.get("ROUGE-1").recall() : scores.get("ROUGE-1").f();
      rouge2 += recall ? scores.get("ROUGE-2").recall() : scores.get("ROUGE-2").f();
      for (String s : sentences) {
        words += s.split("\\s+").length;
      }
    }

    String row(String dataset, String split, String system) {
      return String.format(Locale.ROOT, "| %s | %s | %s | %.3f | %.3f | %.4f | %.4f | %.0f |%n",
          dataset, split, system, seenBigrams / clusters, seenSentences / clusters,
          rouge1 / clusters, rouge2 / clusters, words / clusters);
    }
  }
}

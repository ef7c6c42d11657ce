package dev.precis.eval.query;

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
import dev.precis.text.Language;
import dev.precis.text.TermNormalizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether {@code --query} summarizes what the articles say about the query and not the rest,
 * measured on two stories mixed into one input, since the shared sets have no query or topic
 * statements.
 *
 * <pre>{@code
 * bin/precis eval-query --shared ../shared [--method ilp]
 * }</pre>
 *
 * <p>Each cluster (the asked-about story) is mixed with the cluster half the set away (the other
 * story), their documents interleaved (asked, other, asked, ...) so that neither has the lead.
 * The query is the three words a reader who knows the story would type: the asked story's words
 * (four letters or more, no stop words) found in most of its documents and in few other clusters
 * of the set (document frequency in the story × log(clusters / clusters using the word)). It is
 * taken from the documents, never from the references. Three summaries of each pair: the mixed
 * input without a query, the mixed input with the query, and the asked story alone (what a
 * perfect filter would leave). Reported: the share of summary sentences taken from the asked
 * story, ROUGE against the asked story's references, and how often the query found nothing.
 * Nothing is fit here: the query boost and close-word rule were set by reasoning, so every row is
 * a held-out figure. Deterministic.
 */
public final class QueryBenchmark {
  /** The sets measured, in the order of the tables. */
  static final List<String> SETS =
      List.of("duc2003-task2", "duc2003-task4", "tac2011-english", "multinews");
  /** Words of the query. */
  static final int QUERY_WORDS = 3;
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{4,}");
  private static final String HEADER = "| dataset | pairs | summary | sentences from the asked "
      + "story | ROUGE-1 | ROUGE-2 | words | nothing found |\n"
      + "|---|---:|---|---:|---:|---:|---:|---:|\n";

  private QueryBenchmark() {}

  /** Runs the measurement on the datasets under {@code shared}; returns a Markdown table. */
  public static String run(Path shared, String method) {
    StringBuilder table = new StringBuilder(HEADER);
    StringBuilder examples = new StringBuilder();
    for (EvaluationSet dataset : EvaluationSet.of(shared, SETS)) {
      measure(dataset, DatasetReader.readAll(dataset.file()), method, table, examples);
    }
    return table + "\nFirst queries of each set:\n\n" + examples;
  }

  private static void measure(EvaluationSet dataset, List<Topic> topics, String method,
      StringBuilder table, StringBuilder examples) {
    Rouge rouge = new Rouge(RougeOptions.parse(dataset.rouge()));
    boolean recall = dataset.rouge().contains("-l ");
    List<Set<String>> words = topics.stream().map(QueryBenchmark::clusterWords).toList();
    Scores mixed = new Scores();
    Scores asked = new Scores();
    Scores alone = new Scores();
    int n = topics.size();
    for (int i = 0; i < n; i++) {
      Topic story = topics.get(i);
      Topic other = topics.get((i + n / 2) % n);
      String query = query(story, words);
      if (i < 3) {
        examples.append(String.format(Locale.ROOT, "- %s %s: \"%s\"%n",
            dataset.path(), story.id(), query));
      }
      Set<String> storyIds = new HashSet<>();
      story.documents().forEach(d -> storyIds.add(d.id()));
      List<Article> input = interleave(story.documents(), other.documents());
      SummaryOptions options = SummaryOptions.defaults().withMethod(method)
          .withBudget(Budget.words(dataset.words())).withLanguage(Language.ENGLISH);
      List<List<String>> references = story.references().stream()
          .map(Topic.Reference::sentences).toList();
      mixed.add(new SummaryPipeline(options).summarize(input), storyIds, references, rouge,
          recall);
      alone.add(new SummaryPipeline(options).summarize(story.documents()), storyIds, references,
          rouge, recall);
      try {
        asked.add(new SummaryPipeline(options.withQuery(query)).summarize(input), storyIds,
            references, rouge, recall);
      } catch (PrecisException nothingAboutIt) {
        asked.nothing++;
        asked.pairs++;
      }
    }
    String name = dataset.path();
    String length = dataset.words() + " words, " + (recall ? "recall" : "F");
    table.append(mixed.row(name, "two stories, no query (" + length + ")"));
    table.append(asked.row(name, "two stories, `--query`"));
    table.append(alone.row(name, "the asked story alone"));
  }

  /** The documents of both stories, alternating, the asked story's first. */
  static List<Article> interleave(List<Article> asked, List<Article> other) {
    List<Article> out = new ArrayList<>();
    for (int k = 0; k < Math.max(asked.size(), other.size()); k++) {
      if (k < asked.size()) {
        out.add(asked.get(k));
      }
      if (k < other.size()) {
        out.add(other.get(k));
      }
    }
    return out;
  }

  /** The query for {@code story}: its {@link #QUERY_WORDS} most telling words, space-separated. */
  static String query(Topic story, List<Set<String>> clusterWords) {
    Map<String, Integer> inDocuments = new HashMap<>();
    for (Article doc : story.documents()) {
      for (String w : words(doc.text())) {
        inDocuments.merge(w, 1, Integer::sum);
      }
    }
    Map<String, Double> score = new HashMap<>();
    for (Map.Entry<String, Integer> e : inDocuments.entrySet()) {
      long clusters = clusterWords.stream().filter(s -> s.contains(e.getKey())).count();
      score.put(e.getKey(), e.getValue() * Math.log((double) clusterWords.size() / clusters));
    }
    return score.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed()
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(QUERY_WORDS).map(Map.Entry::getKey)
        .reduce((a, b) -> a + " " + b).orElse("");
  }

  private static Set<String> clusterWords(Topic topic) {
    Set<String> all = new HashSet<>();
    topic.documents().forEach(d -> all.addAll(words(d.text())));
    return all;
  }

  /** The distinct lower-cased words of four letters or more that are not stop words. */
  static Set<String> words(String text) {
    TermNormalizer english = TermNormalizer.of(Language.ENGLISH);
    Set<String> out = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (!english.isStopWord(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Sums over the pairs of one system. */
  static final class Scores {
    int pairs;
    int nothing;
    double fromStory;
    double rouge1;
    double rouge2;
    double words;

    void add(Summary summary, Set<String> storyIds, List<List<String>> references, Rouge rouge,
        boolean recall) {
      pairs++;
      List<SummarySentence> chosen = summary.sentences();
      long own = chosen.stream().filter(s -> storyIds.contains(s.articleId())).count();
      fromStory += chosen.isEmpty() ? 0 : (double) own / chosen.size();
      List<String> sentences = chosen.stream().map(SummarySentence::text).toList();
      var scores = rouge.score(sentences, references);
      rouge1 += recall ? scores.get("ROUGE-1").recall() : scores.get("ROUGE-1").f();
      rouge2 += recall ? scores.get("ROUGE-2").recall() : scores.get("ROUGE-2").f();
      for (String s : sentences) {
        words += s.split("\\s+").length;
      }
    }

    /** Averages over every pair; a query that found nothing counts as an empty summary. */
    String row(String dataset, String system) {
      return String.format(Locale.ROOT, "| %s | %d | %s | %.3f | %.4f | %.4f | %.0f | %d |%n",
          dataset, pairs, system, fromStory / pairs, rouge1 / pairs, rouge2 / pairs,
          words / pairs, nothing);
    }
  }
}

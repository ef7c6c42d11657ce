package dev.precis.summarize;

import dev.precis.PrecisException;
import dev.precis.facts.FactExtractor;
import dev.precis.facts.StoryFacts;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.ArticleDates;
import dev.precis.text.Language;
import dev.precis.text.TextPipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * From articles to a {@link Summary}: text pipeline, candidate sentences, the chosen method's
 * selection, reading order, attribution. Immutable and thread-safe; build one per set of options.
 */
public final class SummaryPipeline {
  private final SummaryOptions options;
  private final Summarizer summarizer;
  private final TextPipeline text;
  private final FactExtractor facts = new FactExtractor();

  public SummaryPipeline(SummaryOptions options) {
    this(options, Summarizers.create(options.method()));
  }

  /**
   * A pipeline around a summarizer made elsewhere (an evaluation's oracle, a method with
   * non-default parameters); {@code options.method()} is then not used to choose it.
   */
  public SummaryPipeline(SummaryOptions options, Summarizer summarizer) {
    this.options = options;
    this.summarizer = summarizer;
    this.text = new TextPipeline(options.language(), options.compress(), options.dropAttributions());
  }

  public SummaryOptions options() {
    return options;
  }

  public Summary summarize(List<Article> articles) {
    if (articles == null || articles.isEmpty()) {
      throw new PrecisException("nothing to summarize: no articles were given");
    }
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      if (!ids.add(a.id())) {
        throw new PrecisException("two articles share the id '" + a.id() + "'; ids must be unique");
      }
    }
    AnalyzedCluster cluster = text.analyze(articles);
    if (cluster.size() == 0) {
      throw new PrecisException("nothing to summarize: the " + articles.size()
          + (articles.size() == 1 ? " article has" : " articles have") + " no sentences");
    }
    SentenceVectors vectors = new SentenceVectors(cluster);
    Candidates candidates = new Candidates(cluster, vectors, options.budget(), options.minWords(),
        options.maxWords(), options.maxCandidates(), options.redundancy());
    Selection selection = summarizer.select(candidates, options.budget());

    List<Integer> order = new ArrayList<>(selection.sentences());
    order.sort(readingOrder(cluster));
    Map<Integer, Double> scores = new LinkedHashMap<>();
    for (int k = 0; k < selection.sentences().size(); k++) {
      scores.put(selection.sentences().get(k), selection.scores().get(k));
    }
    Attribution attribution = new Attribution(cluster, vectors, options.supportSimilarity());
    List<SummarySentence> sentences = new ArrayList<>();
    for (int s : order) {
      sentences.add(attribution.attribute(s, round(scores.get(s))));
    }
    return new Summary(summarizer.name(), parameters(), sentences, storyFacts(articles), articles,
        candidates.notes(), selection.details());
  }

  /** The rule-based extractor knows English names, titles and quoting habits only. */
  private StoryFacts storyFacts(List<Article> articles) {
    return options.language() == Language.ENGLISH ? facts.extract(articles) : StoryFacts.empty();
  }

  /** Article date (dated before undated), then position in the article, then article order. */
  private static Comparator<Integer> readingOrder(AnalyzedCluster cluster) {
    List<Article> articles = cluster.articles();
    long[] day = new long[articles.size()];
    for (int a = 0; a < day.length; a++) {
      day[a] = ArticleDates.parse(articles.get(a).date()).map(LocalDate::toEpochDay)
          .orElse(Long.MAX_VALUE);
    }
    return Comparator.comparingLong((Integer s) -> day[cluster.sentences().get(s).articleIndex()])
        .thenComparingInt(s -> cluster.sentences().get(s).position())
        .thenComparingInt(s -> cluster.sentences().get(s).articleIndex());
  }

  private Map<String, Object> parameters() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("budget", options.budget().limit());
    p.put("budgetUnit", options.budget().unit().name().toLowerCase(java.util.Locale.ROOT));
    p.put("language", options.language().label());
    p.put("compress", options.compress());
    p.put("dropAttributions", options.dropAttributions());
    p.put("minWords", options.minWords());
    p.put("maxWords", options.maxWords());
    p.put("maxCandidates", options.maxCandidates());
    p.put("redundancy", options.redundancy());
    p.put("supportSimilarity", options.supportSimilarity());
    p.putAll(summarizer.parameters());
    return p;
  }

  private static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }
}

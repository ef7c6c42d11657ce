package dev.precis.summarize;

import dev.precis.PrecisException;
import dev.precis.WorkCancelledException;
import dev.precis.attribute.Attribution;
import dev.precis.attribute.SummarySentence;
import dev.precis.dedup.DedupResult;
import dev.precis.dedup.Deduplicator;
import dev.precis.facts.FactExtractor;
import dev.precis.facts.StoryFacts;
import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.ArticleDates;
import dev.precis.text.FurnitureFilter;
import dev.precis.text.Language;
import dev.precis.text.PerArticle;
import dev.precis.text.Sentence;
import dev.precis.text.StorySentences;
import dev.precis.text.TextPipeline;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * From articles to a {@link Summary}: text pipeline, candidate sentences, the chosen method's
 * selection, reading order, attribution. Immutable and thread-safe; build one per set of options.
 */
public final class SummaryPipeline {
  /**
   * Where a summary's side work runs while the calling thread does the rest: the story's facts,
   * and the articles' pages made while copies are looked for. A thread per core at most, and the
   * caller itself when all are busy. Its own pool rather than the common one, so that stopping a
   * summary can interrupt its side work without leaving the interrupt to the next task (a
   * ThreadPoolExecutor clears it between tasks).
   */
  private static final ThreadPoolExecutor ALONGSIDE = new ThreadPoolExecutor(0,
      Runtime.getRuntime().availableProcessors(), 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
      task -> {
        Thread t = new Thread(task, "precis-alongside");
        t.setDaemon(true);
        return t;
      }, new ThreadPoolExecutor.CallerRunsPolicy());

  private final SummaryOptions options;
  private final Summarizer summarizer;
  private final TextPipeline text;
  /** What finds the story's facts, or null for summaries without them ({@link #withoutFacts}). */
  private final FactExtractor facts;
  private final Deduplicator deduplicator;

  public SummaryPipeline(SummaryOptions options) {
    this(options, Summarizers.create(options.method()));
  }

  /**
   * A pipeline around a summarizer made elsewhere (an evaluation's oracle, a method with
   * non-default parameters); {@code options.method()} is then not used to choose it.
   */
  public SummaryPipeline(SummaryOptions options, Summarizer summarizer) {
    this(options, summarizer, new TextPipeline(options.language(), options.compress(),
        options.dropAttributions(),
        options.furniture() == null ? null : new FurnitureFilter(options.furniture())),
        new FactExtractor(), Deduplicator.withDefaults());
  }

  private SummaryPipeline(SummaryOptions options, Summarizer summarizer, TextPipeline text,
      FactExtractor facts, Deduplicator deduplicator) {
    this.options = options;
    this.summarizer = summarizer;
    this.text = text;
    this.facts = facts;
    this.deduplicator = deduplicator;
  }

  /**
   * The same pipeline, its summaries without the story's facts ({@link Summary#facts()} is
   * {@link StoryFacts#empty()}): for a caller that shows only the summary, such as {@code
   * summarize --dataset}, which then skips the people, places, dates and quotes' share of the
   * work. The summaries are the same, byte for byte; only what the facts could do goes with them
   * (a failure in finding them, an interrupt noticed while waiting for them).
   */
  public SummaryPipeline withoutFacts() {
    return new SummaryPipeline(options, summarizer, text, null, deduplicator);
  }

  public SummaryOptions options() {
    return options;
  }

  public Summary summarize(List<Article> articles) {
    return summarize(articles, List.of(), 1);
  }

  /**
   * As {@link #summarize(List)}, the articles read through {@code reader}: a reading the caller
   * shares with stages of its own ({@link StorySentences#once} over more articles than these),
   * so that nothing is read twice. The summary is the same either way.
   */
  public Summary summarize(List<Article> articles,
      Function<Article, List<StorySentences.Sentence>> reader) {
    Objects.requireNonNull(reader, "reader");
    return summarize(articles, List.of(), 1, reader);
  }

  /**
   * An update summary: {@code articles} summarized for a reader who has already read {@code
   * seen} (earlier articles, or an earlier summary as one text). No sentence is chosen that a
   * seen sentence already says, and the default method weighs the seen text's concepts by {@code
   * seenConceptWeight} (0 to 1) of their weight; sources are the new articles only. With no seen
   * text this is {@link #summarize(List)}. {@code dev.precis.update.UpdateSummarizer} splits a
   * story by date, chooses the weight and says what is new.
   */
  public Summary summarize(List<Article> articles, List<Article> seen, double seenConceptWeight) {
    return summarize(articles, seen, seenConceptWeight, null);
  }

  private Summary summarize(List<Article> articles, List<Article> seen, double seenConceptWeight,
      Function<Article, List<StorySentences.Sentence>> reader) {
    if (!(seenConceptWeight >= 0 && seenConceptWeight <= 1)) {
      throw new PrecisException("the weight of seen concepts must be in [0, 1], got "
          + seenConceptWeight);
    }
    if (articles == null || articles.isEmpty()) {
      throw new PrecisException("nothing to summarize: no articles were given");
    }
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      if (!ids.add(a.id())) {
        throw new PrecisException("two articles share the id '" + a.id() + "'; ids must be unique");
      }
    }
    Function<Article, List<StorySentences.Sentence>> read =
        reader != null ? reader : StorySentences.once(articles);
    // each article is read once, whichever stage reads it first; copies are analysed once,
    // through their representative, and credited as sources below
    boolean lookForCopies = options.dedup() && articles.size() > 1;
    PerArticle<TextPipeline.Page> pages =
        PerArticle.of(articles, article -> text.page(article, read));
    // the story's facts come from the raw articles alone: they are extracted on another core
    // while this one selects sentences (the result is the same either way; only the wait is
    // shorter). While this core looks for copies in a story it deduplicates by itself (a few
    // dozen articles, which have few copies, so little of the work is thrown away), that one
    // first makes the articles' pages, so that the text analysis then only puts them together;
    // a larger cluster, which may be mostly copies, is deduplicated on every core
    boolean pagesAhead = lookForCopies && articles.size() <= Deduplicator.ON_CALLER;
    Thread caller = Thread.currentThread();
    Callable<StoryFacts> extract = facts != null ? () -> storyFacts(articles) : StoryFacts::empty;
    FutureTask<StoryFacts> storyFacts = new FutureTask<>(extract);
    FutureTask<Void> alongside = new FutureTask<>(() -> {
      try {
        // with every thread of the pool busy the caller runs this itself, and gains nothing
        if (pagesAhead && Thread.currentThread() != caller) {
          pages.makeAhead();
        }
      } finally {
        storyFacts.run();
      }
    }, null);
    try {
      if (facts != null || pagesAhead) {
        ALONGSIDE.execute(alongside);
      } else {
        alongside.run();
      }
      DedupResult dedup = lookForCopies ? deduplicator.deduplicate(articles, read) : null;
      return summarize(articles, seen == null ? List.of() : seen, seenConceptWeight, storyFacts,
          read, pages, dedup);
    } finally {
      // stopped or failed: the facts are not wanted either (a no-op once they are done), nor
      // the pages of copies still being made
      storyFacts.cancel(true);
      alongside.cancel(true);
    }
  }

  private Summary summarize(List<Article> articles, List<Article> seen, double seenConceptWeight,
      FutureTask<StoryFacts> storyFacts, Function<Article, List<StorySentences.Sentence>> reader,
      PerArticle<TextPipeline.Page> pages, DedupResult dedup) {
    List<Article> analysed = dedup == null ? articles : dedup.representatives(articles);
    AnalyzedCluster cluster = text.analyze(analysed, reader, pages::get);
    if (cluster.size() == 0) {
      throw new NothingToSummarizeException("nothing to summarize: the " + articles.size()
          + (articles.size() == 1 ? " article has" : " articles have") + " no sentences");
    }
    WorkCancelledException.throwIfInterrupted();
    SentenceVectors vectors = new SentenceVectors(cluster);
    QueryFocus focus = options.query() == null ? null : QueryFocus.of(options.query(), cluster);
    Candidates candidates = new Candidates(cluster, vectors, options.budget(), options.minWords(),
        options.maxWords(), options.maxCandidates(), options.redundancy(), focus);
    if (!seen.isEmpty()) {
      List<Article> both = new ArrayList<>(analysed);
      both.addAll(seen);
      candidates = candidates.without(
          new SeenContent(cluster, text.analyze(both, reader), options.redundancy()), seenConceptWeight);
    }
    WorkCancelledException.throwIfInterrupted();
    Selection selection = summarizer.select(candidates, options.budget());
    WorkCancelledException.throwIfInterrupted();

    List<Integer> order = readingOrder(cluster, selection.sentences());
    Map<Integer, Double> scores = new LinkedHashMap<>();
    for (int k = 0; k < selection.sentences().size(); k++) {
      scores.put(selection.sentences().get(k), selection.scores().get(k));
    }
    Attribution attribution = new Attribution(cluster, vectors, options.supportSimilarity(),
        candidates.rewording(), dedup, articles, reader);
    List<SummarySentence> sentences = new ArrayList<>();
    for (int s : order) {
      sentences.add(attribution.attribute(s, round(scores.get(s))));
    }
    List<String> notes = new ArrayList<>(candidates.notes());
    if (options.language() != Language.ENGLISH) {
      notes.add(englishOnlyNote(options.language()));
    }
    if (dedup != null && dedup.uniqueCount() < articles.size()) {
      int copied = articles.size() - dedup.uniqueCount();
      notes.add(copied + (copied == 1 ? " article was a copy" : " articles were copies")
          + " of another; each group was summarized once and each copy is credited with the "
          + "sentences whose figures it states");
    }
    return new Summary(summarizer.name(), parameters(), sentences, join(storyFacts), articles,
        notes, selection.details());
  }

  /**
   * The facts, waited for interruptibly: a stopped request (see {@link WorkCancelledException})
   * does not wait for them, and they stop too.
   */
  private static StoryFacts join(FutureTask<StoryFacts> facts) {
    try {
      return facts.get();
    } catch (InterruptedException e) {
      facts.cancel(true);
      Thread.currentThread().interrupt();
      throw new WorkCancelledException("interrupted while the story's facts were extracted");
    } catch (java.util.concurrent.ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /**
   * What a summary in another language goes without, said in its notes so that an empty facts
   * section or an unshortened sentence is not mistaken for "none found".
   */
  static String englishOnlyNote(Language language) {
    return "English only, so not done for " + language.label() + ": people, organizations, places,"
        + " dates and quotes (none are listed), shortening sentences, dropping web page furniture,"
        + " and recognising sentences that say the same thing in other words (same wording only)";
  }

  /** The rule-based extractor knows English names, titles and quoting habits only. */
  private StoryFacts storyFacts(List<Article> articles) {
    return options.language() == Language.ENGLISH ? facts.extract(articles) : StoryFacts.empty();
  }

  /**
   * The chosen sentences as a reader takes them: by article date (dated before undated), then
   * position in the article, then article order; but a sentence that follows another chosen
   * sentence in its article comes right after it. Articles without dates would otherwise
   * alternate sentence by sentence, and "In it, he argued ..." would follow another article's
   * sentence instead of the one that says what "it" is.
   */
  static List<Integer> readingOrder(AnalyzedCluster cluster, List<Integer> chosen) {
    List<Sentence> sentences = cluster.sentences();
    Set<Integer> taken = new HashSet<>(chosen);
    List<Integer> heads = new ArrayList<>();
    for (int s : chosen) {
      if (!taken.contains(s - 1) || !sameArticle(sentences, s - 1, s)) {
        heads.add(s);
      }
    }
    heads.sort(readingOrder(cluster));
    List<Integer> order = new ArrayList<>(chosen.size());
    for (int head : heads) {
      for (int s = head; s == head || taken.contains(s) && sameArticle(sentences, s - 1, s); s++) {
        order.add(s);
      }
    }
    return order;
  }

  /** Whether sentence {@code b} follows sentence {@code a} in the same article. */
  private static boolean sameArticle(List<Sentence> sentences, int a, int b) {
    return a >= 0 && b < sentences.size()
        && sentences.get(a).articleIndex() == sentences.get(b).articleIndex();
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
    p.put("dedup", options.dedup());
    // the stage reads English only: record what was done, not what was asked
    boolean furniture = options.furniture() != null && options.language() == Language.ENGLISH;
    p.put("furniture", furniture);
    if (furniture) {
      p.put("furnitureModel", options.furniture().source());
      p.put("furnitureThreshold", options.furniture().threshold());
      p.put("furnitureQuotableBelow", FurnitureFilter.QUOTABLE_BELOW);
    }
    if (options.query() != null) {
      // absent otherwise: a summary of the whole story reads as it did before queries
      p.put("query", options.query());
    }
    p.putAll(summarizer.parameters());
    return p;
  }

  private static double round(double score) {
    return Math.round(score * 10_000) / 10_000.0;
  }
}

package dev.precis.cluster;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import dev.precis.text.StorySentences;
import dev.precis.text.TextEmbedder;
import dev.precis.text.TextPipeline;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Groups a stream of news articles into stories. The entry point of {@code dev.precis.cluster}.
 *
 * <pre>{@code
 * StoryClusterer clusterer = new StoryClusterer(ClusterOptions.defaults());
 * String storyId = clusterer.add(article);          // the story the article is in now
 * clusterer.addAll(moreArticles);                   // one re-clustering for the whole batch
 * for (Story story : clusterer.stories()) { ... }   // largest first
 * }</pre>
 *
 * <p><b>Order does not matter.</b> The stories are a deterministic function of the set of
 * articles added so far (see {@link StreamAnalysis} for the stages): the same articles in any
 * order, one by one or in batches, give the same stories with the same ids (in streams beyond
 * {@link #INCREMENTAL_FROM} articles, right after each full analysis; see Cost). A story's id is its
 * smallest article id, so it stays the same while the story grows, and when two stories merge
 * the merged one keeps the smaller id; an article can also move to another story when later
 * articles show it fits there better. Callers that keep story ids should re-read {@link
 * #storyOf} after adding.
 *
 * <p><b>Cost.</b> Each article is profiled once, when added (in parallel within {@link #addAll}).
 * Up to {@link #INCREMENTAL_FROM} articles, every batch clusters the whole stream anew from the
 * kept profiles. Beyond, a batch is clustered incrementally: only the components it touches are
 * clustered again, with the statistics of the last full analysis, which runs again whenever the
 * stream has grown by {@link #REFRESH_GROWTH} (or on {@link #refresh()}); between two full
 * analyses the stories may differ slightly from a full one, as {@link LiveStories} says, and
 * right after one they are exactly those of {@link #cluster} on the same articles.
 * {@link #stories()} and {@link #storyOf} reuse the last result until something is added.
 * Memory per article is bounded (see {@link ArticleProfile}).
 *
 * <p>Not thread-safe: callers that share one clusterer synchronize.
 */
public final class StoryClusterer {
  private final ClusterOptions options;
  private final TextPipeline pipeline;
  /** Null unless the options weigh sentence embeddings. */
  private final TextEmbedder embedder;
  /**
   * Articles from which a batch is clustered incrementally ({@link LiveStories}) rather than
   * with everything anew: below it a full analysis takes well under a second.
   */
  public static final int INCREMENTAL_FROM = 5_000;
  /**
   * Growth since the last full analysis at which the next batch gets a full analysis again,
   * which refreshes IDF and every article's candidates: a tenth.
   */
  public static final double REFRESH_GROWTH = 0.1;

  /** Kept profiles by article id, in arrival order (the stories do not depend on it). */
  private final Map<String, ArticleProfile> profiles = new LinkedHashMap<>();
  /** One copy of each word of the stream's profiles. */
  private final Map<String, String> pool = new HashMap<>();
  private LiveStories live;
  /** Articles at the last full analysis. */
  private int lastFullAnalysis;
  private Result current;
  private Set<String> changed = Set.of();
  private final int incrementalFrom;
  private final double refreshGrowth;

  private record Result(List<Story> stories, Map<String, String> storyOf) {}

  /**
   * A clusterer on words and names alone.
   *
   * @throws PrecisException when the options weigh embeddings (use the two-argument constructor)
   */
  public StoryClusterer(ClusterOptions options) {
    this(options, null);
  }

  /**
   * A clusterer that also compares articles by the sentence embeddings of their headline and
   * lead, computed by {@code embedder} when each article is added. The caller owns the embedder
   * and closes it.
   *
   * @param embedder required when {@code options.usesEmbeddings()}, else ignored (may be null)
   * @throws PrecisException when the options weigh embeddings but no embedder is given
   */
  public StoryClusterer(ClusterOptions options, TextEmbedder embedder) {
    this(options, embedder, INCREMENTAL_FROM, REFRESH_GROWTH);
  }

  /** For tests: incremental from a smaller stream, or never refreshed by growth. */
  StoryClusterer(ClusterOptions options, TextEmbedder embedder, int incrementalFrom,
      double refreshGrowth) {
    this.incrementalFrom = incrementalFrom;
    this.refreshGrowth = refreshGrowth;
    this.options = Objects.requireNonNull(options, "options");
    if (options.usesEmbeddings() && embedder == null) {
      throw new PrecisException("the options weigh sentence embeddings but no embedding model "
          + "was given");
    }
    this.embedder = options.usesEmbeddings() ? embedder : null;
    // no sentence compression: clustering wants every word, not a shorter sentence
    this.pipeline = new TextPipeline(options.language(), false, false);
    options.parameters(); // fails now, not at the first article, when the model cannot be read
  }

  public static StoryClusterer withDefaults() {
    return new StoryClusterer(ClusterOptions.defaults());
  }

  public ClusterOptions options() {
    return options;
  }

  /**
   * Adds one article and returns the id of the story it is in now.
   *
   * @throws PrecisException when the article has neither text nor title, or its id was added
   *     before
   */
  public String add(Article article) {
    return addAll(List.of(article)).get(0);
  }

  /**
   * Adds articles and returns, for each, the id of the story it is in afterwards. All or nothing:
   * when one article is refused, none is added.
   *
   * @throws PrecisException when an article is null, has neither text nor title, or repeats an id
   *     (within the list or of an article added before)
   */
  public List<String> addAll(List<Article> articles) {
    return addAll(articles, StorySentences::of);
  }

  /**
   * As {@link #addAll(List)}, each article's text read through {@code reader}: a reading the
   * caller shares with its other stages ({@link StorySentences#once}), so that a digest reads
   * each article once for its copies, its story and its summary.
   */
  public List<String> addAll(List<Article> articles,
      Function<Article, List<StorySentences.Sentence>> reader) {
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(reader, "reader");
    Set<String> batch = new HashSet<>();
    for (int k = 0; k < articles.size(); k++) {
      Article a = articles.get(k);
      if (a == null) {
        throw new PrecisException("article " + (k + 1) + " of the batch is null");
      }
      if (a.text().isBlank() && (a.title() == null || a.title().isBlank())) {
        throw new PrecisException("article '" + a.id() + "' has neither text nor a title");
      }
      if (profiles.containsKey(a.id()) || !batch.add(a.id())) {
        throw new PrecisException("duplicate article id '" + a.id()
            + "'; every article in a stream needs its own id");
      }
    }
    if (articles.isEmpty()) {
      return List.of();
    }
    // profiling is a pure function of each article: parallel, results in list order; copies of
    // one article (same headline, text and date) are profiled once
    Map<List<String>, Integer> firstOf = new HashMap<>();
    int[] copyOf = new int[articles.size()];
    for (int k = 0; k < articles.size(); k++) {
      Article a = articles.get(k);
      copyOf[k] = firstOf.computeIfAbsent(Arrays.asList(a.title(), a.text(), a.date()),
          key -> firstOf.size());
    }
    int[] firstIndex = new int[firstOf.size()];
    for (int k = articles.size() - 1; k >= 0; k--) {
      firstIndex[copyOf[k]] = k;
    }
    List<ArticleProfile> distinct = firstIndex.length == 1
        ? List.of(ArticleProfile.of(articles.get(firstIndex[0]), pipeline, embedder, reader))
        : IntStream.range(0, firstIndex.length).parallel()
            .mapToObj(d -> ArticleProfile.of(articles.get(firstIndex[d]), pipeline, embedder,
                reader))
            .toList();
    List<ArticleProfile> interned = new ArrayList<>(distinct.size());
    for (ArticleProfile p : distinct) {
      interned.add(p.interned(pool));
    }
    List<ArticleProfile> analysed = new ArrayList<>(articles.size());
    for (int k = 0; k < articles.size(); k++) {
      analysed.add(interned.get(copyOf[k]).withId(articles.get(k).id()));
    }
    for (ArticleProfile p : analysed) {
      profiles.put(p.id(), p);
    }
    List<Story> before = current == null ? List.of() : current.stories();
    if (live == null || profiles.size() < incrementalFrom
        || profiles.size() - lastFullAnalysis >= refreshGrowth * lastFullAnalysis) {
      live = null;
      current = null;
      Result result = result();
      changed = changedBetween(before, result.stories());
    } else {
      LiveStories.Change change = live.add(analysed);
      changed = change.ids();
      Map<String, String> storyOf = current.storyOf();
      for (Story s : change.gone()) {
        s.articleIds().forEach(storyOf::remove);
      }
      for (Story s : change.made()) {
        s.articleIds().forEach(id -> storyOf.put(id, s.id()));
      }
      current = new Result(live.stories(), storyOf);
    }
    Result result = current;
    List<String> ids = new ArrayList<>(articles.size());
    for (Article a : articles) {
      ids.add(result.storyOf().get(a.id()));
    }
    return ids;
  }

  /** All stories, largest first, then by id. */
  public List<Story> stories() {
    return result().stories();
  }

  /** The story with this id, if there is one now (after a merge, only the smaller id names one). */
  public Optional<Story> story(String id) {
    for (Story s : result().stories()) {
      if (s.id().equals(id)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The id of the story an article is in.
   *
   * @throws PrecisException when no article with this id was added
   */
  public String storyOf(String articleId) {
    String id = result().storyOf().get(articleId);
    if (id == null) {
      throw new PrecisException("no article with id '" + articleId + "' was added");
    }
    return id;
  }

  /**
   * Whether an added article is a failed fetch: its text is mostly a web page's notices (an
   * archive banner, an empty embed, "this page is not available") with little else. Such a page
   * is a story of its own, whatever story it stood in for; a digest leaves it out.
   *
   * @throws PrecisException when no article with this id was added
   */
  public boolean isFailedFetch(String articleId) {
    ArticleProfile p = profiles.get(articleId);
    if (p == null) {
      throw new PrecisException("no article with id '" + articleId + "' was added");
    }
    return p.failedFetch();
  }

  /**
   * Whether a story is made only of failed fetches ({@link #isFailedFetch(String)}): a page of
   * notices is a story of its own, so such a story is one page, or its copies, and tells nothing.
   */
  public boolean holdsOnlyFailedFetches(Story story) {
    return story.articleIds().stream().allMatch(this::isFailedFetch);
  }

  /** Number of articles added. */
  public int size() {
    return profiles.size();
  }

  /** Clusters a batch of articles in one go; the same stories as adding them one by one. */
  public static List<Story> cluster(List<Article> articles, ClusterOptions options) {
    return cluster(articles, options, null);
  }

  /** Clusters a batch with an embedding model (see the two-argument constructor). */
  public static List<Story> cluster(List<Article> articles, ClusterOptions options,
      TextEmbedder embedder) {
    StoryClusterer clusterer = new StoryClusterer(options, embedder);
    clusterer.addAll(articles);
    return clusterer.stories();
  }

  private Result result() {
    if (current == null) {
      List<Story> stories = List.of();
      if (!profiles.isEmpty()) {
        live = LiveStories.of(new ArrayList<>(profiles.values()), options);
        lastFullAnalysis = profiles.size();
        stories = live.stories();
      }
      current = new Result(stories, StreamAnalysis.storyOf(stories));
    }
    return current;
  }

  /**
   * Clusters every article anew now: IDF from all of them, every article's candidates searched
   * again. The stories are then exactly those of {@link #cluster} on the same articles. Batches
   * of a large stream are otherwise clustered incrementally between such full analyses (see
   * {@link LiveStories} for how they may differ).
   */
  public void refresh() {
    List<Story> before = current == null ? List.of() : current.stories();
    live = null;
    current = null;
    changed = changedBetween(before, result().stories());
  }

  /** The ids of the stories that are new, changed or gone since the call before the last. */
  public Set<String> lastChanged() {
    return changed;
  }

  private static Set<String> changedBetween(List<Story> before, List<Story> after) {
    Set<Story> old = new HashSet<>(before);
    Set<Story> now = new HashSet<>(after);
    Set<String> ids = new java.util.TreeSet<>();
    for (Story s : before) {
      if (!now.contains(s)) {
        ids.add(s.id());
      }
    }
    for (Story s : after) {
      if (!old.contains(s)) {
        ids.add(s.id());
      }
    }
    return ids;
  }

  /** For tests: the kept profile of every article, by id. */
  Map<String, ArticleProfile> profiles() {
    return new HashMap<>(profiles);
  }
}

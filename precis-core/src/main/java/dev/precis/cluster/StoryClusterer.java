package dev.precis.cluster;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import dev.precis.text.TextEmbedder;
import dev.precis.text.TextPipeline;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * order, one by one or in batches, give the same stories with the same ids. A story's id is its
 * smallest article id, so it stays the same while the story grows, and when two stories merge
 * the merged one keeps the smaller id; an article can also move to another story when later
 * articles show it fits there better. Callers that keep story ids should re-read {@link
 * #storyOf} after adding.
 *
 * <p><b>Cost.</b> Each article is profiled once, when added (in parallel within {@link #addAll}).
 * The stories are then recomputed from the kept profiles, because IDF learned from the stream
 * changes every vector a little with each article. Add in batches when articles come fast;
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
  /** Kept profiles by article id, in arrival order (the stories do not depend on it). */
  private final Map<String, ArticleProfile> profiles = new LinkedHashMap<>();
  private Result current;

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
    Objects.requireNonNull(articles, "articles");
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
    // profiling is a pure function of each article: parallel, results in list order
    List<ArticleProfile> analysed = articles.size() == 1
        ? List.of(ArticleProfile.of(articles.get(0), pipeline, embedder))
        : IntStream.range(0, articles.size()).parallel()
            .mapToObj(k -> ArticleProfile.of(articles.get(k), pipeline, embedder)).toList();
    for (ArticleProfile p : analysed) {
      profiles.put(p.id(), p);
    }
    current = null;
    Result result = result();
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
      List<Story> stories = profiles.isEmpty() ? List.of()
          : StreamAnalysis.of(profiles.values(), options.windowDays()).cluster(options);
      current = new Result(stories, StreamAnalysis.storyOf(stories));
    }
    return current;
  }

  /** For tests: the kept profile of every article, by id. */
  Map<String, ArticleProfile> profiles() {
    return new HashMap<>(profiles);
  }
}

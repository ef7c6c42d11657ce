package dev.precis.digest;

import dev.precis.PrecisException;
import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.Story;
import dev.precis.cluster.StoryClusterer;
import dev.precis.dedup.DedupResult;
import dev.precis.dedup.Deduplicator;
import dev.precis.summarize.NothingToSummarizeException;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.summarize.SummaryPipeline;
import dev.precis.text.Article;
import dev.precis.text.StorySentences;
import dev.precis.text.TextEmbedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The daily digest: duplicates removed, the rest grouped into stories, each story summarized with
 * its sources. Stories are ranked by size (distinct articles), then by their latest date, then by
 * id, so the ranking is deterministic. Pages that hold only web notices (failed fetches) are left
 * out and counted; a story with nothing to summarize (a feed of headlines) keeps its sources and
 * says why it has no summary.
 */
public final class DigestBuilder {
  /**
   * Characters of text up to which a digest keeps each article's reading (its paragraphs and
   * sentences, about as much memory again as the text) for all of its stages: copies, stories and
   * summaries then read each article once. A larger stream is read again by each stage.
   */
  static final long SHARED_READING_CHARS = 40_000_000;

  private final Deduplicator deduplicator;
  private final ClusterOptions clusterOptions;
  private final TextEmbedder embedder;
  private final SummaryPipeline summaries;
  private final int maxStories;
  private final boolean dedup;

  /**
   * @param summaryOptions how each story is summarized
   * @param maxStories the most stories to summarize (the biggest first)
   */
  public DigestBuilder(SummaryOptions summaryOptions, int maxStories) {
    this(summaryOptions, maxStories, ClusterOptions.defaults(), null);
  }

  /**
   * @param summaryOptions how each story is summarized
   * @param maxStories the most stories to summarize (the biggest first)
   * @param clusterOptions how the stories are found
   * @param embedder the sentence-embedding model when {@code clusterOptions} weigh embeddings,
   *     else null; the caller owns and closes it
   */
  public DigestBuilder(SummaryOptions summaryOptions, int maxStories,
      ClusterOptions clusterOptions, TextEmbedder embedder) {
    this(summaryOptions, maxStories, clusterOptions, embedder, true);
  }

  /**
   * @param summaryOptions how each story is summarized
   * @param maxStories the most stories to summarize (the biggest first)
   * @param clusterOptions how the stories are found
   * @param embedder the sentence-embedding model when {@code clusterOptions} weigh embeddings,
   *     else null; the caller owns and closes it
   * @param dedup whether copies are found and folded into their original's story first (off:
   *     every article is clustered, copies included)
   */
  public DigestBuilder(SummaryOptions summaryOptions, int maxStories,
      ClusterOptions clusterOptions, TextEmbedder embedder, boolean dedup) {
    if (maxStories < 1) {
      throw new PrecisException("a digest needs at least one story, got --top " + maxStories);
    }
    if (clusterOptions.usesEmbeddings() && embedder == null) {
      throw new PrecisException("the cluster options weigh sentence embeddings but no "
          + "embedding model was given");
    }
    this.deduplicator = Deduplicator.withDefaults();
    this.clusterOptions = clusterOptions;
    this.embedder = embedder;
    this.summaries = new SummaryPipeline(summaryOptions);
    this.maxStories = maxStories;
    this.dedup = dedup;
  }

  public Digest build(List<Article> articles) {
    if (articles.isEmpty()) {
      throw new PrecisException("nothing to digest: no articles were given");
    }
    // in input order: copies are listed in it
    Map<String, String> representativeOf = new java.util.LinkedHashMap<>();
    Function<Article, List<StorySentences.Sentence>> reader = reader(articles);
    List<Article> unique;
    if (dedup) {
      DedupResult copies = deduplicator.deduplicate(articles, reader);
      unique = copies.representatives(articles);
      representativeOf.putAll(copies.representativeOf());
    } else {
      unique = articles;
    }
    Map<String, Article> byId = new HashMap<>();
    articles.forEach(a -> byId.put(a.id(), a));
    // cluster the unique articles, then put every copy in its representative's story
    StoryClusterer clusterer = new StoryClusterer(clusterOptions, embedder);
    clusterer.addAll(unique, reader);
    Map<String, List<String>> copiesOf = copiesOf(representativeOf);
    List<Story> stories = new ArrayList<>();
    int failedFetches = 0;
    for (Story story : clusterer.stories()) {
      // a failed fetch is a story of its own; copies of one (the same empty embed saved for
      // a dozen stories) would otherwise make it a big story of nothing
      if (clusterer.holdsOnlyFailedFetches(story)) {
        for (String id : story.articleIds()) {
          failedFetches += 1 + copiesOf.getOrDefault(id, List.of()).size();
        }
      } else {
        stories.add(story);
      }
    }
    stories.sort(ORDER);
    List<StoryDigest> digests = new ArrayList<>();
    for (Story story : stories.subList(0, Math.min(maxStories, stories.size()))) {
      digests.add(storyDigest(story, byId, copiesOf, reader));
    }
    return new Digest(articles.size(), unique.size(), digests, failedFetches, clusterOptions);
  }

  /** One reading of each article for every stage, while the stream is small enough to keep it. */
  private static Function<Article, List<StorySentences.Sentence>> reader(List<Article> articles) {
    long chars = 0;
    for (Article a : articles) {
      chars += a.text().length();
      if (chars > SHARED_READING_CHARS) {
        return StorySentences::of;
      }
    }
    return StorySentences.once(articles);
  }

  /** The digest's order of stories: biggest first, then the latest, then by id. */
  public static final Comparator<Story> ORDER = Comparator
      .comparingInt((Story s) -> -s.articleIds().size())
      .thenComparing(s -> s.lastDate() == null ? "" : s.lastDate(), Comparator.reverseOrder())
      .thenComparing(Story::id);

  /**
   * Each representative's copies (itself left out), in the order of {@code representativeOf}
   * (article id to representative id), which should be the input order.
   */
  public static Map<String, List<String>> copiesOf(Map<String, String> representativeOf) {
    Map<String, List<String>> copiesOf = new HashMap<>();
    representativeOf.forEach((id, rep) -> {
      if (!id.equals(rep)) {
        copiesOf.computeIfAbsent(rep, k -> new ArrayList<>()).add(id);
      }
    });
    return copiesOf;
  }

  /**
   * One story of the digest: its articles (each representative followed by its copies), and its
   * summary, or why it has none. A function of the story and its own articles, so stories can be
   * summarized apart (the Spark job does).
   *
   * @param story a story of representatives
   * @param byId at least the story's articles and their copies, by id
   * @param copiesOf each representative's copies, in input order
   */
  public StoryDigest storyDigest(Story story, Map<String, Article> byId,
      Map<String, List<String>> copiesOf) {
    return storyDigest(story, byId, copiesOf, null);
  }

  /** As the public one, the articles read through {@code reader} (null: the summary's own). */
  private StoryDigest storyDigest(Story story, Map<String, Article> byId,
      Map<String, List<String>> copiesOf, Function<Article, List<StorySentences.Sentence>> reader) {
    List<Article> storyArticles = new ArrayList<>();
    List<String> allIds = new ArrayList<>();
    int duplicates = 0;
    for (String id : story.articleIds()) {
      storyArticles.add(byId.get(id));
      allIds.add(id);
      for (String copy : copiesOf.getOrDefault(id, List.of())) {
        storyArticles.add(byId.get(copy));
        allIds.add(copy);
        duplicates++;
      }
    }
    Story full = new Story(story.id(), story.title(), allIds, story.firstDate(), story.lastDate());
    if (storyArticles.stream().allMatch(Article::headlineOnly)) {
      // a feed of headlines: the story and its sources, nothing to summarize
      return new StoryDigest(full, headline(story, byId, null), null, duplicates, storyArticles,
          "headlines only, no text to summarize");
    }
    Summary summary;
    try {
      summary = reader == null ? summaries.summarize(storyArticles)
          : summaries.summarize(storyArticles, reader);
    } catch (NothingToSummarizeException e) {
      // one story with nothing to summarize (pages of notices only) does not sink the digest
      return new StoryDigest(full, headline(story, byId, null), null, duplicates, storyArticles,
          e.getMessage());
    }
    return new StoryDigest(full, headline(story, byId, summary), summary, duplicates,
        storyArticles, null);
  }

  private static String headline(Story story, Map<String, Article> byId, Summary summary) {
    if (story.title() != null && !story.title().isBlank()) {
      return story.title();
    }
    for (String id : story.articleIds()) {
      String title = byId.get(id).title();
      if (title != null && !title.isBlank()) {
        return title;
      }
    }
    return summary == null || summary.sentences().isEmpty() ? story.id()
        : summary.sentences().get(0).text();
  }
}

package dev.precis.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.cluster.ClusterOptions;
import dev.precis.cluster.Story;
import dev.precis.cluster.StoryClusterer;
import dev.precis.dedup.DedupOptions;
import dev.precis.dedup.DuplicateIndex;
import dev.precis.render.SummaryWriter;
import dev.precis.summarize.Summary;
import dev.precis.summarize.SummaryOptions;
import dev.precis.text.Article;
import dev.precis.text.FurnitureFilter;
import dev.precis.text.FurnitureModel;
import dev.precis.text.Language;
import dev.precis.text.TextPipeline;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where articles come in: stores them durably, finds duplicates, and keeps the stories in step
 * with the store.
 *
 * <p>Ingest is serialized (one batch at a time), so the order articles are stored in is the order
 * duplicates were decided in, which is the order a restart replays ({@link DuplicateIndex} keeps a
 * group's first article as its representative). Representatives go to the {@link StoryClusterer},
 * whose stories do not depend on order; a duplicate joins its representative's story.
 *
 * <p>A batch is acknowledged only after its Lucene commit. If a write or the commit fails,
 * everything since the last commit is rolled back and the duplicate index and clusterer are rebuilt
 * from the store, so memory never holds an article the disk does not.
 */
final class NewsDesk implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(NewsDesk.class);
  /**
   * Bumped when the summarizer's output for the same articles may change (2: match, differing;
   * 3: a figure a change replaced, headlines compared by dedup; 4: web page furniture dropped).
   */
  private static final String SUMMARY_VERSION = "4";

  private final ArticleStore store;
  private final Summaries summaries;
  /** The stored articles' language: their stories are found and summarized in it. */
  private final Language language;
  /** Cuts web page furniture out of an article before it is stored, so none is shown. */
  private final TextPipeline furniture;
  private final Object writeLock = new Object();

  // guarded by writeLock
  private DuplicateIndex dedup;
  private StoryClusterer clusterer;
  private final Map<String, List<String>> duplicates = new HashMap<>();
  private final Map<String, Long> seq = new HashMap<>();

  /** What readers see; replaced whole after each committed batch. */
  private volatile StoryBook book = StoryBook.EMPTY;

  /** What happened to one article of a batch. */
  record Ingested(String id, String status, String story, String duplicateOf) {}

  /**
   * What a batch did: each article's fate, and the stories that are new, changed (articles,
   * title, dates) or gone, ids ascending.
   */
  record Batch(List<Ingested> articles, List<String> storiesChanged) {}

  NewsDesk(ArticleStore store, Summaries summaries, Language language) {
    this.store = store;
    this.summaries = summaries;
    this.language = language;
    this.furniture = new TextPipeline(language, false, false,
        new FurnitureFilter(FurnitureModel.standard()));
    synchronized (writeLock) {
      rebuild();
      reconcileStories();
    }
  }

  ArticleStore store() {
    return store;
  }

  StoryBook stories() {
    return book;
  }

  Batch ingest(List<Article> posted) {
    // cleaned first, so that posting the same page again finds the same stored article
    List<Article> articles = posted.stream().map(furniture::withoutFurniture).toList();
    synchronized (writeLock) {
      // Check the whole batch first, so a refused batch writes nothing.
      List<StoredArticle> existing = new ArrayList<>();
      for (Article a : articles) {
        StoredArticle old = store.article(a.id()).orElse(null);
        if (old != null && !sameContent(old.article(), a)) {
          throw new ApiException(409, "article id '" + a.id()
              + "' is already stored with different content; give this article another id");
        }
        existing.add(old);
      }
      StoryBook before = book;
      List<String> storiesChanged = List.of();
      String[] duplicateOf = new String[articles.size()];
      try {
        List<Article> representatives = new ArrayList<>();
        Set<String> grown = new HashSet<>();
        for (int i = 0; i < articles.size(); i++) {
          Article a = articles.get(i);
          if (existing.get(i) != null) {
            continue;
          }
          dedup.add(a);
          String rep = dedup.representativeOf(a.id());
          long s = store.nextSeq();
          seq.put(a.id(), s);
          if (rep.equals(a.id())) {
            representatives.add(a);
          } else {
            duplicateOf[i] = rep;
            duplicates.computeIfAbsent(rep, r -> new ArrayList<>()).add(a.id());
            grown.add(rep);
          }
          store.addArticle(new StoredArticle(a, s, duplicateOf[i]));
        }
        if (!representatives.isEmpty()) {
          clusterer.addAll(representatives);
        }
        StoryBook after = StoryBook.of(clusterer.stories(), duplicates, seq,
            clusterer::holdsOnlyFailedFetches);
        storiesChanged = writeStoryChanges(before, after);
        store.commit();
        book = after;
      } catch (IOException | RuntimeException e) {
        store.rollback();
        rebuild();
        throw failure(e);
      }
      StoryBook now = book;
      List<Ingested> result = new ArrayList<>(articles.size());
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        StoredArticle old = existing.get(i);
        // a stored article is answered with today's judgement, which a newer duplicate
        // detector may have changed since it was stored (see rebuild)
        String dup = old != null ? currentDuplicateOf(a.id()) : duplicateOf[i];
        String status = old != null ? "exists" : dup != null ? "duplicate" : "added";
        result.add(new Ingested(a.id(), status, now.storyOf(a.id()), dup));
      }
      return new Batch(result, storiesChanged);
    }
  }

  /** The representative of a stored article's duplicate group, or null when it is one. */
  private String currentDuplicateOf(String id) {
    String rep = dedup.representativeOf(id);
    return rep.equals(id) ? null : rep;
  }

  Optional<StoredArticle> article(String id) {
    return store.article(id);
  }

  /**
   * A story's summary, made once per version of the story (its set of articles) and cached; for a
   * story whose articles have no sentences to summarize (headlines only), {@code {"unavailable":
   * reason}}, cached the same way.
   */
  ObjectNode storySummary(StoryBook.Entry entry) {
    Story story = entry.story();
    // the language is in the key: a restart in another language summarizes anew
    String key = story.id() + "@" + SUMMARY_VERSION + "-" + language.code() + ":"
        + ContentIds.sha256(String.join("\n", story.articleIds())).substring(0, 24);
    Optional<String> cached = store.summary(key);
    if (cached.isPresent()) {
      return (ObjectNode) Json.read(cached.get());
    }
    List<Article> articles = new ArrayList<>();
    for (String id : story.articleIds()) {
      store.article(id).ifPresent(a -> articles.add(a.article()));
    }
    ObjectNode json;
    try {
      Summary summary =
          summaries.summarize(articles, SummaryOptions.defaults().withLanguage(language));
      json = SummaryWriter.toJson(summary);
    } catch (dev.precis.PrecisException e) {
      json = Json.object();
      json.put("unavailable", e.getMessage());
    }
    synchronized (writeLock) {
      try {
        store.putSummary(key, Json.write(json));
        store.commit();
      } catch (IOException | RuntimeException e) {
        // the cache is a convenience: answer anyway, and make it again next time
        LOG.warn("could not cache the summary of story {}: {}", story.id(), e.getMessage());
        store.rollback();
      }
    }
    return json;
  }

  /** Replays the store into a fresh duplicate index and clusterer. Caller holds writeLock. */
  private void rebuild() {
    dedup = new DuplicateIndex(DedupOptions.defaults());
    clusterer = new StoryClusterer(ClusterOptions.defaults().withLanguage(language));
    duplicates.clear();
    seq.clear();
    List<Article> representatives = new ArrayList<>();
    int[] changed = {0};
    store.forEachArticle(stored -> {
      Article a = stored.article();
      dedup.add(a);
      String rep = dedup.representativeOf(a.id());
      seq.put(a.id(), stored.seq());
      if (rep.equals(a.id())) {
        representatives.add(a);
      } else {
        duplicates.computeIfAbsent(rep, r -> new ArrayList<>()).add(a.id());
      }
      if (!Objects.equals(stored.duplicateOf(), rep.equals(a.id()) ? null : rep)) {
        changed[0]++;
      }
    });
    if (changed[0] > 0) {
      // only when the duplicate detector itself changed between versions
      LOG.warn("{} stored articles are now judged differently by the duplicate detector",
          changed[0]);
    }
    clusterer.addAll(representatives);
    book = StoryBook.of(clusterer.stories(), duplicates, seq, clusterer::holdsOnlyFailedFetches);
  }

  /**
   * Makes the stored stories (what search looks in) match the rebuilt ones, which differ only
   * when the clusterer changed between versions.
   */
  private void reconcileStories() {
    try {
      boolean any = false;
      Set<String> stored = new HashSet<>(store.storyIds());
      for (StoryBook.Entry e : book.byId().values()) {
        String json = Json.write(e.json());
        if (!stored.remove(e.story().id())
            || !json.equals(store.storyJson(e.story().id()).orElse(null))) {
          putStory(e);
          any = true;
        }
      }
      for (String gone : stored) {
        store.deleteStory(gone);
        any = true;
      }
      if (any) {
        store.commit();
      }
    } catch (IOException e) {
      store.rollback();
      LOG.warn("could not update the stored stories: {}", e.getMessage());
    }
  }

  /** Stores the stories that changed and deletes the ones gone; returns their ids. */
  private List<String> writeStoryChanges(StoryBook before, StoryBook after) throws IOException {
    java.util.TreeSet<String> changed = new java.util.TreeSet<>();
    for (StoryBook.Entry e : after.byId().values()) {
      StoryBook.Entry old = before.byId().get(e.story().id());
      if (old == null || !old.story().equals(e.story()) || !old.articleIds().equals(e.articleIds())) {
        putStory(e);
        changed.add(e.story().id());
      }
    }
    for (String id : before.byId().keySet()) {
      if (!after.byId().containsKey(id)) {
        store.deleteStory(id);
        changed.add(id);
      }
    }
    return List.copyOf(changed);
  }

  /** A story is found by its title and the headlines of its articles. */
  private void putStory(StoryBook.Entry e) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String id : e.articleIds()) {
      store.article(id).map(a -> a.article().title()).ifPresent(t -> text.append(t).append('\n'));
    }
    store.putStory(e.story().id(), e.story().title(), Json.write(e.json()), text.toString());
  }

  private static ApiException failure(Exception e) {
    if (e instanceof ApiException api) {
      return api;
    }
    String reason = e instanceof IOException io ? ArticleStore.describe(io)
        : String.valueOf(e.getMessage());
    if (reason.toLowerCase(Locale.ROOT).contains("no space left")) {
      return new ApiException(507, "the data directory is full (" + reason
          + "); nothing of this request was stored. Free some space and send it again");
    }
    if (e instanceof dev.precis.PrecisException) {
      return new ApiException(422, reason);
    }
    LOG.error("ingest failed", e);
    return new ApiException(500, "could not store the articles (" + reason
        + "); nothing of this request was stored", e);
  }

  private static boolean sameContent(Article a, Article b) {
    return a.text().equals(b.text()) && Objects.equals(a.title(), b.title())
        && Objects.equals(a.date(), b.date()) && Objects.equals(a.url(), b.url())
        && Objects.equals(a.source(), b.source()) && Objects.equals(a.byline(), b.byline());
  }

  @Override
  public void close() throws IOException {
    synchronized (writeLock) {
      store.close();
    }
  }
}

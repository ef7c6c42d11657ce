package dev.precis.server;

import dev.precis.text.Article;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where articles come in: stores them durably and keeps the story state in step with the store.
 *
 * <p>Ingest is serialized (one batch at a time) so that the order articles are stored in is the
 * order they were assigned to stories, which is the order a restart replays. A batch is
 * acknowledged only after its Lucene commit; if a write or the commit fails, everything since the
 * last commit is rolled back and the in-memory state rebuilt from the store, so memory never holds
 * an article the disk does not.
 */
final class NewsDesk implements Closeable {
  private final ArticleStore store;
  private final Object writeLock = new Object();

  /** What happened to one article of a batch. */
  record Ingested(String id, String status, String story, String duplicateOf) {}

  NewsDesk(ArticleStore store) {
    this.store = store;
  }

  ArticleStore store() {
    return store;
  }

  List<Ingested> ingest(List<Article> articles) {
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
      List<Ingested> result = new ArrayList<>(articles.size());
      try {
        for (int i = 0; i < articles.size(); i++) {
          Article a = articles.get(i);
          StoredArticle old = existing.get(i);
          if (old != null) {
            result.add(new Ingested(a.id(), "exists", null, old.duplicateOf()));
            continue;
          }
          store.addArticle(new StoredArticle(a, store.nextSeq(), null));
          result.add(new Ingested(a.id(), "added", null, null));
        }
        store.commit();
      } catch (IOException | RuntimeException e) {
        store.rollback();
        throw failure(e);
      }
      return result;
    }
  }

  Optional<StoredArticle> article(String id) {
    return store.article(id);
  }

  private static ApiException failure(Exception e) {
    String reason = e instanceof IOException io ? ArticleStore.describe(io) : String.valueOf(
        e.getMessage());
    if (reason.toLowerCase(java.util.Locale.ROOT).contains("no space left")) {
      return new ApiException(507, "the data directory is full (" + reason
          + "); nothing of this request was stored. Free some space and send it again");
    }
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

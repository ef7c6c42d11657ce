package dev.precis.text;

import dev.precis.WorkCancelledException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * What one computation makes of each article of a list, made once, by whichever thread asks
 * first: the stages of one summary run on several threads (deduplication's workers, the text
 * pipeline, a thread reading ahead) and share one reading of each article. A thread asking for
 * an article another thread is working on waits for that work instead of doing it again.
 *
 * <pre>{@code
 * PerArticle<List<StorySentences.Sentence>> read = PerArticle.of(articles, StorySentences::of);
 * read.get(articles.get(0));  // read now
 * read.get(articles.get(0));  // the same list, not read again
 * }</pre>
 *
 * <p>An article not in the list is computed each time it is asked for. A computation that fails
 * leaves nothing behind: the next thread to ask computes again (and meets the failure itself,
 * when it is not the first thread's interrupt). A thread interrupted while it waits stops with
 * {@link WorkCancelledException}, its interrupt kept. The computation must not ask this
 * instance for the article it is computing: it would wait for itself.
 */
public final class PerArticle<T> {
  private final Map<Article, Integer> index = new IdentityHashMap<>();
  private final List<Article> articles;
  private final Function<Article, T> compute;
  /** Per article: null until a thread claims it, then the future that thread completes. */
  private final AtomicReferenceArray<CompletableFuture<T>> made;

  private PerArticle(List<Article> articles, Function<Article, T> compute) {
    this.articles = List.copyOf(articles);
    this.compute = compute;
    for (int i = 0; i < this.articles.size(); i++) {
      index.putIfAbsent(this.articles.get(i), i);
    }
    made = new AtomicReferenceArray<>(this.articles.size());
  }

  /** {@code compute} made at most once for each of {@code articles} (by identity). */
  public static <T> PerArticle<T> of(List<Article> articles, Function<Article, T> compute) {
    return new PerArticle<>(articles, compute);
  }

  /** What {@code compute} makes of {@code article}: made now, or waited for, or kept. */
  public T get(Article article) {
    Integer i = index.get(article);
    if (i == null) {
      return compute.apply(article);
    }
    while (true) {
      CompletableFuture<T> claimed = made.get(i);
      if (claimed == null) {
        CompletableFuture<T> mine = new CompletableFuture<>();
        if (made.compareAndSet(i, null, mine)) {
          return make(i, mine);
        }
        continue;
      }
      try {
        return claimed.get();
      } catch (ExecutionException e) {
        // the thread that claimed it failed and gave the slot up: claim it again
      } catch (InterruptedException e) {
        // a stopped summary does not wait for another thread's work to finish
        Thread.currentThread().interrupt();
        throw new WorkCancelledException("interrupted while another thread read an article");
      }
    }
  }

  /**
   * Makes, in list order, what no thread has claimed yet, skipping what others are making; stops
   * early when the calling thread is interrupted (its work is then left to whoever asks).
   */
  public void makeAhead() {
    for (int i = 0; i < articles.size() && !Thread.currentThread().isInterrupted(); i++) {
      if (made.get(i) != null) {
        continue;
      }
      CompletableFuture<T> mine = new CompletableFuture<>();
      if (made.compareAndSet(i, null, mine)) {
        try {
          make(i, mine);
        } catch (RuntimeException | Error e) {
          return; // whoever asks for it meets the failure itself
        }
      }
    }
  }

  private T make(int i, CompletableFuture<T> mine) {
    T value;
    try {
      value = compute.apply(articles.get(i));
    } catch (RuntimeException | Error e) {
      made.set(i, null);
      mine.completeExceptionally(e);
      throw e;
    }
    mine.complete(value);
    return value;
  }
}

package dev.precis.follow;

import dev.precis.WorkCancelledException;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Stores the new entries of feeds polled at the same time in one batch: a batch costs a story
 * update and a disk commit whatever its size (below 5,000 stored articles the stories are found
 * anew for every batch), so 200 feeds answering at once make a few batches, not 200. Each poll
 * still waits until its own entries are committed. When a shared batch is refused (one feed's
 * entry clashes with the store), each poll's entries are tried alone, so one bad feed cannot
 * hold the others back.
 *
 * <pre>{@code
 * GroupCommit commit = new GroupCommit(sink);
 * List<Boolean> fresh = commit.store(articles); // from any polling thread
 * }</pre>
 */
final class GroupCommit implements AutoCloseable {
  /** Articles in one shared batch at most: the service takes 1,000 per request too. */
  static final int MAX_BATCH = 1_000;

  private record Request(List<Article> articles, CompletableFuture<List<Boolean>> done) {}

  private final FeedFollower.Sink sink;
  private final LinkedBlockingQueue<Request> queue = new LinkedBlockingQueue<>();
  private final Thread writer;
  private volatile boolean closed;

  GroupCommit(FeedFollower.Sink sink) {
    this.sink = sink;
    this.writer = new Thread(this::run, "precis-feeds-commit");
    writer.setDaemon(true);
    writer.start();
  }

  /** Stores {@code articles} with whatever else is waiting; returns which were new. */
  List<Boolean> store(List<Article> articles) {
    if (closed) {
      throw new WorkCancelledException("the feed follower is closing");
    }
    Request request = new Request(articles, new CompletableFuture<>());
    queue.add(request);
    try {
      return request.done().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WorkCancelledException("interrupted while storing feed entries");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** Polls waiting for the committer. */
  int waiting() {
    return queue.size();
  }

  private void run() {
    while (!closed) {
      Request first;
      try {
        first = queue.take();
      } catch (InterruptedException e) {
        break;
      }
      List<Request> batch = new ArrayList<>(List.of(first));
      int size = first.articles().size();
      Request next;
      while (size < MAX_BATCH && (next = queue.peek()) != null
          && size + next.articles().size() <= MAX_BATCH) {
        batch.add(queue.poll());
        size += next.articles().size();
      }
      commit(batch);
    }
    for (Request r; (r = queue.poll()) != null; ) {
      r.done().completeExceptionally(new WorkCancelledException("the feed follower closed"));
    }
  }

  private void commit(List<Request> batch) {
    List<Article> all = new ArrayList<>();
    batch.forEach(r -> all.addAll(r.articles()));
    try {
      List<Boolean> fresh = sink.store(all);
      int at = 0;
      for (Request r : batch) {
        r.done().complete(List.copyOf(fresh.subList(at, at + r.articles().size())));
        at += r.articles().size();
      }
    } catch (RuntimeException e) {
      if (batch.size() == 1) {
        batch.get(0).done().completeExceptionally(e);
        return;
      }
      for (Request r : batch) {
        commit(List.of(r));
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    writer.interrupt();
  }
}

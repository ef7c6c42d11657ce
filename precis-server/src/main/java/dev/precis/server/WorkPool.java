package dev.precis.server;

import dev.precis.WorkCancelledException;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.io.EndPoint;

/**
 * Runs the CPU-heavy part of a request (summarizing, reading uploads, ingesting) on a small pool
 * of platform threads, one per core, so that requests are served on virtual threads that never
 * compute for long: a health check always finds a thread and a core, whatever the load.
 *
 * <p>Work that may be stopped ({@link #stoppable}) has the request's time budget and is stopped
 * (its thread interrupted; the library checks between steps) when the budget runs out or the
 * client closes its connection. Work that writes to the store ({@link #toCompletion}, {@link
 * #serialWrite} for ingest) is never interrupted, since an interrupt can break Lucene's files; it
 * is bounded by the request limits instead. When every thread is busy and the queue is full, a request is refused with 503.
 *
 * <pre>{@code
 * WorkPool pool = new WorkPool(Duration.ofSeconds(30));
 * Summary s = pool.stoppable(ctx, () -> pipeline.summarize(articles));
 * }</pre>
 */
final class WorkPool implements AutoCloseable {
  /** Requests waiting for a thread, per thread; more wait in no queue but are refused. */
  private static final int QUEUED_PER_THREAD = 16;
  private static final long POLL_MILLIS = 100;

  private final Duration budget;
  private final ThreadPoolExecutor executor;
  /**
   * Ingest, one batch at a time: the store takes one writer anyway, and a batch waiting for it
   * on {@link #executor} would hold a thread that a summary could use.
   */
  private final ThreadPoolExecutor writes;

  WorkPool(Duration budget) {
    this.budget = budget;
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    AtomicInteger number = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * QUEUED_PER_THREAD), r -> {
          Thread t = new Thread(r, "precis-work-" + number.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.writes = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * QUEUED_PER_THREAD), r -> {
          Thread t = new Thread(r, "precis-ingest");
          t.setDaemon(true);
          return t;
        });
  }

  Duration budget() {
    return budget;
  }

  /** Requests being worked on now (for tests that check stopped work lets go of its thread). */
  int busy() {
    return executor.getActiveCount() + writes.getActiveCount();
  }

  /**
   * Runs {@code task} within the budget; stops it when the budget runs out (503) or the client
   * has gone (the answer is then never read).
   */
  <T> T stoppable(Context ctx, Callable<T> task) {
    Future<T> future = submit(executor, task);
    long deadline = System.nanoTime() + budget.toNanos();
    try {
      while (true) {
        try {
          return future.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          if (System.nanoTime() - deadline > 0) {
            future.cancel(true);
            throw new ApiException(503, "the request took longer than the limit of "
                + seconds(budget) + " s and was stopped; send fewer or shorter articles");
          }
          if (clientGone(ctx)) {
            future.cancel(true);
            throw new ApiException(499, "the client closed the connection; the work was stopped");
          }
        }
      }
    } catch (InterruptedException e) {
      future.cancel(true);
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is stopping");
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  /** Runs {@code task} to its end, however long: it writes to the store. */
  <T> T toCompletion(Callable<T> task) {
    return awaitCompletion(submit(executor, task));
  }

  /** Runs a batch of writes to the store to its end, after the batches sent before it. */
  <T> T serialWrite(Callable<T> task) {
    return awaitCompletion(submit(writes, task));
  }

  private static <T> T awaitCompletion(Future<T> future) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return future.get();
        } catch (InterruptedException e) {
          interrupted = true; // finish the write first: half of it must not be left
        }
      }
    } catch (ExecutionException e) {
      throw unwrap(e);
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static <T> Future<T> submit(ThreadPoolExecutor pool, Callable<T> task) {
    try {
      return pool.submit(task);
    } catch (RejectedExecutionException e) {
      throw new ApiException(503, "the server is busy: " + pool.getActiveCount()
          + " requests are being worked on and " + pool.getQueue().size()
          + " wait; try again in a few seconds");
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? String.valueOf(d.toSeconds())
        : String.format(java.util.Locale.ROOT, "%.1f", d.toMillis() / 1000.0);
  }

  private static RuntimeException unwrap(ExecutionException e) {
    Throwable cause = e.getCause();
    if (cause instanceof WorkCancelledException) {
      return new ApiException(503, "the request was stopped: " + cause.getMessage());
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof StackOverflowError) {
      // every parser is iterative or depth-limited; should one still recurse too deep, the
      // client gets one line, not an empty 500
      return new ApiException(422, "the input is nested too deeply to process");
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(cause);
  }

  /**
   * Whether the client has closed its side of the connection. Jetty does not read from a
   * connection while its request is handled, so this reads without blocking: end of input means
   * the client is gone. A pipelined next request, which no browser sends, would be read here; it
   * is then answered by closing the connection.
   */
  private static boolean clientGone(Context ctx) {
    try {
      EndPoint endPoint = ServletContextRequest.getServletContextRequest(ctx.req())
          .getConnectionMetaData().getConnection().getEndPoint();
      if (!endPoint.isOpen()) {
        return true;
      }
      ByteBuffer probe = ByteBuffer.allocate(64);
      probe.limit(0);
      int read = endPoint.fill(probe);
      if (read > 0) {
        ctx.header("Connection", "close");
      }
      return read < 0;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
    // a batch being written finishes: its client is answered before the store closes
    writes.shutdown();
    try {
      writes.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package dev.precis.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Work on a few threads, results in input order: each item given to {@link #submit} is worked on
 * as soon as a thread is free, and its result reaches the consumer after those of every item
 * given before it, so the output is the same, byte for byte, whatever the number of threads. At
 * most twice as many items as threads are in flight, which bounds the memory a long input takes.
 *
 * <pre>{@code
 * try (InOrder<Topic, String> work = new InOrder<>(2, this::summarize, writer::write)) {
 *   DatasetReader.forEach(dataset, work::submit);
 * }
 * }</pre>
 *
 * @param <T> an item of work
 * @param <R> its result
 */
final class InOrder<T, R> implements AutoCloseable {
  private final Function<T, R> work;
  private final Consumer<R> consumer;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Future<R>> inFlight = new ArrayDeque<>();
  /** Set once work or the consumer has thrown: nothing more is handed over. */
  private boolean failed;

  /**
   * @param threads threads to work on (1 works in the caller's order on one thread)
   * @param work what to do with each item; an exception it throws ends the run
   * @param consumer takes each result, in input order, on the caller's thread
   */
  InOrder(int threads, Function<T, R> work, Consumer<R> consumer) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, got " + threads);
    }
    this.work = work;
    this.consumer = consumer;
    this.window = 2 * threads;
    this.pool = Executors.newFixedThreadPool(threads, runnable -> {
      Thread thread = new Thread(runnable, "precis-worker");
      thread.setDaemon(true);
      return thread;
    });
  }

  void submit(T item) {
    inFlight.addLast(pool.submit(() -> work.apply(item)));
    if (inFlight.size() >= window) {
      handOver();
    }
  }

  /**
   * Hands over every result not yet taken, then stops the threads; after a failure it hands over
   * nothing more and cancels what is still queued or running, so a run that failed ends at once.
   */
  @Override
  public void close() {
    try {
      while (!failed && !inFlight.isEmpty()) {
        handOver();
      }
    } finally {
      for (Future<R> pending : inFlight) {
        pending.cancel(true);
      }
      inFlight.clear();
      pool.shutdownNow();
    }
  }

  private void handOver() {
    boolean done = false;
    try {
      consumer.accept(next());
      done = true;
    } finally {
      failed |= !done;
    }
  }

  private R next() {
    Future<R> head = inFlight.removeFirst();
    try {
      return head.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }
}

package dev.precis.spark;

import java.io.PrintStream;
import java.util.Locale;
import org.apache.spark.SparkContext;
import org.apache.spark.SparkStageInfo;
import org.apache.spark.api.java.JavaSparkStatusTracker;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A progress line on a terminal while the job runs: the Spark stages running and their tasks
 * done, rewritten in place twice a second. Started only when standard error is a terminal.
 *
 * <pre>{@code
 * try (ProgressLine line = ProgressLine.start(spark.sparkContext(), System.err)) { ... }
 * }</pre>
 */
final class ProgressLine implements AutoCloseable {
  private final Thread thread;
  private final PrintStream out;
  private volatile boolean running = true;

  private ProgressLine(SparkContext sc, PrintStream out) {
    this.out = out;
    JavaSparkStatusTracker tracker = JavaSparkContext.fromSparkContext(sc).statusTracker();
    thread = new Thread(() -> {
      while (running) {
        StringBuilder line = new StringBuilder("precis-spark: running");
        for (int id : tracker.getActiveStageIds()) {
          SparkStageInfo s = tracker.getStageInfo(id);
          if (s != null) {
            line.append(String.format(Locale.ROOT, "  stage %d %d/%d", id,
                s.numCompletedTasks(), s.numTasks()));
          }
        }
        synchronized (out) {
          out.print("\r" + line + "\u001b[K");
          out.flush();
        }
        try {
          Thread.sleep(500);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "precis-progress");
    thread.setDaemon(true);
  }

  /** A progress line, or none when there is no terminal. */
  static ProgressLine start(SparkContext sc, PrintStream out) {
    ProgressLine line = new ProgressLine(sc, out);
    if (System.console() != null) {
      line.thread.start();
    } else {
      line.running = false;
    }
    return line;
  }

  @Override
  public void close() {
    if (running) {
      running = false;
      thread.interrupt();
      synchronized (out) {
        out.print("\r\u001b[K");
        out.flush();
      }
    }
  }
}

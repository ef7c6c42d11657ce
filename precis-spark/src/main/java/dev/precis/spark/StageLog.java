package dev.precis.spark;

import java.io.PrintStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the job says while it runs: one line per stage with its counts and time, so a run on a
 * cluster can be followed in the driver's log. The lines are kept for the job's report.
 *
 * <pre>{@code
 * StageLog log = new StageLog(System.err);
 * log.stage("read", "12,000 articles, 3 rejected");
 * }</pre>
 */
final class StageLog implements Serializable {
  private final transient PrintStream out;
  private transient ShuffleMeter meter;
  private long shuffled;
  private final List<String> lines = new ArrayList<>();
  private long last = System.nanoTime();
  private final long start = last;

  StageLog(PrintStream out) {
    this.out = out;
  }

  /** Counts shuffle bytes from now on, and says them for each stage. */
  void meter(ShuffleMeter shuffles) {
    this.meter = shuffles;
    this.shuffled = shuffles.written();
  }

  /**
   * A stage done: its name, what it made, the seconds since the previous one and, when metered,
   * the bytes its shuffles wrote.
   */
  void stage(String name, String counts) {
    long now = System.nanoTime();
    String bytes = "";
    if (meter != null) {
      long written = meter.written();
      bytes = String.format(Locale.ROOT, ", %.1f MB shuffled", (written - shuffled) / 1e6);
      shuffled = written;
    }
    String line = String.format(Locale.ROOT, "precis-spark: %-12s %s (%.1f s%s)", name, counts,
        (now - last) / 1e9, bytes);
    last = now;
    say(line);
  }

  /** A remark within a stage. */
  void note(String text) {
    say("precis-spark:   " + text);
  }

  /** Seconds since the log began. */
  double seconds() {
    return (System.nanoTime() - start) / 1e9;
  }

  List<String> lines() {
    return List.copyOf(lines);
  }

  private void say(String line) {
    lines.add(line);
    if (out != null) {
      synchronized (out) {
        if (System.console() != null) {
          // over the progress line
          out.print("\r\u001b[K");
        }
        out.println(line);
        out.flush();
      }
    }
  }
}

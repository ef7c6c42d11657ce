package dev.precis.spark;

import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Counts the bytes the job's tasks write to shuffles and read from them, as Spark reports them
 * when each task ends: what each stage of the job moves between machines.
 *
 * <pre>{@code
 * ShuffleMeter meter = ShuffleMeter.on(spark.sparkContext());
 * long before = meter.written();
 * }</pre>
 */
final class ShuffleMeter extends SparkListener {
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong read = new AtomicLong();

  static ShuffleMeter on(org.apache.spark.SparkContext sc) {
    ShuffleMeter meter = new ShuffleMeter();
    sc.addSparkListener(meter);
    return meter;
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    if (end.taskMetrics() != null) {
      written.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
      read.addAndGet(end.taskMetrics().shuffleReadMetrics().totalBytesRead());
    }
  }

  /** Bytes written to shuffles so far. */
  long written() {
    return written.get();
  }

  /** Bytes read from shuffles so far. */
  long read() {
    return read.get();
  }
}

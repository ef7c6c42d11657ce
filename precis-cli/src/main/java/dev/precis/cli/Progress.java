package dev.precis.cli;

import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on stderr when stderr is a terminal and the user did not ask for quiet. */
final class Progress implements AutoCloseable {
  private final ProgressBar bar;

  private Progress(ProgressBar bar) {
    this.bar = bar;
  }

  /**
   * A bar for {@code total} steps, counted only when the bar is shown: counting a dataset reads it
   * whole, a few percent of a quiet run's time spent for nobody.
   */
  static Progress start(String task, LongSupplier total, boolean quiet) {
    if (quiet || !interactive()) {
      return new Progress(null);
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName(task)
        .setInitialMax(Math.max(total.getAsLong(), 0))
        .setStyle(ProgressBarStyle.ASCII).continuousUpdate().build();
    return new Progress(bar);
  }

  /**
   * Whether a person watches: since JDK 22 {@code System.console()} exists even when output is
   * redirected, and only {@code Console.isTerminal()} (not in the Java 21 API we compile against)
   * tells, so it is looked up reflectively.
   */
  private static boolean interactive() {
    java.io.Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21: a console exists only for a terminal
    }
  }

  void step() {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}

package dev.precis;

/**
 * The work was stopped before it finished because its thread was interrupted: a service gave up
 * on a request whose client left or whose time ran out. Long-running steps call {@link
 * #throwIfInterrupted()} between units of work (an article, a few thousand sentences, a few
 * thousand search nodes), so interrupting the thread stops them within milliseconds.
 *
 * <pre>{@code
 * for (Article a : articles) {
 *   WorkCancelledException.throwIfInterrupted();
 *   analyze(a);
 * }
 * }</pre>
 */
public final class WorkCancelledException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public WorkCancelledException(String message) {
    super(message);
  }

  /** Throws when the current thread has been interrupted; the interrupt stays set. */
  public static void throwIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new WorkCancelledException("interrupted before it finished");
    }
  }
}

package dev.precis.summarize;

import dev.precis.PrecisException;

/**
 * The articles have no sentences to summarize: headlines alone, or pages that hold only web
 * notices. A caller summarizing many stories (a digest) can say so for one story and go on.
 */
public final class NothingToSummarizeException extends PrecisException {
  private static final long serialVersionUID = 1L;

  public NothingToSummarizeException(String message) {
    super(message);
  }
}

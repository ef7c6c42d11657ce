package dev.precis.fetch;

import dev.precis.PrecisException;
import java.time.Duration;
import java.util.Optional;

/**
 * A page or feed could not be fetched: the message says which address and why (HTTP status,
 * timeout, size cap, redirect loop, refused connection), in words meant for the user.
 */
public final class FetchException extends PrecisException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient Duration retryAfter;

  FetchException(String message, int status, Duration retryAfter) {
    super(message);
    this.status = status;
    this.retryAfter = retryAfter;
  }

  FetchException(String message) {
    this(message, 0, null);
  }

  /** The HTTP status that ended the fetch, or 0 when there was no answer. */
  public int status() {
    return status;
  }

  /** How long the server asked us to wait ({@code Retry-After} on a 429 or 503), if it did. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}

package dev.precis.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/**
 * What a fetch brought back.
 *
 * @param uri where the content was finally found (after redirects)
 * @param status 200-299, or 304 when a conditional request found nothing new (then {@code body}
 *     is empty)
 * @param body the content, at most the fetcher's size cap
 * @param contentType the {@code Content-Type} header, or null
 * @param etag the {@code ETag} header, or null: send it back as {@code If-None-Match}
 * @param lastModified the {@code Last-Modified} header, or null: send it back as {@code
 *     If-Modified-Since}
 * @param retryAfter the {@code Retry-After} header as a duration, or null
 */
public record Fetched(URI uri, int status, byte[] body, String contentType, String etag,
    String lastModified, Duration retryAfter) {

  /** Whether a conditional request was answered with 304: the content has not changed. */
  public boolean notModified() {
    return status == 304;
  }

  public Optional<Duration> retryAfterHint() {
    return Optional.ofNullable(retryAfter);
  }
}

package dev.precis.follow;

import java.time.Instant;

/**
 * How one followed feed is doing, as the Feeds page and {@code GET /api/feeds} show it.
 *
 * @param url the feed's address
 * @param title the feed's own title (or the one it was followed under), or null before the first
 *     fetch
 * @param status {@code new} (not fetched yet), {@code ok} (read), {@code unchanged} (the server
 *     answered 304) or {@code failing}
 * @param problem why the last poll failed, or null
 * @param lastFetch when it was last asked for, or null
 * @param nextPoll when it will be asked next
 * @param articles articles it has brought to the store
 * @param polls times it was asked for
 * @param failures polls in a row that failed
 */
public record FeedStatus(String url, String title, String status, String problem,
    Instant lastFetch, Instant nextPoll, long articles, long polls, int failures) {}

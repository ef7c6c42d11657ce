package dev.precis.follow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the follower remembers of one feed across restarts: its caching validators, when to poll,
 * its counters, and the keys of the entries already taken (so nothing is fetched or stored twice).
 * One small JSON file per feed, replaced atomically; mutable, guarded by the follower's lock on
 * the feed.
 */
final class FeedState {
  /**
   * Keys kept per feed: far more than a feed carries at once, so an entry still in the feed is
   * always remembered; the oldest are forgotten first.
   */
  static final int MAX_SEEN = 5_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  final String url;
  String title;
  String status = "new";
  String problem;
  String etag;
  String lastModified;
  Instant lastFetch;
  Instant nextPoll;
  long articles;
  long polls;
  int failures;
  final LinkedHashSet<String> seen = new LinkedHashSet<>();

  FeedState(String url, String title, Instant nextPoll) {
    this.url = url;
    this.title = title;
    this.nextPoll = nextPoll;
  }

  FeedStatus status() {
    return new FeedStatus(url, title, status, problem, lastFetch, nextPoll, articles, polls,
        failures);
  }

  void remember(List<String> keys) {
    seen.addAll(keys);
    Iterator<String> oldest = seen.iterator();
    while (seen.size() > MAX_SEEN && oldest.hasNext()) {
      oldest.next();
      oldest.remove();
    }
  }

  /** Writes the state next to the others, replacing the old file in one step. */
  void save(Path file, boolean sync) {
    ObjectNode node = JSON.createObjectNode();
    node.put("url", url);
    node.put("title", title);
    node.put("status", status);
    node.put("problem", problem);
    node.put("etag", etag);
    node.put("lastModified", lastModified);
    node.put("lastFetch", lastFetch == null ? null : lastFetch.toString());
    node.put("nextPoll", nextPoll.toString());
    node.put("articles", articles);
    node.put("polls", polls);
    node.put("failures", failures);
    ArrayNode keys = node.putArray("seen");
    seen.forEach(keys::add);
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      Files.write(tmp, JSON.writeValueAsBytes(node));
      if (sync) {
        try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
          channel.force(true);
        }
      }
      try {
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the state of feed " + url + " in " + file, e);
    }
  }

  /** The state saved in {@code file}; null when the file is not one (it is then ignored). */
  static FeedState load(Path file) throws IOException {
    JsonNode node = JSON.readTree(Files.readAllBytes(file));
    if (node == null || !node.hasNonNull("url") || !node.hasNonNull("nextPoll")) {
      return null;
    }
    FeedState state = new FeedState(node.get("url").asText(), text(node, "title"),
        Instant.parse(node.get("nextPoll").asText()));
    state.status = node.path("status").asText("new");
    state.problem = text(node, "problem");
    state.etag = text(node, "etag");
    state.lastModified = text(node, "lastModified");
    String last = text(node, "lastFetch");
    state.lastFetch = last == null ? null : Instant.parse(last);
    state.articles = node.path("articles").asLong();
    state.polls = node.path("polls").asLong();
    state.failures = node.path("failures").asInt();
    List<String> keys = new ArrayList<>();
    node.path("seen").forEach(k -> keys.add(k.asText()));
    state.remember(keys);
    return state;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}

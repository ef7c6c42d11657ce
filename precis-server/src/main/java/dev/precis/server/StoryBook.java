package dev.precis.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.cluster.Story;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The stories at one moment, immutable: readers take the current book without locking while
 * ingest builds the next one.
 *
 * <p>The clusterer sees representatives only; a duplicate joins its representative's story and is
 * listed right after it.
 */
final class StoryBook {
  static final StoryBook EMPTY = new StoryBook(List.of(), Map.of(), Map.of());

  /** A story with its duplicates and the ingest sequence of its newest article. */
  record Entry(Story story, List<String> articleIds, long lastSeq) {
    int size() {
      return articleIds.size();
    }

    ObjectNode json() {
      ObjectNode node = Json.object();
      node.put("id", story.id());
      node.put("title", story.title());
      ArrayNode ids = node.putArray("articles");
      articleIds.forEach(ids::add);
      node.put("size", articleIds.size());
      Api.putIfPresent(node, "firstDate", story.firstDate());
      Api.putIfPresent(node, "lastDate", story.lastDate());
      return node;
    }
  }

  private final List<Entry> entries;
  private final Map<String, Entry> byId;
  private final Map<String, String> storyOf;

  private StoryBook(List<Entry> entries, Map<String, Entry> byId, Map<String, String> storyOf) {
    this.entries = entries;
    this.byId = byId;
    this.storyOf = storyOf;
  }

  /**
   * @param stories the clusterer's stories (of representatives)
   * @param duplicates each representative's duplicates, in ingest order
   * @param seq every article's ingest sequence number
   * @param failedFetches whether a story is made only of pages that held web notices alone: such
   *     a story is not listed, and its articles are in no story (the same empty embed saved for a
   *     dozen stories would otherwise top the list as a story of nothing)
   */
  static StoryBook of(List<Story> stories, Map<String, List<String>> duplicates,
      Map<String, Long> seq, Predicate<Story> failedFetches) {
    List<Entry> entries = new ArrayList<>(stories.size());
    Map<String, Entry> byId = new LinkedHashMap<>();
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : stories) {
      if (failedFetches.test(s)) {
        continue;
      }
      List<String> ids = new ArrayList<>();
      long last = -1;
      for (String rep : s.articleIds()) {
        ids.add(rep);
        ids.addAll(duplicates.getOrDefault(rep, List.of()));
      }
      for (String id : ids) {
        storyOf.put(id, s.id());
        last = Math.max(last, seq.getOrDefault(id, -1L));
      }
      Entry e = new Entry(s, List.copyOf(ids), last);
      entries.add(e);
      byId.put(s.id(), e);
    }
    return new StoryBook(Collections.unmodifiableList(entries), byId, storyOf);
  }

  Optional<Entry> story(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** The story an article is in, or null for an article not (yet) stored or a failed fetch. */
  String storyOf(String articleId) {
    return storyOf.get(articleId);
  }

  int size() {
    return entries.size();
  }

  Map<String, Entry> byId() {
    return byId;
  }

  /** How the stories page may order stories. */
  enum Order {
    /** Newest article date first; among equal dates, the story that grew last first. */
    RECENT,
    /** Most articles first. */
    SIZE
  }

  /** One page of stories (pages count from 1), in a deterministic order. */
  List<Entry> page(Order order, int page, int size) {
    Comparator<Entry> byOrder = switch (order) {
      case SIZE -> Comparator.comparingInt(Entry::size).reversed();
      case RECENT -> Comparator.comparing((Entry e) -> e.story().lastDate(),
              Comparator.nullsLast(Comparator.<String>reverseOrder()))
          .thenComparing(Comparator.comparingLong(Entry::lastSeq).reversed());
    };
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(byOrder.thenComparing(e -> e.story().id()));
    int from = (int) Math.min((long) (page - 1) * size, sorted.size());
    return sorted.subList(from, Math.min(from + size, sorted.size()));
  }
}

package dev.precis.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Articles split into groups by the keys they share (exact text, LSH bands), each group
 * deduplicated on its own: the same copies as deduplicating them all at once.
 */
class DedupGroupsTest {
  private final Deduplicator dedup = Deduplicator.withDefaults();

  private static List<Article> articles() {
    List<Article> all = new ArrayList<>(List.of(Fixtures.original(), Fixtures.exactCopy(),
        Fixtures.syndicated(), Fixtures.spun(), Fixtures.sameStory()));
    all.add(Article.of("bakery", "A family bakery in Corran won the national bread prize on "
        + "Monday for its rye loaf, baked in a wood-fired oven, the judges said."));
    all.add(Article.of("bakery-copy", "A family bakery in Corran won the national bread prize on "
        + "Monday for its rye loaf, baked in a wood-fired oven, the judges said."));
    all.add(Article.of("short", "Rain."));
    all.add(Article.of("short-copy", "Rain."));
    return all;
  }

  @Test
  void groupsJoinedBySharedKeysDeduplicateAsTheWhole() {
    List<Article> all = articles();
    Map<Long, Integer> keyOwner = new HashMap<>();
    int[] parent = new int[all.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < all.size(); i++) {
      for (long key : dedup.blockingKeys(all.get(i))) {
        Integer other = keyOwner.putIfAbsent(key, i);
        if (other != null) {
          parent[find(parent, i)] = find(parent, other);
        }
      }
    }
    Map<Integer, List<Article>> groups = new TreeMap<>();
    for (int i = 0; i < all.size(); i++) {
      groups.computeIfAbsent(find(parent, i), g -> new ArrayList<>()).add(all.get(i));
    }
    assertThat(groups.size()).isGreaterThan(2);
    Map<String, String> apart = new LinkedHashMap<>();
    for (List<Article> group : groups.values()) {
      apart.putAll(dedup.deduplicate(group).representativeOf());
    }
    assertThat(new TreeMap<>(apart))
        .isEqualTo(new TreeMap<>(dedup.deduplicate(all).representativeOf()));
    assertThat(apart.get("bakery-copy")).isEqualTo("bakery");
    assertThat(apart.get("short-copy")).isEqualTo("short");
    assertThat(apart.get("spun")).isEqualTo("syndicated");
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }
}

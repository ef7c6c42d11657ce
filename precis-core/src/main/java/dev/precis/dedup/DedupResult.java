package dev.precis.dedup;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The duplicate groups of a set of articles.
 *
 * @param groups groups of two or more articles, ordered by their representative's position in the
 *     input
 * @param representativeOf every article id, in input order, to its group's representative id (the
 *     id itself for an article without copies)
 */
public record DedupResult(List<DuplicateGroup> groups, Map<String, String> representativeOf) {

  public DedupResult {
    groups = List.copyOf(groups);
    representativeOf = Collections.unmodifiableMap(new LinkedHashMap<>(representativeOf));
  }

  /** How many distinct stories (groups and unique articles) there are. */
  public int uniqueCount() {
    int n = 0;
    for (Map.Entry<String, String> e : representativeOf.entrySet()) {
      if (e.getKey().equals(e.getValue())) {
        n++;
      }
    }
    return n;
  }

  /**
   * The articles to keep: one per group and every article without copies, in the order of {@code
   * articles}, which must be the deduplicated ones (any order).
   */
  public List<Article> representatives(List<Article> articles) {
    List<Article> kept = new ArrayList<>();
    for (Article a : articles) {
      String rep = representativeOf.get(a.id());
      if (rep == null) {
        throw new PrecisException("article '" + a.id() + "' was not part of this deduplication");
      }
      if (rep.equals(a.id())) {
        kept.add(a);
      }
    }
    return kept;
  }
}

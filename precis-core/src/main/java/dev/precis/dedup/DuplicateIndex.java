package dev.precis.dedup;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Near-duplicate detection for a stream: articles are added one at a time and each is matched
 * against the representatives seen so far, as {@link Deduplicator} does for a batch.
 *
 * <p>Here the representative of a group is its <em>first</em> article, not its longest: a service
 * has already published the first one, and a representative that changed later would break the
 * answers it gave. Memory grows with the representatives (their profiles, a few kilobytes each)
 * and one map entry per article; a service that runs for long should start a new index per time
 * window.
 *
 * <p>Not thread-safe: callers synchronize.
 */
public final class DuplicateIndex {
  private final GroupIndex index;
  private final Map<String, String> representativeOf = new HashMap<>();

  public DuplicateIndex(DedupOptions options) {
    this.index = new GroupIndex(Objects.requireNonNull(options, "options"));
  }

  /**
   * Adds an article and says how it matched: {@code REPRESENTATIVE} (similarity 1) when it starts
   * a new group, otherwise its kind and similarity to the group's representative. An exact copy of
   * a member matches as that member did.
   */
  public DuplicateGroup.Member add(Article article) {
    Objects.requireNonNull(article, "article");
    if (representativeOf.containsKey(article.id())) {
      throw new PrecisException("article id '" + article.id() + "' was already added");
    }
    if (article.text().isBlank() && (article.title() == null || article.title().isBlank())) {
      throw new PrecisException("article '" + article.id() + "' has neither text nor a headline");
    }
    Article compared = Deduplicator.compared(article);
    GroupIndex.Match m = index.add(compared, TextKey.of(compared.text()), null);
    representativeOf.put(article.id(), m.representative());
    return new DuplicateGroup.Member(article.id(), m.similarity(), m.kind());
  }

  /** The representative of an added article's group (its own id when it is one). */
  public String representativeOf(String articleId) {
    String rep = representativeOf.get(articleId);
    if (rep == null) {
      throw new PrecisException("no article with id '" + articleId + "' was added");
    }
    return rep;
  }

  /** How many articles were added. */
  public int size() {
    return representativeOf.size();
  }
}

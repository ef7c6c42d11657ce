package dev.precis.cluster;

import java.io.Serializable;

/**
 * An article's profile weighed by the stream's statistics: one unit TF-IDF vector per field. What
 * the pair model compares; a function of the profile and the statistics alone.
 *
 * <pre>{@code
 * ArticleVector v = ArticleVector.of(profile, statistics);
 * double p = SameStoryModel.standard().probability(v, other);
 * }</pre>
 *
 * @param id the article's id
 * @param day epoch day of its date, or {@link ArticleProfile#NO_DATE}
 * @param words words of its text (0 for a headline alone)
 * @param hasBody whether it has text beyond a headline
 * @param failedFetch whether it is a page of web notices, which stands alone
 * @param terms all content terms
 * @param lead terms of headline and first sentences
 * @param title headline terms (lead sentence when there is no headline)
 * @param names capitalized names
 * @param phrases adjacent term pairs
 * @param embedding the sentence-model vector, or empty
 */
public record ArticleVector(String id, int day, int words, boolean hasBody, boolean failedFetch,
    SparseVector terms, SparseVector lead, SparseVector title, SparseVector names,
    SparseVector phrases, SparseVector embedding, int[] rare) implements Serializable {

  /**
   * Articles a term may occur in to count as rare: 1% of the stream, at least 3. A name or word
   * few others use, which two reports of one event share and two stories on the same ground do
   * not.
   */
  static int rareLimit(int articles) {
    return Math.max(3, articles / 100);
  }

  /** The vector of a profile under the statistics of its stream. */
  public static ArticleVector of(ArticleProfile p, TermStatistics s) {
    return new ArticleVector(p.id(), p.day(), p.words(), p.hasBody(), p.failedFetch(),
        SparseVector.of(p.terms(), s.terms(), s), SparseVector.of(p.lead(), s.terms(), s),
        SparseVector.of(p.title(), s.terms(), s), SparseVector.of(p.names(), s.names(), s),
        SparseVector.of(p.phrases(), s.phrases(), s),
        p.embedding().length == 0 ? SparseVector.EMPTY : SparseVector.dense(p.embedding()),
        rare(p, s));
  }

  /** Ids of the article's terms that are rare in the stream (df at least 2), ascending. */
  private static int[] rare(ArticleProfile p, TermStatistics s) {
    int limit = rareLimit(s.articles());
    java.util.TreeSet<Integer> ids = new java.util.TreeSet<>();
    for (TermBag bag : new TermBag[] {p.terms(), p.lead(), p.title()}) {
      for (String t : bag.keys()) {
        int id = s.terms().id(t);
        if (id >= 0) {
          int df = s.terms().documentFrequency(id);
          if (df >= 2 && df <= limit) {
            ids.add(id);
          }
        }
      }
    }
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  public boolean dated() {
    return day != ArticleProfile.NO_DATE;
  }
}

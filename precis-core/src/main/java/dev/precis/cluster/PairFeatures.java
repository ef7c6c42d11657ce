package dev.precis.cluster;

import dev.precis.text.SortedIds;
import java.util.List;

/**
 * The evidence that two articles tell the same story, as numbers a reader can check: how alike
 * their words, leads, headlines, names and phrases are (TF-IDF cosines, so rare words count most),
 * how different their lengths are, and how the pair stands among the articles around it.
 *
 * <pre>{@code
 * double[] x = PairFeatures.of(a, ca, b, cb);     // in the order of PairFeatures.NAMES
 * }</pre>
 *
 * <ul>
 *   <li>{@code terms}, {@code lead}, {@code title}, {@code names}, {@code phrases}: cosines of
 *       the two articles' vectors of that field;
 *   <li>{@code embedding}: cosine of their sentence-model vectors, 0 when either has none;
 *   <li>{@code length_ratio}: log of the shorter text's words over the longer's (0 for equal);
 *   <li>{@code headline_only}: 1 when either is a headline without text;
 *   <li>{@code relative_terms}: the terms cosine over the closer of the two articles' closest
 *       neighbour: 1 when each is the other's closest, lower when either has a closer one;
 *   <li>{@code shared_company}: share of their near neighbours the two have in common;
 *   <li>{@code dated}, {@code log_days_apart}: whether both have dates, and log(1 + days) between
 *       them; both 0 when either is undated, so a missing date is not a same-day date.
 * </ul>
 */
public final class PairFeatures {
  /** Feature names, in the order {@link #of} returns them. */
  public static final List<String> NAMES = List.of("terms", "lead", "title", "names", "phrases",
      "embedding", "length_ratio", "headline_only", "relative_terms", "shared_company", "dated",
      "log_days_apart", "rare_terms");

  /**
   * Least closest-neighbour cosine the relative feature divides by: an article with no close
   * report (alone in its story, or in a small stream) is not made alike to its closest stranger.
   */
  static final double RELATIVE_FLOOR = 0.1;

  private PairFeatures() {}

  /** The features of a pair; symmetric in the two articles. */
  static double[] of(ArticleVector a, ArticleContext ca, ArticleVector b, ArticleContext cb) {
    double[] x = new double[NAMES.size()];
    double terms = a.terms().dot(b.terms());
    x[0] = terms;
    x[1] = a.lead().dot(b.lead());
    x[2] = a.title().dot(b.title());
    x[3] = a.names().dot(b.names());
    x[4] = a.phrases().dot(b.phrases());
    x[5] = a.embedding().isEmpty() || b.embedding().isEmpty() ? 0
        : a.embedding().dot(b.embedding());
    boolean bodies = a.hasBody() && b.hasBody();
    x[6] = bodies ? Math.log((1.0 + Math.min(a.words(), b.words()))
        / (1.0 + Math.max(a.words(), b.words()))) : 0;
    x[7] = bodies ? 0 : 1;
    double closest = Math.max(RELATIVE_FLOOR, Math.max(ca.closest(), cb.closest()));
    x[8] = Math.min(1, terms / closest);
    x[9] = ArticleContext.sharedCompany(ca, cb);
    boolean dated = a.dated() && b.dated();
    x[10] = dated ? 1 : 0;
    x[11] = dated ? Math.log1p(Math.abs((long) a.day() - b.day())) : 0;
    x[12] = Math.log1p(SortedIds.intersectionSize(a.rare(), b.rare()));
    return x;
  }
}

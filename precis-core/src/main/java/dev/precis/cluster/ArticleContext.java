package dev.precis.cluster;

import java.io.Serializable;

/**
 * What the pair model reads of an article's neighbourhood: its index in the stream, the cosine of
 * its closest neighbour and the neighbours that are its company (see {@link Neighbourhoods}).
 * Comparing a pair with the articles around it is what lets one model serve streams whose articles
 * are alike to different degrees (newswire, web pages, headlines).
 *
 * @param index the article's position in the stream's order (by id)
 * @param closest cosine of its closest neighbour, 0 with none
 * @param company indices of its company, ascending
 */
public record ArticleContext(int index, double closest, int[] company) implements Serializable {

  static ArticleContext of(Neighbourhoods near, int i) {
    return new ArticleContext(i, near.closest(i), near.company(i));
  }

  /** The context of an article from its neighbours, closest first (ties by index). */
  static ArticleContext of(int i, int[] near, float[] cosines) {
    double closest = Neighbourhoods.closestReport(cosines);
    return new ArticleContext(i, closest, Neighbourhoods.companyOf(near, cosines, closest));
  }

  /** Whether the two say the same of the article, so its pairs score the same. */
  boolean sameAs(ArticleContext other) {
    return index == other.index && closest == other.closest
        && java.util.Arrays.equals(company, other.company);
  }

  /**
   * Of the company of the one with less company (each leaving the other out), the share the two
   * keep in common: near 1 when they stand among the same articles.
   */
  static double sharedCompany(ArticleContext a, ArticleContext b) {
    int[] x = a.company;
    int[] y = b.company;
    int nx = x.length - (contains(x, b.index) ? 1 : 0);
    int ny = y.length - (contains(y, a.index) ? 1 : 0);
    if (nx == 0 || ny == 0) {
      return 0;
    }
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        if (x[i] != a.index && x[i] != b.index) {
          shared++;
        }
        i++;
        j++;
      }
    }
    return shared / (double) Math.min(nx, ny);
  }

  private static boolean contains(int[] sorted, int value) {
    return java.util.Arrays.binarySearch(sorted, value) >= 0;
  }
}

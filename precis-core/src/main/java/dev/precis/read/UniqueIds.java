package dev.precis.read;

import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes article ids unique within a run, since summaries attribute sentences by id. The first
 * article keeps its id, later ones get {@code id-2}, {@code id-3}, ...; a suffix never takes an id
 * another input already uses, and every rename is reported.
 */
final class UniqueIds {
  private UniqueIds() {}

  /**
   * @param articles in input order
   * @param origins where each article came from, parallel to {@code articles}, for warnings
   */
  static List<Article> apply(List<Article> articles, List<String> origins, List<String> warnings) {
    Set<String> taken = new HashSet<>();
    for (Article article : articles) {
      taken.add(article.id());
    }
    Set<String> assigned = new HashSet<>();
    List<Article> unique = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      String id = article.id();
      if (assigned.add(id)) {
        unique.add(article);
        continue;
      }
      int n = 2;
      while (taken.contains(id + "-" + n)) {
        n++;
      }
      String renamed = id + "-" + n;
      taken.add(renamed);
      assigned.add(renamed);
      unique.add(article.withId(renamed));
      warnings.add("duplicate article id '" + id + "' in " + origins.get(i) + "; renamed to '"
          + renamed + "'");
    }
    return unique;
  }
}

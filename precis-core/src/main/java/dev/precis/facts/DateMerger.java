package dev.precis.facts;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts each date once however it is written: "April 11, 2017" and a "Tuesday" that resolves to
 * it are one date, shown as the most explicit wording.
 */
final class DateMerger {

  private DateMerger() {}

  /**
   * @param dates each article's dates, in story order
   * @param articleIds the articles' ids, in the same order
   * @return most mentioned (times articles) first, then in date order, unresolved ones last
   */
  static List<DateMention> merge(List<List<DateFinder.Found>> dates, List<String> articleIds) {
    Map<String, Merged> byDate = new TreeMap<>();
    for (int a = 0; a < dates.size(); a++) {
      for (DateFinder.Found found : dates.get(a)) {
        String key = found.normalized() != null
            ? found.normalized()
            : "~" + found.text().toLowerCase(Locale.ROOT); // "~" sorts after digits
        byDate.computeIfAbsent(key, k -> new Merged(k)).add(found, a);
      }
    }
    List<Merged> merged = new ArrayList<>(byDate.values());
    merged.sort(Comparator.comparingLong((Merged m) -> -(long) m.mentions * m.articles.cardinality()));
    List<DateMention> result = new ArrayList<>(merged.size());
    for (Merged m : merged) {
      result.add(m.toDateMention(articleIds));
    }
    return result;
  }

  private static final class Merged {
    final String key;
    /** Wordings and their counts, per resolution; the best resolution's commonest wording wins. */
    final Map<String, Integer> wordings = new TreeMap<>();
    DateMention.Resolution resolution;
    String normalized;
    int mentions;
    final BitSet articles = new BitSet();

    Merged(String key) {
      this.key = key;
    }

    void add(DateFinder.Found found, int article) {
      mentions++;
      articles.set(article);
      normalized = found.normalized();
      if (resolution == null || found.resolution().ordinal() < resolution.ordinal()) {
        resolution = found.resolution();
        wordings.clear();
      }
      if (found.resolution() == resolution) {
        wordings.merge(found.text(), 1, Integer::sum);
      }
    }

    DateMention toDateMention(List<String> articleIds) {
      String text = null;
      int count = 0;
      for (Map.Entry<String, Integer> wording : wordings.entrySet()) {
        if (wording.getValue() > count) {
          text = wording.getKey();
          count = wording.getValue();
        }
      }
      List<String> ids = new ArrayList<>();
      for (int a = articles.nextSetBit(0); a >= 0; a = articles.nextSetBit(a + 1)) {
        ids.add(articleIds.get(a));
      }
      return new DateMention(text, normalized, resolution, mentions, ids);
    }
  }
}

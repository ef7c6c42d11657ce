package dev.precis.summarize;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Sentence;
import java.util.BitSet;

/**
 * The articles of a story that are about something else: each shares no two-word phrase (stem
 * bigram) with any other article, while at least two others do share one. Pages gathered for a
 * story bring such strays with them: an archive's crawl notice, a weather box, a page about
 * another event. When no two articles share a phrase there is no story to stray from, and none
 * is a stray.
 *
 * <pre>{@code
 * BitSet strays = StrayArticles.of(cluster);
 * boolean quotable = !strays.get(sentence.articleIndex());
 * }</pre>
 *
 * <p>No threshold is involved: the test is whether any phrase is shared at all, so the rule has
 * nothing fitted to a dataset.
 */
public final class StrayArticles {
  private StrayArticles() {}

  /** Indices of the articles of {@code cluster} that are strays (empty when there are none). */
  public static BitSet of(AnalyzedCluster cluster) {
    int articles = cluster.articles().size();
    BitSet sharing = new BitSet(articles);
    BitSet speaking = new BitSet(articles);
    for (Sentence s : cluster.sentences()) {
      int[] bigrams = cluster.bigramIds(s.index());
      if (bigrams.length == 0 || sharing.get(s.articleIndex())) {
        continue;
      }
      speaking.set(s.articleIndex());
      for (int bigram : bigrams) {
        if (cluster.bigramArticleFrequency(bigram) >= 2) {
          sharing.set(s.articleIndex());
          break;
        }
      }
    }
    BitSet strays = new BitSet(articles);
    if (sharing.cardinality() < 2) {
      return strays;
    }
    strays.or(speaking);
    strays.andNot(sharing);
    return strays;
  }
}

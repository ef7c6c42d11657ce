package dev.precis.summarize;

import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Sentence;
import java.util.BitSet;
import java.util.List;

/**
 * The articles of a story that are about something else. Pages gathered for a story bring such
 * strays with them: an archive's crawl notice, a weather box, a page about another event. Two
 * tests, with no number fitted to a dataset in either:
 * <ul>
 *   <li>when two or more articles share a two-word phrase (stem bigram), an article that shares
 *       none with any other is a stray;
 *   <li>when no two articles share a phrase, the story is the article with more quotable words
 *       than all the others together (the main report of a story is its longest), and the others
 *       are strays: a two-article story of a singer's new song and an archive's crawl notice is
 *       the song's. When no article has most of the words there is no telling which is the
 *       story, and none is a stray. An article without a two-word phrase at all (a label such as
 *       "Learn more") takes no part in either test.
 * </ul>
 *
 * <pre>{@code
 * StrayArticles.Strays strays = StrayArticles.of(cluster);
 * boolean quotable = !strays.articles().get(sentence.articleIndex());
 * }</pre>
 */
final class StrayArticles {
  private StrayArticles() {}

  /**
   * The strays of a cluster.
   *
   * @param articles indices of the stray articles (empty when there are none)
   * @param why why they are strays, for the summary's notes (empty exactly when there are none)
   */
  record Strays(BitSet articles, String why) {
    Strays {
      articles = (BitSet) articles.clone();
      if (articles.isEmpty() != why.isEmpty()) {
        throw new IllegalArgumentException("a reason is given exactly when there are strays");
      }
    }

    @Override
    public BitSet articles() {
      return (BitSet) articles.clone();
    }

    boolean has(int article) {
      return articles.get(article);
    }
  }

  /** The articles of {@code cluster} that are strays, and why. */
  static Strays of(AnalyzedCluster cluster) {
    int articles = cluster.articles().size();
    BitSet sharing = new BitSet(articles);
    BitSet speaking = new BitSet(articles);
    long[] quotableWords = new long[articles];
    for (Sentence s : cluster.sentences()) {
      if (s.quotable()) {
        quotableWords[s.articleIndex()] += s.words().size();
      }
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
    if (sharing.cardinality() >= 2) {
      strays.or(speaking);
      strays.andNot(sharing);
      return new Strays(strays, strays.isEmpty() ? "" : ids(cluster, strays)
          + (strays.cardinality() == 1 ? ": it shares" : ": they share") + " no two-word phrase "
          + "with the other articles, which share phrases among themselves (another story or "
          + "page furniture)");
    }
    if (speaking.cardinality() < 2) {
      return new Strays(strays, "");
    }
    int story = -1;
    long total = 0;
    for (int a = speaking.nextSetBit(0); a >= 0; a = speaking.nextSetBit(a + 1)) {
      total += quotableWords[a];
      if (story < 0 || quotableWords[a] > quotableWords[story]) {
        story = a;
      }
    }
    if (2 * quotableWords[story] <= total) {
      return new Strays(strays, "");
    }
    strays.or(speaking);
    strays.clear(story);
    return new Strays(strays, ids(cluster, strays)
        + (strays.cardinality() == 1 ? ": it shares" : ": they share") + " no two-word phrase "
        + "with article " + cluster.articles().get(story).id() + ", which has most of the "
        + "story's quotable words" + (strays.cardinality() == 1 ? "" : ", nor with each other")
        + " (another story or page furniture)");
  }

  private static String ids(AnalyzedCluster cluster, BitSet strays) {
    List<String> ids = strays.stream().mapToObj(a -> cluster.articles().get(a).id()).toList();
    return (ids.size() == 1 ? "left out article " : "left out articles ") + String.join(", ", ids);
  }
}

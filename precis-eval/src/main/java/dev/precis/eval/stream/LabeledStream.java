package dev.precis.eval.stream;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import dev.precis.text.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * A stream of articles with the gold story of each, to score a clustering against.
 *
 * @param name what the stream is, for reports ("duc2003", "uci", a file name)
 * @param articles the articles, in stream order
 * @param gold article id to gold story label; holds exactly the ids of {@code articles}
 * @param notes what was dropped or assumed while building the stream
 * @param language the language the articles are written in, which clustering should analyze
 */
public record LabeledStream(String name, List<Article> articles, Map<String, String> gold,
    List<String> notes, Language language) {

  /** A stream of English articles. */
  public LabeledStream(String name, List<Article> articles, Map<String, String> gold,
      List<String> notes) {
    this(name, articles, gold, notes, Language.ENGLISH);
  }

  public LabeledStream {
    java.util.Objects.requireNonNull(language, "language");
    articles = List.copyOf(articles);
    gold = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(gold));
    notes = List.copyOf(notes);
    Map<String, Boolean> seen = new HashMap<>();
    for (Article a : articles) {
      if (seen.put(a.id(), Boolean.TRUE) != null) {
        throw new PrecisException(name + ": article id '" + a.id() + "' occurs twice");
      }
      if (!gold.containsKey(a.id())) {
        throw new PrecisException(name + ": article '" + a.id() + "' has no gold story");
      }
    }
    if (gold.size() != articles.size()) {
      for (String id : gold.keySet()) {
        if (!seen.containsKey(id)) {
          throw new PrecisException(name + ": gold story given for '" + id
              + "', which is not among the articles");
        }
      }
    }
  }

  /** Number of distinct gold stories. */
  public int goldStories() {
    return (int) gold.values().stream().distinct().count();
  }

  /**
   * The articles of a random half of the gold stories (rounded up), in this stream's order: another
   * stream of the same kind. The same {@code seed} picks the same half on every run and machine.
   */
  public LabeledStream half(long seed) {
    List<String> stories = new ArrayList<>(new TreeSet<>(gold.values()));
    // SplittableRandom, not Random: Random's first draws for seeds 1, 2, 3 are nearly the same
    Collections.shuffle(stories, new SplittableRandom(seed));
    Set<String> kept = new HashSet<>(stories.subList(0, (stories.size() + 1) / 2));
    List<Article> subset = new ArrayList<>();
    Map<String, String> subsetGold = new LinkedHashMap<>();
    for (Article a : articles) {
      String story = gold.get(a.id());
      if (kept.contains(story)) {
        subset.add(a);
        subsetGold.put(a.id(), story);
      }
    }
    return new LabeledStream(name + "-half-" + seed, subset, subsetGold, notes, language);
  }
}

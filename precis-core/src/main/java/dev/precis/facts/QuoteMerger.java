package dev.precis.facts;

import dev.precis.text.CharClass;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lists a quote that several articles carry once, with every article's id: wire copy and its
 * rewrites repeat the same words, and a reader wants the statement, not its echoes. One article
 * may quote a sentence that another quotes as part of a longer passage; the sentence then counts
 * for the passage.
 */
final class QuoteMerger {

  private QuoteMerger() {}

  /**
   * @param quotes each article's quotes, in story order
   * @param articleIds the articles' ids, in the same order
   * @return the quotes carried by most articles first, then in story order
   */
  static List<Quote> merge(List<List<QuoteFinder.Found>> quotes, List<String> articleIds) {
    Map<String, Merged> byWords = new LinkedHashMap<>();
    int order = 0;
    for (int a = 0; a < quotes.size(); a++) {
      for (QuoteFinder.Found found : quotes.get(a)) {
        Merged merged = byWords.get(key(found.text()));
        if (merged == null) {
          merged = new Merged(key(found.text()), found, a, order++);
          byWords.put(merged.key, merged);
        }
        merged.add(found.speaker(), a);
      }
    }
    List<Merged> kept = foldPartsIntoPassages(new ArrayList<>(byWords.values()));
    kept.sort(
        Comparator.comparingInt((Merged m) -> -m.articles.cardinality()).thenComparingInt(m -> m.order));
    List<Quote> result = new ArrayList<>(kept.size());
    for (Merged m : kept) {
      List<String> ids = new ArrayList<>(m.articles.cardinality());
      for (int a = m.articles.nextSetBit(0); a >= 0; a = m.articles.nextSetBit(a + 1)) {
        ids.add(articleIds.get(a));
      }
      result.add(new Quote(m.first.text(), m.speaker, articleIds.get(m.firstArticle),
          m.first.start(), ids));
    }
    return result;
  }

  /**
   * Longer quotes a part is compared with, per shared edge: a story has a few dozen quotes, while
   * thousands that open with the same three words are a generated page, which must not cost a
   * comparison of every pair.
   */
  private static final int MAX_PASSAGES_PER_EDGE = 32;

  /**
   * Folds each quote into a longer one that contains its words. Candidates share the first or the
   * last three words, which any leading or trailing part does; this keeps the check linear in
   * practice rather than comparing every pair.
   */
  private static List<Merged> foldPartsIntoPassages(List<Merged> quotes) {
    quotes.sort(Comparator.comparingInt((Merged m) -> -m.key.length()).thenComparingInt(m -> m.order));
    Map<String, List<Merged>> byEdge = new HashMap<>();
    List<Merged> kept = new ArrayList<>(quotes.size());
    for (Merged quote : quotes) {
      Merged passage = null;
      for (String edge : quote.edges()) {
        List<Merged> candidates = byEdge.getOrDefault(edge, List.of());
        for (Merged longer : candidates.subList(0, Math.min(candidates.size(), MAX_PASSAGES_PER_EDGE))) {
          if (longer.key.contains(quote.key) && longer.speakerAgrees(quote.speaker)) {
            passage = longer;
            break;
          }
        }
        if (passage != null) {
          break;
        }
      }
      if (passage != null) {
        passage.absorb(quote);
      } else {
        kept.add(quote);
        for (String edge : quote.edges()) {
          byEdge.computeIfAbsent(edge, e -> new ArrayList<>()).add(quote);
        }
      }
    }
    return kept;
  }

  /** Same words whatever the punctuation, quote marks or case. */
  private static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (CharClass.isLetterOrDigit(c)) {
        if (space && !key.isEmpty()) {
          key.append(' ');
        }
        space = false;
        key.append(Character.toLowerCase(c));
      } else if (CharClass.isWhitespace(c)) {
        space = true;
      }
    }
    return key.toString();
  }

  private static final class Merged {
    final String key;
    final QuoteFinder.Found first;
    final int firstArticle;
    /** Position in story order, for ties. */
    final int order;
    final BitSet articles = new BitSet();
    String speaker;

    Merged(String key, QuoteFinder.Found first, int firstArticle, int order) {
      this.key = key;
      this.first = first;
      this.firstArticle = firstArticle;
      this.order = order;
    }

    void add(String foundSpeaker, int article) {
      articles.set(article);
      if (speaker == null) {
        speaker = foundSpeaker;
      }
    }

    void absorb(Merged part) {
      articles.or(part.articles);
      if (speaker == null) {
        speaker = part.speaker;
      }
    }

    boolean speakerAgrees(String other) {
      return speaker == null || other == null || Objects.equals(speaker, other);
    }

    /** The first and the last three words, marked so the two never collide. */
    List<String> edges() {
      String[] words = key.split(" ");
      int n = Math.min(3, words.length);
      String head = String.join(" ", List.of(words).subList(0, n));
      String tail = String.join(" ", List.of(words).subList(words.length - n, words.length));
      return List.of("^" + head, "$" + tail);
    }
  }
}

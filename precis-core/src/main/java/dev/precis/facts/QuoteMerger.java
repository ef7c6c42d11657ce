package dev.precis.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Lists a quote that several articles carry once, with every article's id: wire copy and its
 * rewrites repeat the same words, and a reader wants the statement, not its echoes.
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
    for (int a = 0; a < quotes.size(); a++) {
      for (QuoteFinder.Found found : quotes.get(a)) {
        int article = a;
        Merged merged = byWords.computeIfAbsent(key(found.text()), k -> new Merged(found, article));
        merged.add(found, articleIds.get(a));
      }
    }
    List<Merged> ordered = new ArrayList<>(byWords.values());
    // stable sort: equal spread keeps story order
    ordered.sort(Comparator.comparingInt((Merged m) -> -m.articleIds.size()));
    List<Quote> result = new ArrayList<>(ordered.size());
    for (Merged m : ordered) {
      result.add(new Quote(m.first.text(), m.speaker, articleIds.get(m.firstArticle),
          m.first.start(), m.articleIds));
    }
    return result;
  }

  /** Same words whatever the punctuation, quote marks or case. */
  private static String key(String text) {
    StringBuilder key = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        key.append(Character.toLowerCase(c));
      } else if (Character.isWhitespace(c) && !key.isEmpty() && key.charAt(key.length() - 1) != ' ') {
        key.append(' ');
      }
    }
    return key.toString().strip().toLowerCase(Locale.ROOT);
  }

  private static final class Merged {
    final QuoteFinder.Found first;
    final int firstArticle;
    final List<String> articleIds = new ArrayList<>();
    String speaker;

    Merged(QuoteFinder.Found first, int firstArticle) {
      this.first = first;
      this.firstArticle = firstArticle;
    }

    void add(QuoteFinder.Found found, String articleId) {
      if (articleIds.isEmpty() || !articleIds.get(articleIds.size() - 1).equals(articleId)) {
        articleIds.add(articleId);
      }
      if (speaker == null) {
        speaker = found.speaker();
      }
    }
  }
}

package dev.precis.text;

import java.util.List;

/**
 * A cluster of articles after the text pipeline: its sentences, and the numeric views of them
 * that summarizers compute with (term ids, stem bigram ids, per-article frequencies).
 *
 * <p>The arrays returned by the accessors are the cluster's own, shared for speed: callers must
 * not modify them.
 */
public final class AnalyzedCluster {
  private final Language language;
  private final List<Article> articles;
  private final List<Sentence> sentences;
  private final int[][] termIds;
  private final int[][] bigramIds;
  private final int termCount;
  private final int bigramCount;
  private final int[] termArticleFrequency;
  private final int[] bigramArticleFrequency;
  private final int[] termSentenceFrequency;
  /** The stems of each bigram, side by side: stem ids at 2c and 2c + 1. */
  private final int[] bigramStems;
  private final String[] stemNames;

  AnalyzedCluster(
      Language language, List<Article> articles, List<Sentence> sentences, TermNormalizer normalizer) {
    this.language = language;
    this.articles = List.copyOf(articles);
    this.sentences = List.copyOf(sentences);
    int n = sentences.size();
    termIds = new int[n][];
    bigramIds = new int[n][];
    int wordTotal = 0;
    for (Sentence sentence : sentences) {
      wordTotal += sentence.words().size();
    }
    // a news cluster repeats its words: distinct terms and stems are far fewer than words, and
    // the tables grow past their first size when they are not
    int distinctGuess = Math.min(Math.max(16, wordTotal / 2), 1 << 16);
    StringIds terms = new StringIds(distinctGuess);
    StringIds stems = new StringIds(distinctGuess);
    LongIds bigrams = new LongIds(Math.min(wordTotal, 1 << 16));
    // each distinct word's stem id and stop flag (as 2 * id + stop), found once: each first
    // look-up costs a stop-list probe, a shared stem cache probe and a stem-id probe
    StringIds words = new StringIds(distinctGuess);
    int[] wordStems = new int[distinctGuess];
    int[] pairs = new int[64];
    for (int s = 0; s < n; s++) {
      Sentence sentence = sentences.get(s);
      List<String> sentenceTerms = sentence.terms();
      int[] ids = new int[sentenceTerms.size()];
      for (int k = 0; k < ids.length; k++) {
        ids[k] = terms.idOf(sentenceTerms.get(k));
      }
      termIds[s] = ids;
      // concepts in the sense of Gillick & Favre: bigrams of stems, unless both are stop words
      List<String> sentenceWords = sentence.words();
      int[] bis = new int[Math.max(0, sentenceWords.size() - 1)];
      int count = 0;
      int previousStem = -1;
      boolean previousStop = true;
      for (String word : sentenceWords) {
        int known = words.size();
        int wordId = words.idOf(word);
        if (wordId == known) {
          if (wordId == wordStems.length) {
            wordStems = java.util.Arrays.copyOf(wordStems, 2 * wordId);
          }
          int id = stems.idOf(normalizer.stem(word));
          wordStems[wordId] = 2 * id + (normalizer.isStopWord(word) ? 1 : 0);
        }
        int stemAndStop = wordStems[wordId];
        boolean stop = (stemAndStop & 1) == 1;
        int stem = stemAndStop >> 1;
        if (previousStem >= 0 && !(stop && previousStop)) {
          int id = bigrams.idOf(((long) previousStem << 32) | stem);
          if (2 * id + 1 >= pairs.length) {
            pairs = java.util.Arrays.copyOf(pairs, pairs.length * 2);
          }
          pairs[2 * id] = previousStem;
          pairs[2 * id + 1] = stem;
          bis[count++] = id;
        }
        previousStem = stem;
        previousStop = stop;
      }
      bigramIds[s] = java.util.Arrays.copyOf(bis, count);
    }
    termCount = terms.size();
    bigramCount = bigrams.size();
    bigramStems = java.util.Arrays.copyOf(pairs, 2 * bigramCount);
    stemNames = new String[stems.size()];
    for (int id = 0; id < stemNames.length; id++) {
      stemNames[id] = stems.key(id);
    }
    termArticleFrequency = articleFrequency(termIds, termCount);
    bigramArticleFrequency = articleFrequency(bigramIds, bigramCount);
    termSentenceFrequency = new int[termCount];
    int[] lastSentence = new int[termCount];
    java.util.Arrays.fill(lastSentence, -1);
    for (int s = 0; s < n; s++) {
      for (int id : termIds[s]) {
        if (lastSentence[id] != s) {
          lastSentence[id] = s;
          termSentenceFrequency[id]++;
        }
      }
    }
  }

  private int[] articleFrequency(int[][] idsPerSentence, int size) {
    int[] frequency = new int[size];
    int[] lastArticle = new int[size];
    java.util.Arrays.fill(lastArticle, -1);
    for (int s = 0; s < idsPerSentence.length; s++) {
      int article = sentences.get(s).articleIndex();
      for (int id : idsPerSentence[s]) {
        if (lastArticle[id] != article) {
          lastArticle[id] = article;
          frequency[id]++;
        }
      }
    }
    return frequency;
  }

  public Language language() {
    return language;
  }

  public List<Article> articles() {
    return articles;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  public int size() {
    return sentences.size();
  }

  /** Content-term ids of sentence {@code s}, in text order, repeats kept. */
  public int[] termIds(int s) {
    return termIds[s];
  }

  /** Stem-bigram ids of sentence {@code s}, in text order, repeats kept. */
  public int[] bigramIds(int s) {
    return bigramIds[s];
  }

  public int termCount() {
    return termCount;
  }

  public int bigramCount() {
    return bigramCount;
  }

  /** In how many articles each term occurs. */
  public int termArticleFrequency(int term) {
    return termArticleFrequency[term];
  }

  /** In how many articles each bigram occurs. */
  public int bigramArticleFrequency(int bigram) {
    return bigramArticleFrequency[bigram];
  }

  /** In how many sentences each term occurs. */
  public int termSentenceFrequency(int term) {
    return termSentenceFrequency[term];
  }

  /**
   * The stem of one side of a bigram: {@code side} 0 for the first word, 1 for the second. A
   * content word's stem is its term (see {@link Sentence#terms()}).
   */
  public String bigramStem(int bigram, int side) {
    return stemNames[bigramStems[2 * bigram + side]];
  }
}

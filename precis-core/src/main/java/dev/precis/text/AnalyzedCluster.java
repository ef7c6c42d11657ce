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

  /**
   * @param words the cluster's distinct words in the order they first occur, each sentence's
   *     words as their ids, and each word's term (null for none), as the text pipeline found them
   */
  AnalyzedCluster(Language language, List<Article> articles, List<Sentence> sentences,
      TermNormalizer normalizer, Vocabulary words) {
    this.language = language;
    this.articles = List.copyOf(articles);
    this.sentences = List.copyOf(sentences);
    int n = sentences.size();
    termIds = new int[n][];
    bigramIds = new int[n][];
    int distinct = words.words().size();
    StringIds terms = new StringIds(distinct);
    StringIds stems = new StringIds(distinct);
    int wordTotal = 0;
    for (int[] ids : words.sentenceWords()) {
      wordTotal += ids.length;
    }
    LongIds bigrams = new LongIds(Math.min(wordTotal, 1 << 16));
    // each distinct word's term id (-1 for none), stem id and stop flag (as 2 * id + stop),
    // found at its first occurrence, so that ids are numbered in the order the text shows them
    int[] wordTerms = new int[distinct];
    int[] wordStems = new int[distinct];
    int firstUnseen = 0;
    int[] pairs = new int[64];
    for (int s = 0; s < n; s++) {
      int[] sentenceWords = words.sentenceWords().get(s);
      int[] ids = new int[sentenceWords.length];
      int termTotal = 0;
      int[] bis = new int[Math.max(0, sentenceWords.length - 1)];
      int count = 0;
      int previousStem = -1;
      boolean previousStop = true;
      for (int wordId : sentenceWords) {
        if (wordId >= firstUnseen) {
          if (wordId > firstUnseen) {
            throw new IllegalArgumentException("word ids must be numbered in the order the words "
                + "first occur: " + wordId + " before " + firstUnseen);
          }
          firstUnseen++;
          String word = words.words().key(wordId);
          String term = words.terms().get(wordId);
          wordTerms[wordId] = term == null ? -1 : terms.idOf(term);
          int id = stems.idOf(normalizer.stem(word));
          wordStems[wordId] = 2 * id + (normalizer.isStopWord(word) ? 1 : 0);
        }
        if (wordTerms[wordId] >= 0) {
          ids[termTotal++] = wordTerms[wordId];
        }
        // concepts in the sense of Gillick & Favre: bigrams of stems, unless both are stop words
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
      termIds[s] = termTotal == ids.length ? ids : java.util.Arrays.copyOf(ids, termTotal);
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

  /**
   * The words of a cluster's sentences, numbered: {@code words} the distinct words in the order
   * they first occur, {@code terms} each one's term (null when it has none), and {@code
   * sentenceWords} each sentence's words as indexes into {@code words}.
   */
  record Vocabulary(StringIds words, List<String> terms, List<int[]> sentenceWords) {}

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

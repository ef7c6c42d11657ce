package dev.precis.dedup;

import dev.precis.similar.Synonyms;
import dev.precis.similar.Terms;
import dev.precis.text.Article;
import dev.precis.text.HashMix;
import dev.precis.text.SortedIds;
import dev.precis.text.StorySentences;
import dev.precis.text.Tokenizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What near-duplicate verification compares of an article: its content terms as a bag, its
 * shingles, and its sentences as sets of terms. All three are built on synonym-mapped stems
 * without stop words, so "Russian Federation" and "Russia" agree; the bag and the sentence sets
 * ignore order, so moved sentences and paragraphs still agree.
 *
 * <p>The article is read as the text pipeline reads it ({@link StorySentences}: boilerplate
 * paragraphs and the wire dateline dropped), since syndicated copies differ exactly there.
 * Immutable.
 */
final class Profile {
  /** Sentences shorter than this many terms ("Syria topped the agenda.") say too little to match. */
  private static final int MIN_SENTENCE_TERMS = 3;

  /** Content terms in the article (its length for the length-ratio test). */
  final int terms;
  /** Sorted distinct term hashes and, at the same index, how often each occurs. */
  final int[] bagKeys;
  final int[] bagCounts;
  /** Sorted distinct shingle hashes. */
  final int[] shingles;
  /** Sorted distinct sentence hashes (a sentence's term set, order ignored). */
  final long[] sentences;

  private Profile(int terms, int[] bagKeys, int[] bagCounts, int[] shingles, long[] sentences) {
    this.terms = terms;
    this.bagKeys = bagKeys;
    this.bagCounts = bagCounts;
    this.shingles = shingles;
    this.sentences = sentences;
  }

  static Profile of(Article article, int shingleSize) {
    return of(article, StorySentences.of(article), shingleSize);
  }

  /** The profile of {@code article}, whose story sentences {@code read} are. */
  static Profile of(Article article, List<StorySentences.Sentence> read, int shingleSize) {
    Synonyms synonyms = Synonyms.english();
    List<int[]> sentenceTerms = new ArrayList<>();
    int total = 0;
    for (StorySentences.Sentence sentence : read) {
      // as the article has it: wire codes and notice sentences are what copies share too
      String text = article.text().substring(sentence.start(), sentence.end());
      List<String> terms =
          Terms.content(synonyms.apply(Tokenizer.words(synonyms.rewriteCapitals(text))));
      if (terms.isEmpty()) {
        continue;
      }
      int[] hashes = new int[terms.size()];
      for (int i = 0; i < hashes.length; i++) {
        hashes[i] = termHash(terms.get(i));
      }
      sentenceTerms.add(hashes);
      total += hashes.length;
    }
    return build(sentenceTerms, total, shingleSize);
  }

  /** A term's hash; {@code String.hashCode} is specified, so it is the same in every JVM. */
  static int termHash(String term) {
    return HashMix.mix32(term.hashCode());
  }

  private static Profile build(List<int[]> sentenceTerms, int total, int shingleSize) {
    int[] all = new int[total];
    int at = 0;
    long[] sentences = new long[sentenceTerms.size()];
    int sentenceCount = 0;
    for (int[] s : sentenceTerms) {
      System.arraycopy(s, 0, all, at, s.length);
      at += s.length;
      if (s.length >= MIN_SENTENCE_TERMS) {
        int[] sorted = s.clone();
        Arrays.sort(sorted);
        long h = 0x2545f4914f6cdd1dL;
        int previous = 0;
        for (int k = 0; k < sorted.length; k++) {
          if (k > 0 && sorted[k] == previous) {
            continue;
          }
          previous = sorted[k];
          h = HashMix.mix(h ^ sorted[k]) + k;
        }
        sentences[sentenceCount++] = h;
      }
    }
    sentences = distinct(Arrays.copyOf(sentences, sentenceCount));

    // bag: sort a copy of the term hashes and count runs
    int[] sortedTerms = all.clone();
    Arrays.sort(sortedTerms);
    int[] keys = new int[total];
    int[] counts = new int[total];
    int distinct = 0;
    for (int i = 0; i < total; i++) {
      if (distinct > 0 && keys[distinct - 1] == sortedTerms[i]) {
        counts[distinct - 1]++;
      } else {
        keys[distinct] = sortedTerms[i];
        counts[distinct++] = 1;
      }
    }

    // shingles run across sentence ends: a copy keeps most sentences in order, and a text shorter
    // than one shingle still gets one, so that it can be matched at all
    int[] shingles;
    if (total == 0) {
      shingles = new int[0];
    } else if (total < shingleSize) {
      shingles = new int[] {shingle(all, 0, total)};
    } else {
      shingles = new int[total - shingleSize + 1];
      for (int i = 0; i < shingles.length; i++) {
        shingles[i] = shingle(all, i, shingleSize);
      }
      Arrays.sort(shingles);
      shingles = distinct(shingles);
    }
    return new Profile(total, Arrays.copyOf(keys, distinct), Arrays.copyOf(counts, distinct),
        shingles, sentences);
  }

  private static int shingle(int[] terms, int from, int size) {
    int h = 0x1b873593;
    for (int k = from; k < from + size; k++) {
      h = h * 0x9e3779b1 + terms[k];
    }
    return HashMix.mix32(h);
  }

  private static int[] distinct(int[] sorted) {
    int n = 0;
    for (int i = 0; i < sorted.length; i++) {
      if (n == 0 || sorted[n - 1] != sorted[i]) {
        sorted[n++] = sorted[i];
      }
    }
    return n == sorted.length ? sorted : Arrays.copyOf(sorted, n);
  }

  private static long[] distinct(long[] values) {
    Arrays.sort(values);
    int n = 0;
    for (int i = 0; i < values.length; i++) {
      if (n == 0 || values[n - 1] != values[i]) {
        values[n++] = values[i];
      }
    }
    return n == values.length ? values : Arrays.copyOf(values, n);
  }

  /** How two profiles compare; {@code similarity} is what the duplicate threshold applies to. */
  record Comparison(double similarity, double bag, double shingles, double sentences,
      double lengthRatio) {}

  /**
   * Compares two articles for being copies of one another. Each measure is a containment (shared
   * over the shorter's size), so a truncated copy or one with an extra intro and footer still
   * scores high:
   *
   * <ul>
   *   <li>{@code bag}: shared content terms with multiplicity; survives reordering and synonyms,
   *       but two articles on one story share many names, so it cannot decide alone;
   *   <li>{@code shingles}: shared word triples; wording, which different articles do not share;
   *   <li>{@code sentences}: shared sentences as term sets; survives reordered words in a sentence.
   * </ul>
   *
   * similarity = (bag + max(shingles, sentences)) / 2: a copy must share both the vocabulary and
   * the wording (of its phrases or of its sentences). Symmetric.
   */
  static Comparison compare(Profile a, Profile b) {
    if (a.terms == 0 || b.terms == 0) {
      return new Comparison(0, 0, 0, 0, 0);
    }
    double bag = bagOverlap(a, b) / (double) Math.min(a.terms, b.terms);
    double sh = SortedIds.intersectionSize(a.shingles, b.shingles)
        / (double) Math.min(a.shingles.length, b.shingles.length);
    double se = a.sentences.length == 0 || b.sentences.length == 0 ? 0
        : SortedIds.intersectionSize(a.sentences, b.sentences)
            / (double) Math.min(a.sentences.length, b.sentences.length);
    double similarity = (bag + Math.max(sh, se)) / 2;
    double ratio = Math.min(a.terms, b.terms) / (double) Math.max(a.terms, b.terms);
    return new Comparison(similarity, bag, sh, se, ratio);
  }

  private static int bagOverlap(Profile a, Profile b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.bagKeys.length && j < b.bagKeys.length) {
      int x = a.bagKeys[i];
      int y = b.bagKeys[j];
      if (x == y) {
        shared += Math.min(a.bagCounts[i++], b.bagCounts[j++]);
      } else if (x < y) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }
}

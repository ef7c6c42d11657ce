package dev.precis.eval.rouge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns sentences into tokens as ROUGE-1.5.5 does. Perl works on bytes here: it lower-cases A-Z
 * only, replaces every byte other than a-z, 0-9 and '-' by a space, splits '-' off as a token of
 * its own and then drops every token not starting with a-z or 0-9. What is left is exactly the
 * runs of [a-z0-9] bytes, which is how this class reads them. Stop words are removed before
 * stemming, as in 1.5.5.
 */
final class Tokenizer {
  private final Set<String> stopWords;
  private final Stemmer stemmer;

  Tokenizer(boolean removeStopWords, boolean stem) {
    this.stopWords = removeStopWords ? WordLists.SMART_STOP_WORDS : Set.of();
    this.stemmer = stem ? new Stemmer() : null;
  }

  /** UTF-8 bytes of each non-empty sentence, A-Z lower-cased; empty lines are not sentences. */
  static byte[][] sentenceBytes(List<String> sentences) {
    List<byte[]> out = new ArrayList<>(sentences.size());
    for (String sentence : sentences) {
      if (sentence == null || sentence.isEmpty()) {
        continue;
      }
      byte[] bytes = sentence.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] >= 'A' && bytes[i] <= 'Z') {
          bytes[i] += 'a' - 'A';
        }
      }
      out.add(bytes);
    }
    return out.toArray(new byte[0][]);
  }

  /** Appends the ids of the tokens in {@code sentence[0, length)} to {@code out}. */
  void tokenize(byte[] sentence, int length, Vocabulary vocabulary, IntList out) {
    int i = 0;
    while (i < length) {
      while (i < length && !isWordByte(sentence[i])) {
        i++;
      }
      int start = i;
      while (i < length && isWordByte(sentence[i])) {
        i++;
      }
      if (i > start) {
        String token = new String(sentence, start, i - start, StandardCharsets.US_ASCII);
        if (stopWords.contains(token)) {
          continue;
        }
        if (stemmer != null) {
          token = stemmer.stem(token);
        }
        out.add(vocabulary.id(token));
      }
    }
  }

  private static boolean isWordByte(byte b) {
    return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
  }
}

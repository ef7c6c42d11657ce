package dev.precis.dedup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English content terms for comparing texts: synonym-mapped, stemmed words without stop words.
 *
 * <p>The stems and stop words are the text pipeline's (Snowball English, the project's own list in
 * {@code dev/precis/text/stopwords-en.txt}, dotted abbreviations such as "u.s." left whole), so a
 * term here is the term a summary compares. The text package keeps its normalizer private, hence
 * this small twin; stateless and thread-safe.
 */
final class Terms {
  private static final Set<String> STOP_WORDS = readStopWords("/dev/precis/text/stopwords-en.txt");
  /** Bounded like the text pipeline's cache: a news vocabulary repeats, stemming is the cost. */
  private static final int CACHE_LIMIT = 300_000;
  private static final Map<String, String> STEMS = new ConcurrentHashMap<>();
  private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

  private Terms() {}

  static boolean isStopWord(String word) {
    return STOP_WORDS.contains(word);
  }

  /** Content terms of lower-cased, synonym-mapped words, in order. */
  static List<String> content(List<String> words) {
    List<String> terms = new ArrayList<>(words.size());
    for (String w : words) {
      if (isContent(w)) {
        terms.add(stem(w));
      }
    }
    return terms;
  }

  /** Whether a lower-cased word carries content: not a stop word, not a lone digit or sign. */
  static boolean isContent(String word) {
    if (word.length() < 2 && !Character.isLetter(word.charAt(0))) {
      return false;
    }
    return !STOP_WORDS.contains(word);
  }

  static String stem(String word) {
    String cached = STEMS.get(word);
    if (cached != null) {
      return cached;
    }
    String stem = computeStem(word);
    if (STEMS.size() < CACHE_LIMIT) {
      STEMS.put(word, stem);
    }
    return stem;
  }

  private static String computeStem(String word) {
    if (word.indexOf('.') >= 0) {
      return word;
    }
    String base = word.endsWith("'s") || word.endsWith("\u2019s")
        ? word.substring(0, word.length() - 2) : word;
    if (base.isEmpty()) {
      return word;
    }
    EnglishStemmer stemmer = STEMMER.get();
    stemmer.setCurrent(base);
    stemmer.stem();
    return stemmer.getCurrent();
  }

  private static Set<String> readStopWords(String resource) {
    InputStream in = Terms.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    Set<String> words = new HashSet<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Set.copyOf(words);
  }
}

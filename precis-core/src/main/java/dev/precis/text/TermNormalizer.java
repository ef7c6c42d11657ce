package dev.precis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hi.HindiAnalyzer;
import org.tartarus.snowball.SnowballStemmer;

/**
 * Last stage of the pipeline: turns a lower-cased word into the term summarizers compare, or into
 * nothing when it is a stop word or carries no content (punctuation, a lone digit).
 *
 * <p>Stemming is Snowball's (through Lucene) where a language has one; Czech uses a light
 * suffix stripper of our own, Hebrew is left unstemmed. Thread-safe: each thread gets its own Snowball stemmer (they keep
 * state), and stems are cached across analyses.
 */
public final class TermNormalizer {
  private static final Map<Language, TermNormalizer> INSTANCES =
      new java.util.concurrent.ConcurrentHashMap<>();
  private static final Map<Language, Set<String>> STOP_WORDS = new HashMap<>();
  private final Language language;
  private final Set<String> stopWords;
  private final ThreadLocal<SnowballStemmer> stemmer;
  /**
   * Terms and stems outlive one analysis: a news vocabulary repeats from cluster to cluster, and
   * stemming is most of the pipeline's cost on a cold table. A term is a pure function of its word,
   * so sharing keeps results identical.
   */
  private final WordTerms known;

  private TermNormalizer(Language language) {
    this.language = language;
    this.stopWords = stopWords(language);
    this.stemmer = ThreadLocal.withInitial(() -> snowball(language));
    this.known = new WordTerms(this::entry);
  }

  /** The normalizer of a language; shared and thread-safe. */
  public static TermNormalizer of(Language language) {
    return INSTANCES.computeIfAbsent(language, TermNormalizer::new);
  }

  static synchronized Set<String> stopWords(Language language) {
    return STOP_WORDS.computeIfAbsent(language, TermNormalizer::loadStopWords);
  }

  /** Whether the lower-cased word is a stop word of this language. */
  public boolean isStopWord(String word) {
    return stopWords.contains(word);
  }

  /** The term for a lower-cased word, or null when the word is no content term. */
  public String term(String word) {
    return known.of(word).term();
  }

  /** The stem of a lower-cased word, stop word or not (bigram concepts keep stop words). */
  public String stem(String word) {
    return known.of(word).stem();
  }

  /** A word's stem, and the stem as its term unless it is a stop word or carries no content. */
  private WordTerms.Entry entry(String word) {
    String stem = computeStem(word);
    boolean content = (word.length() >= 2 || !word.isEmpty() && CharClass.isLetter(word.charAt(0)))
        && !stopWords.contains(word) && Tokenizer.hasWord(word);
    return new WordTerms.Entry(word, content ? stem : null, stem);
  }

  private String computeStem(String word) {
    // abbreviations like "u.s." keep their dots: they are names, not inflected words
    if (word.indexOf('.') >= 0) {
      return word;
    }
    String base = word.endsWith("'s") || word.endsWith("\u2019s")
        ? word.substring(0, word.length() - 2) : word;
    if (base.isEmpty()) {
      return word;
    }
    SnowballStemmer snowball = stemmer.get();
    if (snowball != null) {
      snowball.setCurrent(base);
      snowball.stem();
      return snowball.getCurrent();
    }
    if (language == Language.CZECH) {
      return CzechLightStem.stem(base);
    }
    return base;
  }

  private static SnowballStemmer snowball(Language language) {
    Supplier<SnowballStemmer> supplier =
        switch (language) {
          case ENGLISH -> org.tartarus.snowball.ext.EnglishStemmer::new;
          case FRENCH -> org.tartarus.snowball.ext.FrenchStemmer::new;
          case GREEK -> org.tartarus.snowball.ext.GreekStemmer::new;
          case ARABIC -> org.tartarus.snowball.ext.ArabicStemmer::new;
          case HINDI -> org.tartarus.snowball.ext.HindiStemmer::new;
          case CZECH, HEBREW -> () -> null;
        };
    return supplier.get();
  }

  private static Set<String> loadStopWords(Language language) {
    return switch (language) {
      case ENGLISH -> readList("stopwords-en.txt");
      case FRENCH -> toSet(FrenchAnalyzer.getDefaultStopSet());
      case CZECH -> toSet(CzechAnalyzer.getDefaultStopSet());
      case GREEK -> toSet(GreekAnalyzer.getDefaultStopSet());
      case ARABIC -> toSet(ArabicAnalyzer.getDefaultStopSet());
      case HINDI -> toSet(HindiAnalyzer.getDefaultStopSet());
      case HEBREW -> readList("stopwords-he.txt");
    };
  }

  private static Set<String> toSet(CharArraySet set) {
    Set<String> words = new HashSet<>();
    for (Object o : set) {
      words.add(new String((char[]) o));
    }
    return lookUpSet(words);
  }

  /**
   * A read-only HashSet rather than {@code Set.copyOf}: a HashSet compares the strings' cached
   * hashes before their characters, where the immutable set's probe calls equals on every
   * collision, and the stop list is probed for nearly every word read.
   */
  private static Set<String> lookUpSet(Set<String> words) {
    return java.util.Collections.unmodifiableSet(new HashSet<>(words));
  }

  private static Set<String> readList(String resource) {
    InputStream in = TermNormalizer.class.getResourceAsStream(resource);
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
    return lookUpSet(words);
  }
}

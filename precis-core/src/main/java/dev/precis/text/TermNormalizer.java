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
  /**
   * Stems outlive one analysis: a news vocabulary repeats from cluster to cluster, and stemming is
   * most of the pipeline's cost on a cold cache. Bounded, so a long-running service cannot grow it
   * without limit; a stem is a pure function of the word, so sharing keeps results identical.
   */
  private static final int STEM_CACHE_LIMIT = 300_000;
  private static final Map<Language, Map<String, String>> STEM_CACHES =
      new java.util.concurrent.ConcurrentHashMap<>();
  /**
   * Each word's term, for the same reason and under the same bound: every analysis asks for the
   * term of every word (the pipeline, duplicate detection, paraphrase features), and one look-up
   * then replaces a stop-list probe, a character scan and a stem look-up.
   */
  private static final Map<Language, Map<String, String>> TERM_CACHES =
      new java.util.concurrent.ConcurrentHashMap<>();
  /** Stands for "no term" in the term cache, which cannot hold null; compared by identity. */
  private static final String NO_TERM = new String("");

  private final Language language;
  private final Set<String> stopWords;
  private final ThreadLocal<SnowballStemmer> stemmer;
  private final Map<String, String> cache;
  private final Map<String, String> termCache;

  private TermNormalizer(Language language) {
    this.language = language;
    this.stopWords = stopWords(language);
    this.stemmer = ThreadLocal.withInitial(() -> snowball(language));
    this.cache = STEM_CACHES.computeIfAbsent(language,
        l -> new java.util.concurrent.ConcurrentHashMap<>());
    this.termCache = TERM_CACHES.computeIfAbsent(language,
        l -> new java.util.concurrent.ConcurrentHashMap<>());
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
    String cached = termCache.get(word);
    if (cached != null) {
      return cached == NO_TERM ? null : cached;
    }
    String term = computeTerm(word);
    if (termCache.size() < STEM_CACHE_LIMIT) {
      termCache.put(word, term == null ? NO_TERM : term);
    }
    return term;
  }

  private String computeTerm(String word) {
    if (word.length() < 2 && !CharClass.isLetter(word.charAt(0))) {
      return null;
    }
    if (stopWords.contains(word) || !Tokenizer.hasWord(word)) {
      return null;
    }
    return stem(word);
  }

  /** The stem of a lower-cased word, stop word or not (bigram concepts keep stop words). */
  public String stem(String word) {
    String cached = cache.get(word);
    if (cached != null) {
      return cached;
    }
    String stem = computeStem(word);
    if (cache.size() < STEM_CACHE_LIMIT) {
      cache.put(word, stem);
    }
    return stem;
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

package dev.precis.eval.rouge;

import dev.precis.PrecisException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The two word lists ROUGE-1.5.5 ships, read once from our resources (see NOTICE.txt there). */
final class WordLists {
  private WordLists() {}

  /** SMART common words, removed with {@code -s}. */
  static final Set<String> SMART_STOP_WORDS = loadStopWords();

  /** WordNet 2.0 inflection exceptions, inflected form to base form, applied with {@code -m}. */
  static final Map<String, String> WORDNET_EXCEPTIONS = loadExceptions();

  private static Set<String> loadStopWords() {
    Set<String> words = new HashSet<>();
    readLines("smart_common_words.txt", line -> {
      if (!line.isEmpty()) {
        words.add(line);
      }
    });
    return Set.copyOf(words);
  }

  private static Map<String, String> loadExceptions() {
    Map<String, String> map = new HashMap<>();
    readLines("wordnet-2.0-exceptions.tsv", line -> {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        map.put(line.substring(0, tab), line.substring(tab + 1));
      }
    });
    return Map.copyOf(map);
  }

  private static void readLines(String resource, Consumer<String> sink) {
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new PrecisException("ROUGE word list " + resource + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        sink.accept(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ROUGE word list " + resource, e);
    }
  }
}

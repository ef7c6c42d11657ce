package dev.precis.similar;

import dev.precis.text.CharClass;
import dev.precis.text.Tokenizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the words of a synonym table ({@code synonyms.txt}) to one canonical word, so that "Russian
 * Federation" and "Russia", or "global law" and "international law", compare equal. Spinners and
 * house styles swap exactly these, and a copy that swaps them is still a copy.
 *
 * <p>Immutable and thread-safe; {@link #english()} is loaded once.
 */
public final class Synonyms {
  private static final Synonyms ENGLISH = load("synonyms.txt");

  /** Variant word sequences (joined by a space) to their canonical word. */
  private final Map<String, String> phrases;
  /** The longest variant, in words: how far {@link #apply} looks ahead. */
  private final int longest;
  /** First words of multi-word variants: the only places a longer look-ahead can pay off. */
  private final java.util.Set<String> firstWords;
  /** Capitalised acronyms that are also lower-case words ("US" but not "us"). */
  private final Map<String, String> capitalCanonical;
  private final int longestCapital;

  private Synonyms(Map<String, String> phrases, Map<String, String> capitalCanonical) {
    this.phrases = Map.copyOf(phrases);
    this.capitalCanonical = Map.copyOf(capitalCanonical);
    int max = 1;
    java.util.Set<String> first = new java.util.HashSet<>();
    for (String p : phrases.keySet()) {
      String[] words = p.split(" ");
      max = Math.max(max, words.length);
      if (words.length > 1) {
        first.add(words[0]);
      }
    }
    this.longest = max;
    this.firstWords = java.util.Set.copyOf(first);
    this.longestCapital = capitalCanonical.keySet().stream().mapToInt(String::length).max().orElse(0);
  }

  public static Synonyms english() {
    return ENGLISH;
  }

  /**
   * Rewrites capitalised acronyms ("US") to their canonical word before the text is lower-cased.
   * A hand-written scan, not a regular expression: it runs on every paragraph of every article.
   */
  public String rewriteCapitals(String text) {
    if (capitalCanonical.isEmpty()) {
      return text;
    }
    StringBuilder out = null;
    int copied = 0;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!CharClass.isLetter(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean upper = true;
      while (i < n && CharClass.isLetter(text.charAt(i))) {
        upper &= CharClass.isUpperCase(text.charAt(i));
        i++;
      }
      if (upper && i - start >= 2 && i - start <= longestCapital) {
        String canonical = capitalCanonical.get(text.substring(start, i));
        if (canonical != null) {
          if (out == null) {
            out = new StringBuilder(n);
          }
          out.append(text, copied, start).append(canonical);
          copied = i;
        }
      }
    }
    return out == null ? text : out.append(text, copied, n).toString();
  }

  /** The words with every variant replaced by its canonical word, longest variant first. */
  public List<String> apply(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      String word = words.get(i);
      int matched = 0;
      String canonical = null;
      if (firstWords.contains(word)) {
        StringBuilder key = new StringBuilder(word);
        for (int len = 2; len <= longest && i + len <= words.size(); len++) {
          key.append(' ').append(words.get(i + len - 1));
          String c = phrases.get(key.toString());
          if (c != null) {
            matched = len;
            canonical = c;
          }
        }
      }
      if (canonical == null) {
        canonical = phrases.get(word);
        matched = canonical == null ? 0 : 1;
      }
      if (matched == 0) {
        out.add(word);
        i++;
      } else {
        out.add(canonical);
        i += matched;
      }
    }
    return out;
  }

  static Synonyms load(String resource) {
    InputStream in = Synonyms.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing resource " + resource);
    }
    Map<String, String> phrases = new HashMap<>();
    Map<String, String> capitals = new HashMap<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 1) {
          throw new IllegalStateException(resource + ":" + number + ": expected 'canonical: variants'");
        }
        String canonical = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        for (String variant : line.substring(colon + 1).split(";")) {
          String v = variant.strip();
          if (v.isEmpty()) {
            continue;
          }
          if (v.equals(v.toUpperCase(Locale.ROOT)) && v.chars().allMatch(Character::isLetter)) {
            capitals.put(v, canonical);
            continue;
          }
          String key = String.join(" ", Tokenizer.words(v));
          String previous = phrases.put(key, canonical);
          if (previous != null && !previous.equals(canonical)) {
            throw new IllegalStateException(resource + ":" + number + ": '" + v
                + "' is already a variant of '" + previous + "'");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Synonyms(phrases, capitals);
  }
}

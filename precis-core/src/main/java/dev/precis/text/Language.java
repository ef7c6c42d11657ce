package dev.precis.text;

import dev.precis.PrecisException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The languages the text pipeline knows. Each one names its stemmer and stop words; both come
 * from Lucene's analysis module, except English stop words, which are our own longer list (Lucene's
 * has 33 words, too few to keep "would" or "also" out of a summary's concepts).
 */
public enum Language {
  ENGLISH("en", "english"),
  FRENCH("fr", "french"),
  CZECH("cs", "czech"),
  GREEK("el", "greek"),
  ARABIC("ar", "arabic"),
  HEBREW("he", "hebrew"),
  HINDI("hi", "hindi");

  private final String code;
  private final String label;

  Language(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** ISO 639-1 code. */
  public String code() {
    return code;
  }

  /** Lower-case English name, as the datasets' {@code language} field writes it. */
  public String label() {
    return label;
  }

  /** The language of a code ("en") or name ("english"), ignoring case, if there is one. */
  public static Optional<Language> find(String name) {
    String key = name.trim().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code.equals(key) || language.label.equals(key)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }

  /**
   * Looks a language up by code ("en") or name ("english"), ignoring case.
   *
   * @throws PrecisException naming the known languages when there is none of that name
   */
  public static Language parse(String name) {
    return find(name).orElseThrow(() -> new PrecisException(
        "unknown language '" + name + "'; known: "
            + Arrays.stream(values()).map(l -> l.label + " (" + l.code + ")")
                .collect(Collectors.joining(", "))));
  }
}

package dev.precis.text;

/**
 * A light Czech stemmer: strips the commonest case and number endings so that "vláda", "vlády"
 * and "vládě" meet. Lucene has a Czech stemmer, but only behind a token filter, which is far
 * slower per word than this table.
 */
final class CzechLightStem {
  private static final String[] SUFFIXES = {
    "ech", "ich", "ích", "ého", "ěmi", "emi", "ému", "ete", "eti", "iho", "ího", "ími", "imu",
    "ách", "ata", "aty", "ých", "ama", "ami", "ové", "ovi", "ými", "em", "es", "ém", "ím", "ům",
    "at", "ám", "os", "us", "ým", "mi", "ou", "a", "e", "i", "o", "u", "y", "á", "é", "í", "ý", "ě"
  };

  private CzechLightStem() {}

  static String stem(String word) {
    if (word.length() <= 4) {
      return word;
    }
    for (String suffix : SUFFIXES) {
      if (word.endsWith(suffix) && word.length() - suffix.length() >= 3) {
        return word.substring(0, word.length() - suffix.length());
      }
    }
    return word;
  }
}

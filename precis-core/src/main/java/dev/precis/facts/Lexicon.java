package dev.precis.facts;

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
import java.util.Set;

/**
 * The bundled word lists the finders consult. Loaded once per JVM: the lists are small and every
 * extraction needs all of them.
 */
final class Lexicon {

  static final Lexicon ENGLISH = new Lexicon();

  final Gazetteer gazetteer;
  /** "President", "Gen.", "Mr.": case-sensitive, since "general" and "major" are also words. */
  final Set<String> titles;
  /** "Foreign", "Deputy": words that belong to a title but are not one. */
  final Set<String> titleModifiers;
  final Set<String> organizationWords;
  /** "Port", "River": a name beginning or ending with one is a place. */
  final Set<String> placeWords;
  final Set<String> firstNames;
  /** Lower case. */
  final Set<String> nonNames;
  final Set<String> demonyms;

  private Lexicon() {
    gazetteer = new Gazetteer(lines("places.txt"), lines("organizations.txt"));
    titles = words("person-titles.txt", false);
    titleModifiers = words("title-modifiers.txt", false);
    organizationWords = words("organization-words.txt", false);
    placeWords = words("place-words.txt", false);
    firstNames = words("first-names.txt", false);
    nonNames = words("non-names.txt", true);
    demonyms = words("demonyms.txt", false);
  }

  boolean isNonName(String word) {
    return nonNames.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Set<String> words(String resource, boolean lowerCase) {
    Set<String> words = new HashSet<>();
    for (String line : lines(resource)) {
      for (String word : line.split("\\s+")) {
        words.add(lowerCase ? word.toLowerCase(Locale.ROOT) : word);
      }
    }
    return Set.copyOf(words);
  }

  /** Non-blank lines without "#" comments, trimmed. */
  static List<String> lines(String resource) {
    List<String> lines = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing bundled word list " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String trimmed = line.strip();
        if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
          lines.add(trimmed);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled word list " + resource, e);
    }
    return lines;
  }
}

package dev.precis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether an English sentence has a word that may be the verb of a statement. A line without one
 * is a caption ("Campaign mailer sent by GOP state Senate candidate Ed Charamut."), a label
 * ("Letter from North Korean official to A.Q. Khan"), a list item, a headline, a fragment ("The
 * gas that livestock such as cattle release during digestion.") or an instruction to the page's
 * reader ("For more information, visit our online crime mapping tool."); a summary that quotes
 * one hands its reader something that is not a statement.
 *
 * <p>It reads words, not grammar, and errs toward finding a verb: a sentence lacks one only when
 * none of its words can be one. A word counts when it is
 * <ol>
 *   <li>an auxiliary or modal ("is", "had", "will", "won't") or a contraction ("it's", "they're");
 *   <li>a simple past ("went"), or a past that may be a participle ("sent", any "-ed" word)
 *       unless "by" follows it right after a noun, which makes it passive: "mailer sent by";
 *   <li>any word that may be a verb after "he", "it", "they", "who" ... ("it swept");
 *   <li>an "-s" form ("strengthens", "says"), unless a determiner, preposition, number or
 *       adjective comes before it ("the results", "weeping soldiers") or it reads as a plural
 *       noun by its ending ("officials", "workers"); after a name, only the "-s" form of a verb of
 *       {@code verbs-en.txt} ("Israel says", not "Union troops");
 *   <li>a base form after a plural subject ("animals produce", "people take", "Minnesotans
 *       often go"), or a base form of the lexicon after a name ("Comet Tempel-Tuttle move"),
 *       unless, after a singular name, the lexicon marks it as as often a noun ("GOP state").
 * </ol>
 * A comma, colon, bracket or dash ends a subject's reach. A sentence that opens with a quotation
 * mark is speech, and is left alone.
 *
 * <pre>{@code
 * StatementVerb.present("Campaign mailer sent by GOP state Senate candidate Ed Charamut.");
 *     // false
 * StatementVerb.present("The mailer was sent by the campaign."); // true
 * }</pre>
 */
public final class StatementVerb {
  /** Auxiliaries, modals and copulas, and their negations: each is a finite verb. */
  private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "am", "has",
      "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
      "might", "must", "cannot", "ought", "isn't", "aren't", "wasn't", "weren't", "hasn't",
      "haven't", "hadn't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "couldn't",
      "shouldn't", "mustn't", "ain't");
  /** A pronoun and "'s", which is "is" or "has" here, never a possessive. */
  private static final Set<String> PRONOUN_IS = Set.of("it's", "that's", "there's", "here's",
      "he's", "she's", "what's", "who's", "where's", "how's", "let's");
  /** After these the next word is a verb: "it swept", "they deserve", "which shows". */
  private static final Set<String> PRONOUN_SUBJECTS =
      Set.of("i", "we", "you", "they", "he", "she", "it", "who", "which");
  /** Plurals without "-s", and words that stand for one, before a verb: "people take". */
  private static final Set<String> PLURAL_NOUNS = Set.of("people", "police", "children", "men",
      "women", "those", "these", "others", "all", "both", "percent", "cattle", "caribou",
      "staff", "crew", "public");
  /**
   * Words before which an "-s" word is a plural noun or a verb's base form is not finite: the
   * determiners, quantifiers, prepositions and conjunctions ("the results", "of workers", "to
   * face", "and photographs").
   */
  private static final Set<String> BEFORE_NOUNS = Set.of("the", "a", "an", "these", "those",
      "some", "many", "several", "all", "both", "few", "more", "most", "other", "such", "their",
      "his", "her", "its", "our", "your", "my", "no", "any", "each", "every", "of", "in", "on",
      "at", "for", "with", "from", "by", "and", "or", "nor", "to", "into", "onto", "over", "under",
      "about", "after", "before", "between", "among", "as", "than", "per", "during", "through", "without",
      "within", "against", "since", "until", "across", "along", "around", "behind", "beyond",
      "toward", "towards", "near", "like", "but", "outside", "inside", "above", "below", "beside",
      "beneath", "off", "out", "up", "down", "upon", "via", "amid", "despite", "except",
      "throughout", "underneath", "alongside", "opposite", "past", "versus", "vs", "two", "three",
      "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
      "millions", "billions");
  /** Words in "-s" that are not plurals nor verbs, nor subjects before a verb. */
  private static final Set<String> NOT_PLURALS = Set.of("this", "his", "its", "is", "was", "has",
      "does", "as", "us", "thus", "plus", "yes", "news", "always", "perhaps", "sometimes",
      "whereas", "besides", "towards", "afterwards", "across", "less", "unless", "series",
      "species", "bus", "gas", "lens", "politics", "economics", "physics");

  /** Adverbs that stand between a subject and its verb ("Minnesotans often go"). */
  private static final Set<String> ADVERBS = Set.of("often", "also", "still", "now", "then",
      "always", "never", "sometimes", "already", "just", "only", "even", "again", "soon",
      "once", "together", "not", "all", "here", "there", "currently", "generally");
  /** Words that follow a plural without being its verb: relatives, conjunctions, adverbs. */
  private static final Set<String> NOT_VERBS = Set.of("who", "which", "that", "whose", "whom",
      "when", "where", "while", "if", "because", "so", "yet", "there", "here", "how", "why",
      "what", "whether", "although", "though", "unless", "whereas", "too", "very", "ago",
      "later", "earlier", "alike", "instead", "each", "apiece");

  /** Endings of plural nouns that no verb of the lexicon's "-s" forms shares. */
  private static final List<String> NOUN_SUFFIXES = List.of("ists", "ians", "ials", "tions",
      "sions", "ments", "ities", "ships", "ants", "ents", "ies");

  private static final Lexicon LEXICON = Lexicon.read("verbs-en.txt");

  private StatementVerb() {}

  /** Whether {@code sentence} has a word that may be a statement's verb, or opens as speech. */
  public static boolean present(String sentence) {
    String t = sentence.strip();
    if (t.isEmpty() || QuoteOpening.is(t.charAt(0))) {
      return true;
    }
    // read word by word, and judge each word once the next is read (a past form needs to know
    // whether "by" follows): most sentences show an auxiliary or a past within a few words
    List<Word> words = new ArrayList<>();
    Word.Reader reader = new Word.Reader(t);
    while (reader.readInto(words)) {
      if (words.size() >= 2 && mayBeFinite(words, words.size() - 2)) {
        return true;
      }
    }
    return !words.isEmpty() && mayBeFinite(words, words.size() - 1);
  }

  private static boolean mayBeFinite(List<Word> words, int i) {
    Word w = words.get(i);
    String s = w.lower;
    if (AUXILIARIES.contains(s) || PRONOUN_IS.contains(s) || s.endsWith("n't")
        || s.endsWith("'re") || s.endsWith("'ve") || s.endsWith("'ll") || s.endsWith("'m")
        || s.endsWith("'d")) {
      return true;
    }
    if (!w.letters || w.capitalised && !w.first) {
      return false; // a number, or a name
    }
    if (LEXICON.pastOnly.contains(s)) {
      return true;
    }
    Word subject = subjectOf(words, i);
    boolean afterPronoun = subject != null && PRONOUN_SUBJECTS.contains(subject.lower);
    if (LEXICON.pastOrParticiple.contains(s) || s.length() >= 4 && s.endsWith("ed")) {
      return afterPronoun || subject == null || i + 1 == words.size()
          || !words.get(i + 1).lower.equals("by");
    }
    if (afterPronoun && mayBeVerb(s)) {
      return true;
    }
    boolean lexiconS = LEXICON.sForms.containsKey(s);
    if (lexiconS || isPluralLike(s) && !hasNounSuffix(s)) {
      return sFormIsFinite(w, subject, lexiconS);
    }
    return baseIsFinite(s, subject, i);
  }

  /**
   * The word a verb at {@code i} would have as its subject: the word before it, past adverbs
   * ("officials often go"); null when a comma, colon, bracket or dash comes between, or at the
   * start.
   */
  private static Word subjectOf(List<Word> words, int i) {
    for (int j = i - 1; j >= 0 && !words.get(j).breaks; j--) {
      if (!isAdverb(words.get(j).lower) || j == 0) {
        return words.get(j);
      }
    }
    return null;
  }

  private static boolean sFormIsFinite(Word w, Word subject, boolean lexiconS) {
    if (subject == null) {
      return lexiconS && !w.first;
    }
    if (subject.capitalised && !subject.first) {
      return lexiconS;
    }
    String prev = subject.lower;
    return !BEFORE_NOUNS.contains(prev) && subject.letters && (lexiconS || !isModifier(prev));
  }

  private static boolean baseIsFinite(String s, Word subject, int i) {
    Boolean nounToo = LEXICON.bases.get(s);
    if (subject == null) {
      // after an aside, a verb that is never a noun takes up the subject again: "About a dozen
      // companies, mostly Puerto Rican, sell insurance"
      return i > 0 && Boolean.FALSE.equals(nounToo);
    }
    if (!mayBeVerb(s)) {
      return false;
    }
    String prev = subject.lower;
    if (PLURAL_NOUNS.contains(prev)
        || (!subject.capitalised || subject.first) && isPluralLike(prev) && !subject.possessive
            && !BEFORE_NOUNS.contains(prev)) {
      return true;
    }
    // "Comet Tempel-Tuttle move", "Californians support"; "GOP state" is a noun phrase
    return nounToo != null && subject.capitalised && !subject.first
        && (!nounToo || isPluralLike(prev));
  }

  /** Not an adverb, a participle, a determiner, a preposition or a conjunction. */
  private static boolean mayBeVerb(String s) {
    return !isAdverb(s) && !s.endsWith("ing") && !BEFORE_NOUNS.contains(s)
        && !NOT_VERBS.contains(s);
  }

  /**
   * Plurals by their suffix ("officials", "elections", "residents"), and agents of a verb of the
   * lexicon ("workers", "protesters", "investigators"): "shatters" and "mirrors" may be verbs.
   */
  private static boolean hasNounSuffix(String s) {
    for (String suffix : NOUN_SUFFIXES) {
      if (s.endsWith(suffix)) {
        return true;
      }
    }
    if (s.endsWith("ers") || s.endsWith("ors")) {
      String stem = s.substring(0, s.length() - 3);
      return LEXICON.bases.containsKey(stem) || LEXICON.bases.containsKey(stem + "e");
    }
    return false;
  }

  /** "-ly" words and the adverbs that sit between a subject and its verb. */
  private static boolean isAdverb(String s) {
    return s.length() > 4 && s.endsWith("ly") || ADVERBS.contains(s);
  }

  /**
   * A word that makes the "-s" word after it a plural noun: an adjective or participle
   * ("weeping soldiers", "televised images", "political leaders").
   */
  private static boolean isModifier(String s) {
    return s.endsWith("ing") || s.endsWith("ed") || s.length() > 5 && s.endsWith("al")
        || s.endsWith("ous") || s.endsWith("ive") || s.endsWith("ful") || s.endsWith("ic")
        || s.endsWith("ese") || s.endsWith("ish") || s.endsWith("ian");
  }

  private static boolean isPluralLike(String s) {
    return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("'s")
        && !NOT_PLURALS.contains(s);
  }

  /** Opening quotation marks: straight, curly and the wire's doubled back-tick. */
  private static final class QuoteOpening {
    static boolean is(char c) {
      return c == '"' || c == '\u201c' || c == '`' || c == '\'' || c == '\u2018';
    }
  }

  /**
   * One whitespace-separated word, without the punctuation around it, lower-cased with curly
   * apostrophes made straight; {@code breaks} when punctuation after it ends a phrase (a comma,
   * a colon, a bracket or a dash), so that it is no subject of the word after it.
   */
  private record Word(String lower, boolean letters, boolean capitalised, boolean first,
      boolean breaks, boolean possessive) {
    /** Reads the words of a text, one at a time. */
    static final class Reader {
      private final String text;
      private int at;

      Reader(String text) {
        this.text = text;
      }

      /**
       * Appends the text's next word to {@code words}, marking the last word as breaking when a
       * lone mark of punctuation comes before it ("Cassandra Project _ Accessible"); false at the
       * end of the text.
       */
      boolean readInto(List<Word> words) {
        while (at < text.length()) {
          while (at < text.length() && isSpace(text.charAt(at))) {
            at++;
          }
          int tokenStart = at;
          while (at < text.length() && !isSpace(text.charAt(at))) {
            at++;
          }
          if (tokenStart == at) {
            return false;
          }
          int start = tokenStart;
          int end = at;
          while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
          }
          while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
          }
          if (start == end) {
            if (!words.isEmpty() && isBreak(text, tokenStart, at)) {
              Word last = words.remove(words.size() - 1);
              words.add(new Word(last.lower, last.letters, last.capitalised, last.first, true,
                  last.possessive));
            }
            continue;
          }
          String core = text.substring(start, end).replace('\u2019', '\'');
          boolean letters = true;
          for (int k = 0; k < core.length(); k++) {
            char c = core.charAt(k);
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
              letters = false;
              break;
            }
          }
          words.add(new Word(core.toLowerCase(Locale.ROOT), letters,
              Character.isUpperCase(core.charAt(0)), words.isEmpty(), isBreak(text, end, at),
              text.startsWith("'", end) || text.startsWith("\u2019", end)));
          return true;
        }
        return false;
      }

      /** The white space that splits words: what {@code \\s} matches. */
      private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
      }
    }

    private static boolean isBreak(String text, int from, int to) {
      for (int k = from; k < to; k++) {
        if (",;:()[]\u2014\u2013-_".indexOf(text.charAt(k)) >= 0) {
          return true;
        }
      }
      return false;
    }
  }

  /** The verbs of {@code verbs-en.txt}, by form. */
  private record Lexicon(Map<String, Boolean> bases, Map<String, Boolean> sForms,
      Set<String> pastOnly, Set<String> pastOrParticiple) {
    static Lexicon read(String resource) {
      Map<String, Boolean> bases = new HashMap<>();
      Map<String, Boolean> sForms = new HashMap<>();
      Set<String> pastOnly = new HashSet<>();
      Set<String> pastOrParticiple = new HashSet<>();
      InputStream in = StatementVerb.class.getResourceAsStream(resource);
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          line = line.strip();
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          boolean nounToo = line.startsWith("~");
          String[] forms = (nounToo ? line.substring(1) : line).split("\\s+");
          bases.put(forms[0], nounToo);
          sForms.put(sForm(forms[0]), nounToo);
          if (forms.length == 3) {
            (forms[1].equals(forms[2]) ? pastOrParticiple : pastOnly).add(forms[1]);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new Lexicon(Collections.unmodifiableMap(bases), Collections.unmodifiableMap(sForms),
          Collections.unmodifiableSet(pastOnly), Collections.unmodifiableSet(pastOrParticiple));
    }

    /** The third person singular: "says", "goes", "carries", "pushes". */
    private static String sForm(String base) {
      if (base.equals("be")) {
        return "is";
      }
      if (base.equals("have")) {
        return "has";
      }
      if (base.endsWith("y") && base.length() > 2
          && "aeiou".indexOf(base.charAt(base.length() - 2)) < 0) {
        return base.substring(0, base.length() - 1) + "ies";
      }
      if (base.endsWith("s") || base.endsWith("x") || base.endsWith("z") || base.endsWith("ch")
          || base.endsWith("sh") || base.endsWith("o")) {
        return base + "es";
      }
      return base + "s";
    }
  }
}

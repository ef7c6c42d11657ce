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
import java.util.Map;
import java.util.Set;

/**
 * Whether an English sentence has a word that may be the verb of a statement. A line without one
 * is a caption ("Campaign mailer sent by GOP state Senate candidate Ed Charamut."), a label
 * ("Letter from North Korean official to A.Q. Khan"), a list item, a headline set in the text, or
 * an instruction to the page's reader ("For more information, visit our online crime mapping
 * tool."); a summary that quotes one hands its reader something that is not a statement.
 *
 * <p>It reads words, not grammar, and errs toward finding a verb: a sentence lacks one only when
 * none of its words can be one. A word counts when it is
 * <ol>
 *   <li>an auxiliary, modal or copula ("is", "had", "will", "won't") or a contraction ("it's",
 *       "they're");
 *   <li>a simple past of {@code verbs-en.txt} ("went");
 *   <li>a past that may be a participle ("sent", any "-ed" word), unless it opens the line
 *       ("Posted by ...", "Televised images of ..."), follows an article, a possessive or a
 *       preposition ("the damaged reactor"), or follows a noun with "by" and an agent after it
 *       ("mailer sent by GOP ..."; "expanded by 20 percent" measures, and is a verb);
 *   <li>any word that may be a verb after "he", "it", "they", "who" ... ("it swept");
 *   <li>an "-s" form: of a verb of the list, or any "-s" word whose ending does not make it a
 *       plural ("strengthens"; not "officials", "workers"), unless a determiner, a preposition,
 *       a number, an adjective or a possessive comes before it ("the results", "weeping
 *       soldiers", "Obama's remarks") or a name that reads as an adjective ("Chinese
 *       petitioners");
 *   <li>a base form after a plural subject ("animals produce", "people take", "Minnesotans
 *       often go"), or a base form of the list after a name ("Comet Tempel-Tuttle move"), unless
 *       the list marks it as as often a noun and the name is singular ("GOP state"); after a
 *       comma, a verb of the list that is never a noun takes up the subject again ("companies,
 *       mostly Puerto Rican, sell insurance").
 * </ol>
 * A comma, colon, semicolon, bracket, dash or underscore ends a subject's reach, and the subject
 * is looked for past at most {@value #ADVERB_REACH} adverbs. Speech (a line that opens with a
 * quotation mark), a line in capitals and an empty text get the benefit of the doubt.
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
      "about", "after", "before", "between", "among", "as", "than", "per", "during", "through",
      "without", "within", "against", "since", "until", "across", "along", "around", "behind",
      "beyond", "toward", "towards", "near", "like", "but", "outside", "inside", "above", "below", "beside",
      "beneath", "off", "out", "up", "down", "upon", "via", "amid", "despite", "except",
      "throughout", "underneath", "alongside", "opposite", "past", "versus", "vs", "two", "three",
      "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
      "millions", "billions");
  /** Words in "-s" that are not plurals nor verbs, nor subjects before a verb. */
  private static final Set<String> NOT_PLURALS = Set.of("this", "his", "its", "is", "was", "has",
      "does", "as", "us", "thus", "plus", "yes", "news", "always", "perhaps", "sometimes",
      "whereas", "besides", "towards", "afterwards", "across", "less", "unless", "series",
      "species", "bus", "gas", "lens", "politics", "economics", "physics");

  /**
   * Articles, possessives and prepositions: a past form after one is an adjective ("the damaged
   * reactor", "of injured workers"). Not quantifiers, which may be subjects ("Many died").
   */
  private static final Set<String> BEFORE_ADJECTIVES = Set.of("the", "a", "an", "his", "her",
      "its", "their", "our", "your", "my", "no", "every", "of", "in", "on", "at", "for", "with",
      "from", "into", "onto", "over", "under", "about", "after", "before", "between", "among",
      "as", "than", "during", "through", "without", "within", "against", "across", "along",
      "around", "behind", "beyond", "toward", "towards", "near", "outside", "inside", "above",
      "below", "beside", "beneath", "upon", "via", "amid", "despite");
  /** Adverbs that stand between a subject and its verb ("Minnesotans often go"). */
  private static final Set<String> ADVERBS = Set.of("often", "also", "still", "now", "then",
      "always", "never", "sometimes", "already", "just", "only", "even", "again", "soon",
      "once", "together", "not", "all", "here", "there", "currently", "generally");
  /** Words that follow a plural without being its verb: relatives, conjunctions, adverbs. */
  private static final Set<String> NOT_VERBS = Set.of("who", "which", "that", "whose", "whom",
      "when", "where", "while", "if", "because", "so", "yet", "there", "here", "how", "why",
      "what", "whether", "although", "though", "unless", "whereas", "too", "very", "ago",
      "later", "earlier", "alike", "instead", "each", "apiece");

  /**
   * Endings that make an "-s" word outside the lexicon a plural noun ("officials", "elections",
   * "residents"); a verb of the lexicon with such an ending ("wants", "carries") is still read
   * as one.
   */
  private static final List<String> NOUN_SUFFIXES = List.of("ists", "ians", "ials", "tions",
      "sions", "ments", "ities", "ships", "ants", "ents", "ies");

  /** Words after "by" that make it a measure, not an agent: "expanded by 20 percent". */
  private static final Set<String> AMOUNTS = Set.of("one", "two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "half", "about", "nearly", "almost", "more", "less",
      "roughly", "some", "over", "under", "as", "up", "far", "just", "only", "double", "twice");
  /** Most adverbs read back over between a verb and its subject. */
  private static final int ADVERB_REACH = 4;

  private static final Lexicon LEXICON = Lexicon.read("verbs-en.txt");

  private StatementVerb() {}

  /**
   * Whether {@code sentence} has a word that may be a statement's verb. An empty text, speech
   * (a line opening with a quotation mark) and a line without lower-case letters (a headline in
   * capitals, where names and words look alike) are given the benefit of the doubt.
   */
  public static boolean present(String sentence) {
    String t = sentence.strip();
    if (t.isEmpty() || isOpeningQuote(t.charAt(0)) || !hasLowerCase(t)) {
      return true;
    }
    // read word by word, and judge each word once the two after it are read (a past form needs
    // to know whether "by" and an agent follow): most sentences show an auxiliary or a past
    // within a few words
    List<Word> words = new ArrayList<>();
    Word.Reader reader = new Word.Reader(t);
    while (reader.readInto(words)) {
      if (isFiniteAlone(words.get(words.size() - 1).lower)
          || words.size() >= 3 && mayBeFinite(words, words.size() - 3)) {
        return true;
      }
    }
    for (int i = Math.max(0, words.size() - 2); i < words.size(); i++) {
      if (mayBeFinite(words, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasLowerCase(String t) {
    for (int k = 0; k < t.length(); k++) {
      if (Character.isLowerCase(t.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /** An auxiliary, a modal or a contraction: a finite verb wherever it stands. */
  private static boolean isFiniteAlone(String s) {
    return AUXILIARIES.contains(s) || PRONOUN_IS.contains(s) || s.endsWith("n't")
        || s.endsWith("'re") || s.endsWith("'ve") || s.endsWith("'ll") || s.endsWith("'m")
        || s.endsWith("'d");
  }

  private static boolean mayBeFinite(List<Word> words, int i) {
    Word w = words.get(i);
    String s = w.lower;
    if (isFiniteAlone(s)) {
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
      return pastIsFinite(words, i, subject, afterPronoun);
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
   * Whether a past form or "-ed" word at {@code i} is a finite verb rather than a participle or
   * an adjective. Not when it opens the line ("Posted by ...", "Televised images of ..."), nor
   * after a determiner or preposition ("the damaged reactor"), nor right after a noun with "by"
   * and an agent after it ("mailer sent by GOP ..."); "expanded by 20 percent" is a measure, and
   * after a pronoun or a comma it is the verb ("He won by 23 seconds").
   */
  private static boolean pastIsFinite(List<Word> words, int i, Word subject,
      boolean afterPronoun) {
    if (i == 0) {
      return false;
    }
    if (afterPronoun || subject == null) {
      return true;
    }
    if (BEFORE_ADJECTIVES.contains(subject.lower)) {
      return false;
    }
    if (i + 1 == words.size() || !words.get(i + 1).lower.equals("by")) {
      return true;
    }
    if (i + 2 == words.size()) {
      return false;
    }
    String agent = words.get(i + 2).lower;
    return !agent.isEmpty() && Character.isDigit(agent.charAt(0)) || AMOUNTS.contains(agent);
  }

  /**
   * The word a verb at {@code i} would have as its subject: the word before it, past at most
   * {@value #ADVERB_REACH} adverbs ("officials often go"; "the family", where "-ly" ends a noun,
   * is no adverb); null when a comma, colon, bracket or dash comes between, or at the start.
   */
  private static Word subjectOf(List<Word> words, int i) {
    for (int j = i - 1; j >= 0 && j >= i - 1 - ADVERB_REACH && !words.get(j).breaks; j--) {
      boolean adverb = isAdverb(words.get(j).lower)
          && (j == 0 || !BEFORE_NOUNS.contains(words.get(j - 1).lower));
      if (!adverb || j == 0) {
        return words.get(j);
      }
    }
    return null;
  }

  private static boolean sFormIsFinite(Word w, Word subject, boolean lexiconS) {
    if (subject == null) {
      return lexiconS && !w.first;
    }
    String prev = subject.lower;
    if (subject.possessive || prev.endsWith("'s")) {
      return false; // "Obama's remarks", "readers' comments"
    }
    if (subject.capitalised && !subject.first) {
      // "Israel says", "the Pentagon oversees"; "Chinese petitioners", "Union troops" are nouns
      return lexiconS || !hasNounSuffix(w.lower) && !isModifier(prev) && !prev.endsWith("an");
    }
    return !BEFORE_NOUNS.contains(prev) && (subject.letters || subject.capitalised)
        && (lexiconS || !isModifier(prev));
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
    return !(isAdverb(s) && !LEXICON.bases.containsKey(s)) && !s.endsWith("ing")
        && !BEFORE_NOUNS.contains(s) && !NOT_VERBS.contains(s);
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

  /** An "-s" word that may be a plural or a verb: not "-ss", "-us" ("virus"), "-is" ("crisis"). */
  private static boolean isPluralLike(String s) {
    return s.length() > 3 && s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us")
        && !s.endsWith("is") && !s.endsWith("'s") && !NOT_PLURALS.contains(s);
  }

  /** Opening quotation marks: straight, curly and the wire's doubled back-tick. */
  private static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\u201c' || c == '`' || c == '\'' || c == '\u2018';
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
          // one pass: lower case, curly apostrophes made straight, whether all letters
          char[] lower = new char[end - start];
          boolean letters = true;
          for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c == '\u2019') {
              c = '\'';
            }
            if (!Character.isLetter(c) && c != '\'' && c != '-') {
              letters = false;
            }
            lower[k - start] = Character.toLowerCase(c);
          }
          words.add(new Word(new String(lower), letters,
              Character.isUpperCase(text.charAt(start)), words.isEmpty(), isBreak(text, end, at),
              text.startsWith("'", end) || text.startsWith("\u2019", end)));
          return true;
        }
        return false;
      }

      /** The white space that splits words: ASCII's, and the no-break spaces. */
      private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r'
            || c == '\u00a0' || c == '\u2007' || c == '\u202f';
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

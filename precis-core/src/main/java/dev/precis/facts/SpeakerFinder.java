package dev.precis.facts;

import dev.precis.text.CharClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Says who spoke a quote, from the words around it: {@code "…," Tillerson said}, {@code "…," said
 * Ann Clywd}, {@code Tillerson said: "…"}, {@code "…," he said}, {@code "…," the minister said}.
 * "He", "she" and "the minister" are resolved only when one person of the article fits; otherwise
 * the speaker stays unknown rather than guessed.
 */
final class SpeakerFinder {

  /** Attribution sits close to its quote; farther words belong to another clause. */
  private static final int MAX_SUBJECT_WORDS = 8;
  private static final int MAX_CLAUSE_CHARS = 160;

  private final EntityFinder names;
  private final EntityMerger.EntityTable entities;

  SpeakerFinder(EntityFinder names, EntityMerger.EntityTable entities) {
    this.names = names;
    this.entities = entities;
  }

  /**
   * The speakers of one article's quotes.
   *
   * @param text the article's text
   * @param mentions the article's names, in text order
   */
  InArticle in(String text, List<NameMention> mentions) {
    return new InArticle(text, mentions);
  }

  /**
   * Attributes the quotes of one article. What "he said" and "the minister said" resolve to is
   * worked out once per article (who is the only person named so far in each paragraph; who holds
   * each title), so an article with thousands of quotes costs time linear in its length.
   */
  final class InArticle {
    /**
     * Titles looked up in one article; an article naming more distinct roles in "the ... said"
     * attributions is not news prose, and the rest stay unattributed.
     */
    private static final int MAX_ROLES = 64;

    private final String text;
    /** The article's names in text order, and where each starts. */
    private final List<NameMention> mentions;
    private final int[] starts;
    /** Offsets of the article's line breaks, which end paragraphs. */
    private final int[] newlines;
    /** Whether someone who could speak is named from each mention's paragraph start up to it. */
    private final boolean[] personSoFar;
    /** The one such person, or null when there are several (or none). */
    private final String[] onlyPersonSoFar;
    private final Map<String, String> byRole = new HashMap<>();
    /** The last paragraph asked about and the one before it: quotes come in text order. */
    private int askedParagraph = -1;
    private int paragraphBefore;

    private InArticle(String text, List<NameMention> mentions) {
      this.text = text;
      this.mentions =
          mentions.stream().sorted(Comparator.comparingInt(NameMention::start)).toList();
      this.newlines = lineBreaks(text);
      int n = this.mentions.size();
      starts = new int[n];
      personSoFar = new boolean[n];
      onlyPersonSoFar = new String[n];
      int paragraph = -1;
      for (int i = 0; i < n; i++) {
        NameMention mention = this.mentions.get(i);
        starts[i] = mention.start();
        int here = paragraphStart(mention.start());
        boolean any = here == paragraph && personSoFar[i - 1];
        String only = any ? onlyPersonSoFar[i - 1] : null;
        if (couldSpeak(mention)) {
          String person = entities.fullName(mention);
          only = !any ? person : Objects.equals(only, person) ? only : null;
          any = true;
        }
        paragraph = here;
        personSoFar[i] = any;
        onlyPersonSoFar[i] = only;
      }
    }

    /** The speaker's full name, or null. */
    String speaker(QuoteMarks.Span quote) {
      int clauseEnd = clauseEnd(text, quote.close());
      String after = text.substring(quote.close(), clauseEnd);
      Subject subject = afterQuote(after, quote.close());
      if (subject == null) {
        int clauseStart = clauseStart(text, quote.open());
        subject = beforeQuote(text.substring(clauseStart, quote.open()), clauseStart);
      }
      return subject == null ? null : resolve(subject, quote);
    }

    private String resolve(Subject subject, QuoteMarks.Span quote) {
      if (subject.name() != null) {
        if (entities.type(subject.name()) == EntityType.PLACE) {
          return null; // "…, Portugal, said": places do not speak
        }
        String full = entities.fullName(subject.name());
        return full != null ? full : subject.name().name();
      }
      if (subject.pronoun() != null) {
        // "he said": the one person named earlier in this paragraph, else in the one before
        int paragraph = paragraphStart(quote.open());
        int last = lastMentionBefore(quote.open());
        if (last >= 0 && starts[last] >= paragraph && personSoFar[last]) {
          return onlyPersonSoFar[last];
        }
        int previous = lastMentionBefore(paragraph);
        return previous >= 0 && starts[previous] >= previousParagraphStart(paragraph)
            ? onlyPersonSoFar[previous] : null;
      }
      // "the minister said": the one person of the article introduced with that title
      String role = subject.role().toLowerCase(Locale.ROOT);
      if (!byRole.containsKey(role) && byRole.size() >= MAX_ROLES) {
        return null;
      }
      return byRole.computeIfAbsent(role, this::onlyPersonWithRole);
    }

    private String onlyPersonWithRole(String role) {
      Set<String> people = new LinkedHashSet<>();
      for (NameMention mention : mentions) {
        if (mention.role() != null && couldSpeak(mention)
            && mention.role().toLowerCase(Locale.ROOT).contains(role)) {
          people.add(entities.fullName(mention));
        }
      }
      return people.size() == 1 ? people.iterator().next() : null;
    }

    /** Index of the last mention starting before {@code offset}, or -1. */
    private int lastMentionBefore(int offset) {
      return lastBefore(starts, offset);
    }

    /** Where the paragraph holding offset {@code at} starts. */
    private int paragraphStart(int at) {
      int newline = lastBefore(newlines, at);
      return newline < 0 ? 0 : newlines[newline] + 1;
    }

    /** Where the paragraph before the one starting at {@code paragraph} starts (blank lines skipped). */
    private int previousParagraphStart(int paragraph) {
      if (paragraph == 0) {
        return 0;
      }
      if (paragraph != askedParagraph) {
        askedParagraph = paragraph;
        paragraphBefore = startOfParagraphBefore(paragraph);
      }
      return paragraphBefore;
    }

    private int startOfParagraphBefore(int paragraph) {
      // the line breaks right before this paragraph are blank lines or lines of white space
      int k = lastBefore(newlines, paragraph);
      while (k > 0 && text.substring(newlines[k - 1] + 1, newlines[k]).isBlank()) {
        k--;
      }
      return k <= 0 ? 0 : newlines[k - 1] + 1;
    }
  }

  /** Offsets of every line break in {@code text}, in order. */
  private static int[] lineBreaks(String text) {
    int[] breaks = new int[16];
    int count = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      if (count == breaks.length) {
        breaks = Arrays.copyOf(breaks, 2 * count);
      }
      breaks[count++] = at;
    }
    return Arrays.copyOf(breaks, count);
  }

  /** Index of the last value below {@code limit} in the ascending {@code values}, or -1. */
  private static int lastBefore(int[] values, int limit) {
    int low = 0;
    int high = values.length - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (values[mid] < limit) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return high;
  }

  /** Who the attribution names: a name, a pronoun, or a role noun ("the minister"). */
  private record Subject(NameMention name, String pronoun, String role) {}

  /** {@code , Tillerson said}, {@code , said Ann Clywd}, {@code , he said}. */
  private Subject afterQuote(String after, int offset) {
    List<Token> tokens = Tokenizer.tokenize(after);
    int verb = -1;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (endsClause(token)) {
        break;
      }
      if (token.word() && EntityFinder.SPEECH_VERBS.contains(token.text())) {
        verb = i;
        break;
      }
    }
    if (verb < 0) {
      return null;
    }
    if (verb > 0) {
      return subject(tokens.subList(0, verb), after, offset);
    }
    // inverted: "said Ann Clywd", "said Ms. Clywd, who chairs …", "said the minister"
    List<Token> rest = tokens.subList(verb + 1, tokens.size());
    if (rest.isEmpty() || !rest.get(0).word()) {
      return null;
    }
    String first = rest.get(0).text();
    if (isPronoun(first)) {
      return new Subject(null, first.toLowerCase(Locale.ROOT), null);
    }
    if (first.equalsIgnoreCase("the") && rest.size() > 1 && rest.get(1).word()) {
      return new Subject(null, null, rest.get(1).text());
    }
    int nameEnd = 0;
    while (nameEnd < rest.size() && rest.get(nameEnd).isCapitalized()) {
      nameEnd++;
    }
    if (nameEnd == 0) {
      return null;
    }
    int from = rest.get(0).start();
    int to = rest.get(nameEnd - 1).end();
    List<NameMention> found = names.namesIn(after.substring(from, to));
    return found.isEmpty() ? null : new Subject(shift(found.get(found.size() - 1), offset + from), null, null);
  }

  /** {@code Tillerson said: }, {@code Putin told reporters, }. */
  private Subject beforeQuote(String before, int offset) {
    List<Token> tokens = Tokenizer.tokenize(before);
    int end = tokens.size();
    while (end > 0 && !tokens.get(end - 1).word()) {
      end--; // the ":" or "," before the quote
    }
    for (int verb = end - 1; verb >= 0 && verb >= end - 3; verb--) {
      Token token = tokens.get(verb);
      if (token.word() && EntityFinder.SPEECH_VERBS.contains(token.text())) {
        return subject(tokens.subList(0, verb), before, offset);
      }
    }
    return null;
  }

  /**
   * The words right before a speech verb: a name ending there, a pronoun, or "the <role>".
   */
  private Subject subject(List<Token> tokens, String text, int offset) {
    int lead = 0;
    while (lead < tokens.size() && isAttributionPunctuation(tokens.get(lead))) {
      lead++; // the ", " between a quote and its attribution
    }
    tokens = tokens.subList(lead, tokens.size());
    tokens = lastClause(tokens);
    List<Token> words = words(tokens);
    if (words.isEmpty()) {
      return null;
    }
    if (words.size() > MAX_SUBJECT_WORDS) {
      words = words.subList(words.size() - MAX_SUBJECT_WORDS, words.size());
    }
    Token last = words.get(words.size() - 1);
    if (isPronoun(last.text())) {
      return words.size() == 1 ? new Subject(null, last.text().toLowerCase(Locale.ROOT), null) : null;
    }
    String firstWord = words.get(0).text();
    if (Character.isLowerCase(firstWord.charAt(0)) && !firstWord.equals("the")) {
      return null; // "and Tillerson said": a new clause, not this quote's attribution
    }
    if (Character.isLowerCase(last.text().charAt(0))) {
      // "the minister", "the transport minister"; not "officials" or "a report"
      return firstWord.equals("the") && words.size() <= 3 ? new Subject(null, null, last.text()) : null;
    }
    int from = words.get(0).start();
    int to = last.end();
    List<NameMention> found = names.namesIn(text.substring(from, to));
    if (found.isEmpty()) {
      return null;
    }
    NameMention name = found.get(found.size() - 1);
    // the name must end right before the verb: "Pentagon chief James Mattis said"
    return name.end() == to - from ? new Subject(shift(name, offset + from), null, null) : null;
  }

  /**
   * A person, or a two- or three-word name of unknown kind, as people with uncommon first names
   * get ("crane operator Mick Dunleavy"); never a place or an organization.
   */
  private boolean couldSpeak(NameMention mention) {
    EntityType type = entities.type(mention);
    if (type == EntityType.PERSON) {
      return true;
    }
    String name = entities.fullName(mention);
    int words = name == null ? 0 : name.split(" ").length;
    return type == EntityType.OTHER && words >= 2 && words <= 3;
  }

  private static NameMention shift(NameMention m, int offset) {
    return new NameMention(m.name(), m.canonical(), m.type(), m.strength(), m.role(),
        m.start() + offset, m.end() + offset, m.doubtful());
  }

  /**
   * The clause the speech verb belongs to: after the last comma ("…regime, Ann Clywd said"), or,
   * when a comma closes an aside right before the verb, before the first one ("Abel Matutes,
   * attending a summit in Porto, said").
   */
  private static List<Token> lastClause(List<Token> tokens) {
    int end = tokens.size();
    if (end > 1 && tokens.get(end - 1).is(',')) {
      int comma = 0;
      while (!tokens.get(comma).is(',')) {
        comma++;
      }
      return tokens.subList(0, comma);
    }
    for (int i = end - 1; i >= 0; i--) {
      if (tokens.get(i).is(',')) {
        return tokens.subList(i + 1, end);
      }
    }
    return tokens;
  }

  private static boolean isAttributionPunctuation(Token token) {
    return token.is(',') || token.is('—') || token.is('–') || token.is('-');
  }

  private static List<Token> words(List<Token> tokens) {
    List<Token> words = new ArrayList<>(tokens.size());
    for (Token token : tokens) {
      if (token.word()) {
        words.add(token);
      } else if (!isAttributionPunctuation(token)) {
        return List.of(); // a bracket or a quote mark: not a plain attribution
      }
    }
    return words;
  }

  private static boolean endsClause(Token token) {
    return !token.word() && ".!?;:\"“”`()".contains(token.text());
  }

  private static boolean isPronoun(String word) {
    return word.equalsIgnoreCase("he") || word.equalsIgnoreCase("she");
  }

  /** The attribution after a quote ends at the paragraph, the next quote, or a length cap. */
  private static int clauseEnd(String text, int from) {
    int limit = Math.min(text.length(), from + MAX_CLAUSE_CHARS);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '“' || c == '`' || c == '"' && i > from) {
        return i;
      }
    }
    return limit;
  }

  /** The attribution before a quote starts at the sentence, paragraph or a length cap. */
  private static int clauseStart(String text, int to) {
    int limit = Math.max(0, to - MAX_CLAUSE_CHARS);
    for (int i = to - 1; i >= limit; i--) {
      char c = text.charAt(i);
      boolean duc = c == '\'' && i > 0 && text.charAt(i - 1) == '\'';
      if (c == '\n' || c == '!' || c == '?' || c == '”' || c == '"' || duc
          || c == '.' && (i == 0 || !CharClass.isUpperCase(text.charAt(i - 1)))) {
        return i + 1;
      }
    }
    return limit;
  }
}

package dev.precis.summarize;

import dev.precis.text.CharClass;
import dev.precis.text.Language;
import dev.precis.text.StatementVerb;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence reads as a statement on its own, so that a summary may quote it out of its
 * article. A summary states what happened, in sentences its reader takes as its own; four kinds
 * of sentence only make sense where their page put them:
 * <ul>
 *   <li>one that opens in lower case, the rest of a sentence split at a false boundary;
 *   <li>a question asked in the page's own voice ("What does pelvic mesh do and why are women
 *       suing over it?"): a teaser of another story, a column's rhetorical turn or an
 *       interviewer's line, which no source can be said to support; a question someone asked,
 *       inside quotation marks, is speech and stays quotable;
 *   <li>an aside the author put in parentheses or brackets ("(Conard used this system
 *       himself.)"), which leans on the sentence before it, and editors' notes and credits
 *       written the same way ("(This article was originally published on Friday, Jan. 25 at
 *       3:33 p.m.)", "[Editor's note: ...]");
 *   <li>one that announces what its page puts after it ("Here's what Trump said he'd do
 *       differently:", "Here are their stories ..."): the summary does not have it.
 * </ul>
 * The last three are {@link #states}: a page of nothing but fragments still gets a summary from
 * its fragments ({@link Candidates}), never from its questions, asides or announcements.
 *
 * <p>In English four more kinds are left out, and like a lower-case opening each is quoted only
 * when nothing else is:
 * <ul>
 *   <li>a line without a verb that could make it a statement ({@link StatementVerb}): a photo's
 *       caption ("Campaign mailer sent by GOP state Senate candidate Ed Charamut."), a label, a
 *       list item, a headline, or an instruction to the page's reader ("For more information on
 *       crime in your area, visit our online crime mapping tool.");
 *   <li>a sentence that points back at its page: its subject is "this", "that", "these" or
 *       "those" before a form of "be" ("This is the letter purportedly written by ...", "That is
 *       why ...": the human summaries of DUC 2003, TAC 2011 and Multi-News almost never open
 *       so), or "this report", "this article", "this video" and the like, the page speaking of
 *       itself in a notice, credit or caption ("This report is published every weekday, except
 *       County holidays."), or it opens on what came before it ("In light of this, ...", "After
 *       that, ..."), or it points at a place on its page outside quotation marks ("The charts in
 *       this post are from the report.", "... (plot 1 on the map below) ...", "A previous version
 *       of this article misstated ...");
 *   <li>a line that closes on a bare year after a comma ("... under guard of Union troops,
 *       1864."), an archive's caption of its photograph;
 *   <li>a sentence that speaks as "I" outside quotation marks ("I traveled to 112 countries as
 *       Secretary of State.", from a transcript), which the summary would pass off as its own
 *       voice.
 * </ul>
 *
 * <p>Nothing here is fitted: each test reads the sentence's own punctuation and words.
 * The one number, {@value #ANNOUNCEMENT_WORDS} words, is set to hold the longest announcing
 * clause the human summaries of Multi-News write themselves ("Here are some of the stories that
 * caught our eye: ...", ten words).
 *
 * <pre>{@code
 * StandAlone.test("What does pelvic mesh do?", Language.ENGLISH);         // false
 * StandAlone.test("“Why now?” the senator asked.", Language.ENGLISH);      // true
 * StandAlone.test("Campaign mailer sent by Ed Charamut.", Language.ENGLISH); // false
 * StandAlone.test("This is the letter he wrote.", Language.ENGLISH);         // false
 * }</pre>
 */
final class StandAlone {
  /** Most words before the colon of a "Here's ...: ..." sentence that says what it announces. */
  static final int ANNOUNCEMENT_WORDS = 10;

  private static final Set<String> DEMONSTRATIVES = Set.of("This", "That", "These", "Those");
  private static final Set<String> BE = Set.of("is", "was", "are", "were", "isn't", "wasn't",
      "aren't", "weren't");
  /**
   * What a page calls itself or what it shows, after "This" or "These" at a sentence's opening.
   * In the four sets' pages such an opening is a notice, a credit, a caption or an editorial
   * page's own stance, and the human summaries do not open so. Words as often something else
   * ("This piece of legislation", "This site was once home to a fort", "This post was created by
   * parliament") are not here.
   */
  private static final Set<String> PAGE_WORDS = Set.of("report", "article", "story", "page",
      "website", "blog", "column", "video", "videos", "gallery", "slideshow", "photo", "photos",
      "picture", "pictures", "image", "images", "graphic", "chart", "map", "crawl", "crawls",
      "newsletter");
  /**
   * Openings that build on what came before when a demonstrative follows them ("In light of
   * this,"): prepositions, and "given" and "not only".
   */
  private static final List<String> BACK_OPENINGS = List.of("after", "before", "despite",
      "of", "in light of", "on top of", "not only", "because of", "given", "following",
      "besides", "beyond", "apart from", "aside from", "in addition to", "as a result of",
      "in spite of", "due to", "instead of", "without", "unlike", "like", "at", "since");
  private static final List<String> DEMONSTRATIVE_OBJECTS =
      List.of("this,", "that,", "these,", "those,");
  /**
   * Words after which ", 1950" completes a date rather than dates a caption: months (written
   * out or cut short without a dot), weekdays, seasons, and the days and parts of a year that
   * name a date ("Christmas Day, 1914", "New Year's Eve, 1999", "the second quarter, 2019").
   */
  private static final Set<String> DATE_WORDS = Set.of("january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december", "jan",
      "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "spring",
      "summer", "autumn", "fall", "winter", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday", "day", "eve", "quarter", "half", "year", "week", "month",
      "season", "term", "session");
  /** What a page calls itself after "in this", "on this" or "of this" ("in this post"). */
  private static final Set<String> SELF_WORDS = Set.of("post", "article", "page", "story",
      "gallery", "slideshow", "video", "blog");
  /** What is shown on a page, or how it is shown, before "above" or "below" ("the map below"). */
  private static final Set<String> SHOWN_WORDS = Set.of("video", "videos", "photo", "photos",
      "picture", "pictures", "image", "images", "chart", "charts", "map", "maps", "graphic",
      "graphics", "graph", "table", "gallery", "shown", "pictured", "see", "listed");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "on", "of");
  private static final Set<String> FIRST_PERSON_SINGULAR = Set.of("i", "i'm", "i've", "i'd",
      "i'll", "me", "my", "myself", "mine");

  private StandAlone() {}

  /** Whether {@code text}, a sentence's text in {@code language}, may be quoted by itself. */
  static boolean test(String text, Language language) {
    String t = text.strip();
    return !t.isEmpty() && !Character.isLowerCase(t.charAt(0)) && statesStripped(t)
        && (language != Language.ENGLISH
            || !pointsBack(t) && !pointsAtItsPage(t) && !datedAsACaption(t) && !speaksAsI(t)
                && StatementVerb.present(t));
  }

  /**
   * It closes on a bare year after a comma, the way an archive dates its photographs ("The
   * Confederate prisoners captured at the battle of Fisher's Hill, VA. Sent to the rear under
   * guard of Union troops, 1864."). A statement puts its year in the sentence ("in 1864") or
   * after a month and day ("Oct. 2, 1950"), which do not count.
   */
  private static boolean datedAsACaption(String t) {
    int n = t.length();
    if (n < 8 || t.charAt(n - 1) != '.' || t.charAt(n - 7) != ',' || t.charAt(n - 6) != ' ') {
      return false;
    }
    for (int k = n - 5; k < n - 1; k++) {
      if (!Character.isDigit(t.charAt(k))) {
        return false;
      }
    }
    int year = Integer.parseInt(t, n - 5, n - 1, 10);
    if (year < 1500 || year > 2099) {
      return false;
    }
    int end = n - 7;
    int start = end;
    while (start > 0 && t.charAt(start - 1) != ' ') {
      start--;
    }
    String before = t.substring(start, end);
    if (before.isEmpty() || !before.chars().allMatch(Character::isLetter)) {
      return false;
    }
    return !DATE_WORDS.contains(before.toLowerCase(Locale.ROOT));
  }

  /**
   * It speaks as "I" outside quotation marks ("I traveled to 112 countries as Secretary of
   * State.", a transcript's answer; "Stephens, however, told me: ..."): a statement, a post or a
   * reporter's own voice, which a summary would pass off as its own. Inside quotation marks it
   * is speech, and attributed. A quotation whose opening mark is in the sentence before reads as
   * the summary's voice too, and counts.
   */
  private static boolean speaksAsI(String t) {
    UnquotedWords words = new UnquotedWords(t);
    while (words.next()) {
      // every word of FIRST_PERSON_SINGULAR opens with "i" or "m": only those are looked up
      char first = Character.toLowerCase(t.charAt(words.start));
      if (words.end - words.start <= 6 && (first == 'i' || first == 'm')
          && FIRST_PERSON_SINGULAR.contains(t.substring(words.start, words.end)
              .replace('\u2019', '\'').toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * It points at a place on its page, outside quotation marks: "in this post", "on this page",
   * "of this article" and the like, or "above" or "below" closing a phrase after what a page shows
   * or how ("the video above.", "(plot 1 on the map below)", "as shown below.", "see below:",
   * "the reasons listed above."). Its reader needs the page to follow it, and a summary does not
   * have the page. "Above" or "below" with more after them ("listed above the others", "images
   * below the surface") say where something is, and words apart by punctuation ("the photos, above
   * all") are no phrase.
   */
  private static boolean pointsAtItsPage(String t) {
    if (!hasPlaceWord(t)) {
      return false;
    }
    // the two words before the current one, as [start, end) in t; -1 when there is none (the
    // opening, quoted words or punctuation between)
    int before2Start = -1;
    int before2End = -1;
    int beforeStart = -1;
    int beforeEnd = -1;
    UnquotedWords words = new UnquotedWords(t);
    while (words.next()) {
      int start = words.start;
      int end = words.end;
      if (words.afterQuote || beforeStart >= 0 && !spaceOnly(t, beforeEnd, start)) {
        before2Start = -1;
        beforeStart = -1;
      } else if (before2Start >= 0 && !spaceOnly(t, before2End, beforeStart)) {
        before2Start = -1;
      }
      if (beforeStart >= 0 && isWord(t, start, end, "above", "below") && endsPhrase(t, end)
          && SHOWN_WORDS.contains(lower(t, beforeStart, beforeEnd))) {
        return true;
      }
      if (before2Start >= 0 && isWord(t, beforeStart, beforeEnd, "this")
          && PLACE_PREPOSITIONS.contains(lower(t, before2Start, before2End))
          && SELF_WORDS.contains(lower(t, start, end))) {
        return true;
      }
      before2Start = beforeStart;
      before2End = beforeEnd;
      beforeStart = start;
      beforeEnd = end;
    }
    return false;
  }

  /**
   * Whether the sentence may hold "above", "below" or "this" as a word (in lower case or with a
   * capital): most sentences have none, and are not walked word by word. Plain substring searches,
   * which the JVM runs fast, since every candidate sentence of a story passes here.
   */
  private static boolean hasPlaceWord(String t) {
    return t.indexOf("bove") >= 0 || t.indexOf("elow") >= 0 || t.indexOf("this ") >= 0
        || t.indexOf("This ") >= 0;
  }

  /** Whether {@code t[from, to)} is nothing but whitespace. */
  private static boolean spaceOnly(String t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isSpace(t.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** Whitespace, or a no-break space, which pages put between words too. */
  private static boolean isSpace(char c) {
    return CharClass.isWhitespace(c) || c == '\u00a0';
  }

  /** Whether no word follows {@code t}'s word that ends at {@code end} before a punctuation mark. */
  private static boolean endsPhrase(String t, int end) {
    int k = end;
    while (k < t.length() && isSpace(t.charAt(k))) {
      k++;
    }
    return k == t.length() || !CharClass.isLetterOrDigit(t.charAt(k));
  }

  /** Whether {@code t[start, end)} is one of {@code words}, whatever its case. */
  private static boolean isWord(String t, int start, int end, String... words) {
    for (String w : words) {
      if (end - start == w.length() && t.regionMatches(true, start, w, 0, w.length())) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String t, int start, int end) {
    return t.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /**
   * It opens with a demonstrative pronoun as the subject of "be" ("This is", "That was", "These
   * are", "Those were", "That's"), or with "This" or "These" before a word for the page or what
   * it shows ("This report is published every weekday, except County holidays.", "This article
   * is reproduced with permission from ...", "This video comes from February 2012 ..."): the page
   * speaking of itself, in a notice, a credit or a caption; or it opens on what came before it
   * ({@link #opensOnWhatCameBefore}).
   */
  private static boolean pointsBack(String t) {
    if (opensOnWhatCameBefore(t)) {
      return true;
    }
    int space = t.indexOf(' ');
    String first = (space < 0 ? t : t.substring(0, space)).replace('\u2019', '\'');
    if (first.equals("That's")) {
      return true;
    }
    if (space < 0 || !DEMONSTRATIVES.contains(first)) {
      return false;
    }
    int end = t.indexOf(' ', space + 1);
    String next = (end < 0 ? t.substring(space + 1) : t.substring(space + 1, end))
        .replace('\u2019', '\'');
    if (BE.contains(next)) {
      return true;
    }
    // "This report, released by the EPA, ...": the word without the punctuation after it
    int letters = 0;
    while (letters < next.length() && Character.isLetter(next.charAt(letters))) {
      letters++;
    }
    return (first.equals("This") || first.equals("These"))
        && PAGE_WORDS.contains(next.substring(0, letters).toLowerCase(Locale.ROOT));
  }

  /**
   * It opens with a preposition whose object is a bare demonstrative, set off by a comma ("In
   * light of this, ...", "After that, ...", "Despite this, ...", "Of those, ..."): what it builds
   * on is in the sentence before it. The human summaries of the four sets almost never open so,
   * and then right after their own sentence it builds on.
   */
  private static boolean opensOnWhatCameBefore(String t) {
    // compared in place, whatever the case: every candidate sentence passes here
    for (String opening : BACK_OPENINGS) {
      int after = opening.length();
      if (t.length() > after && t.regionMatches(true, 0, opening, 0, after)
          && t.charAt(after) == ' ') {
        for (String demonstrative : DEMONSTRATIVE_OBJECTS) {
          if (t.regionMatches(true, after + 1, demonstrative, 0, demonstrative.length())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether {@code text} states something rather than asking, aside or announcing: what even a
   * page of fragments must be to be quoted.
   */
  static boolean states(String text) {
    return statesStripped(text.strip());
  }

  private static boolean statesStripped(String t) {
    return !t.isEmpty() && !asksInOwnVoice(t) && !aside(t) && !announces(t);
  }

  /**
   * Its final punctuation holds a question mark (Latin or Arabic: "?", "?!", "؟"), not inside
   * closing quotation marks.
   */
  private static boolean asksInOwnVoice(String t) {
    int end = t.length();
    while (end > 0 && ")]".indexOf(t.charAt(end - 1)) >= 0) {
      end--;
    }
    for (int i = end - 1; i >= 0; i--) {
      char c = t.charAt(i);
      if (c == '?' || c == '\u061f') {
        return true;
      }
      if (c != '!' && c != '.' && c != '\u2026') {
        return false;
      }
    }
    return false;
  }

  /**
   * It opens with a parenthesis or bracket that closes only at its end, after its final
   * punctuation or before it: "(...)", "(....)", "(...)." or "[...]".
   */
  private static boolean aside(String t) {
    char open = t.charAt(0);
    char close = open == '(' ? ')' : open == '[' ? ']' : 0;
    if (close == 0) {
      return false;
    }
    int end = t.length();
    if (end > 1 && ".!?".indexOf(t.charAt(end - 1)) >= 0 && t.charAt(end - 2) == close) {
      end--;
    }
    if (t.charAt(end - 1) != close) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = t.charAt(i);
      if (c == open) {
        depth++;
      } else if (c == close) {
        depth--;
        if (depth == 0 && i < end - 1) {
          return false;
        }
      }
    }
    return depth == 0;
  }

  /**
   * It announces what its page puts after it: it ends in a colon ("Here's what Trump said he'd
   * do differently:"), or opens "Here's", "Here is" or "Here are" without going on, after a
   * colon within its first {@value #ANNOUNCEMENT_WORDS} words, to say what it announces ("Here
   * are their stories -- the tragic and the successful, from the ebook ...", "Here's why.").
   * "Here's how it works: Cows digest ..." says it, and stands.
   */
  private static boolean announces(String t) {
    if (t.endsWith(":")) {
      return true;
    }
    String opening = t.length() > 10 ? t.substring(0, 10) : t;
    String lower = opening.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    boolean here = lower.startsWith("here's ") || lower.startsWith("here is ")
        || lower.startsWith("here are ");
    if (!here) {
      return false;
    }
    int colon = t.indexOf(':');
    return colon < 0 || t.substring(0, colon).strip().split("\\s+").length > ANNOUNCEMENT_WORDS;
  }

  /**
   * The words of a sentence outside quotation marks, in order, without copying them out: a word is
   * a run of letters and apostrophes ("I'm", "page's"); straight quotation marks open and close a
   * quotation in turn, curly ones by their side. A quotation whose opening mark is in the sentence
   * before reads as outside, as the summary would show it.
   */
  private static final class UnquotedWords {
    private final String t;
    private int k;
    private boolean quoted;
    /** The current word, as [start, end) of the sentence. */
    int start;
    int end;
    /** Whether a quoted word came between the current word and the one before it. */
    boolean afterQuote;

    UnquotedWords(String t) {
      this.t = t;
    }

    /** Moves to the next word outside quotation marks; false when there is none. */
    boolean next() {
      int n = t.length();
      afterQuote = false;
      while (k < n) {
        char c = t.charAt(k);
        if (c == '"') {
          quoted = !quoted;
        } else if (c == '\u201c') {
          quoted = true;
        } else if (c == '\u201d') {
          quoted = false;
        }
        if (!CharClass.isLetter(c)) {
          k++;
          continue;
        }
        int from = k;
        while (k < n && (CharClass.isLetter(t.charAt(k)) || t.charAt(k) == '\''
            || t.charAt(k) == '\u2019')) {
          k++;
        }
        if (quoted) {
          afterQuote = true;
          continue;
        }
        start = from;
        end = k;
        return true;
      }
      return false;
    }
  }
}

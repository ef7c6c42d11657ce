package dev.precis.text;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines of web and wire copy that are not the story: "Posted April 13, 2017",
 * share and subscribe prompts, "Recently in …" link lists, photo credits, a repeated headline;
 * and the dateline that opens wire stories ("LONDON (AP) _", "BEIJING, Oct. 12 (Xinhua) --").
 */
public final class BoilerplateFilter {
  private static final Pattern BOILERPLATE_LINE = Pattern.compile(
      "(?i)^(?:"
          + "(?:posted|published|updated|last updated|first published)\\b.{0,80}"
          + "|(?:share|tweet|e-?mail|print|comment|pin|whatsapp)(?: this| on| via| the)?\\b.{0,60}"
          + "|.{0,40}\\b(?:subscribe|sign up|newsletter|follow us|download (?:our|the) app)\\b.{0,80}"
          + "|recently in\\b.{0,80}"
          + "|(?:related|read more|more from|see also|most read|trending|advertisement|sponsored"
          + "|story continues below|continue reading|click here|watch|listen|video|image|photo"
          + "|picture|caption"
          + "|credit|getty images)\\b.{0,120}"
          + "|.{0,120}(?:/ ?(?:ap|afp|reuters|getty images|epa)(?: photo)?|\\(ap photo[^)]*\\))\\s*"
          + "|(?:©|\\(c\\)|copyright)\\s.{0,120}|.{0,80}all rights reserved\\.?"
          + "|(?:by|reporting by|writing by|editing by|additional reporting by)\\s[^.]{0,60}"
          + ")$");
  /**
   * What a {@link #BOILERPLATE_LINE} opens with, lower-cased, one entry per alternative anchored at
   * the line's start. With {@link #LINE_PHRASES} and the slash, a necessary condition for the
   * expression: an alternative added there needs its opening or its phrase added here.
   */
  private static final List<String> LINE_OPENINGS = List.of(
      "posted", "published", "updated", "last updated", "first published", "share", "tweet",
      "email", "e-mail", "print", "comment", "pin", "whatsapp", "recently in", "related",
      "read more", "more from", "see also", "most read", "trending", "advertisement", "sponsored",
      "story continues below", "continue reading", "click here", "watch", "listen", "video",
      "image", "photo",
      "picture", "caption", "credit", "getty images", "\u00a9", "(c)", "copyright", "by",
      "reporting by", "writing by", "editing by", "additional reporting by");
  /**
   * The phrases that {@link #BOILERPLATE_LINE}'s unanchored alternatives need somewhere in a line
   * (the agency credit's slash is looked for on its own: a phrase here has three characters).
   */
  private static final PhraseSet LINE_PHRASES = PhraseSet.of(List.of(
      "subscribe", "sign up", "newsletter", "follow us", "download our app", "download the app",
      "(ap photo", "all rights reserved"));
  /** A month as captions write it, in full or abbreviated: an expression's group. */
  static final String MONTH = "(?:January|February|March|April|May|June|July|August|September"
      + "|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  /** A photo caption: present-tense scene ending in the full date the photo was taken. */
  private static final Pattern CAPTION = Pattern.compile(
      ".*,\\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s+"
          + MONTH + "\\s+\\d{1,2},\\s+\\d{4}\\.?\\s*(?:\\(.{0,80}\\))?$");
  /** A wire-photo caption: "... in Caracas, Venezuela May 15, 2018." */
  private static final Pattern WIRE_CAPTION = Pattern.compile(
      ".*\\b(?:is|are|was|were) (?:seen|pictured|shown|displayed)\\b.*\\b\\d{4}\\.?$"
          + "|.*[A-Za-z] (?:January|February|March|April|May|June|July|August|September|October"
          + "|November|December) \\d{1,2}, \\d{4}\\.?$");
  /**
   * Sentences that web pages and archives put around a story: error pages, cookie and script
   * notices, archive-crawler banners. They read like prose, so only their wording gives them away;
   * plain phrases, because a regular-expression alternation tried at every position of every
   * sentence cost more than the rest of the pipeline, all looked for in one pass.
   */
  private static final List<String> WEB_NOTICES = List.of(
      "ip address for this domain", "check your dns settings", "crawls are part of an effort",
      "archive pages as they are created", "enable javascript", "enable cookies",
      "javascript is disabled", "javascript is required", "your browser does not support",
      "your browser doesn't support", "sign up for our newsletter", "sign up for the newsletter",
      "subscribe to our newsletter", "subscribe to the newsletter", "this video is not available",
      "this content is not available", "we use cookies", "by continuing to use",
      "by continuing to browse", "terms of use and privacy", "terms of service and privacy",
      "all rights reserved", "click here to", "log in to comment", "follow us on twitter",
      "follow us on facebook", "the page you requested", "the page you are looking for",
      "image caption", "media playback is unsupported", "flash player to view",
      "flash player is required", "may not be published, broadcast, rewritten or redistributed");
  /**
   * What a web archive or a social network serves instead of the article. Only a short sentence
   * counts as one: a story about censorship may well quote "this page is not available".
   */
  private static final List<String> SHORT_NOTICES = List.of(
      "add location information to your tweets", "your tweet location history",
      "proceed to legacy twitter", "a collection of government web content",
      "list of every host in the wayback machine", "added to the wayback machine",
      "archive-it service", "this page is not available", "you must log in to continue",
      "for your personal, non-commercial use only", "comments are closed",
      "comments have been closed", "commenting is closed", "this is a developing story",
      "this story is developing", "check back for updates");
  /** Both kinds of notice, looked for in one pass; {@link PhraseSet#groupsIn} tells which. */
  private static final PhraseSet NOTICES = PhraseSet.ofGroups(List.of(WEB_NOTICES, SHORT_NOTICES));
  /** The bits {@link #NOTICES} gives its groups: one per list, in the order they were given. */
  private static final int WEB_NOTICE = 1;
  private static final int SHORT_NOTICE = 2;
  /** Words at most of a sentence that a {@link #SHORT_NOTICES} phrase makes a notice. */
  private static final int SHORT_NOTICE_WORDS = 30;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DATELINE = Pattern.compile(
      "^(?:[A-Z][A-Z.'\\- ]{1,30}(?:,\\s*[A-Z][A-Za-z.]*(?:\\s+[A-Z][A-Za-z.]*)?)?"
          + "(?:,\\s*[A-Z][a-z]{2,8}\\.?\\s+\\d{1,2})?"
          + "\\s*(?:\\([A-Z][A-Za-z0-9.&]*(?:\\s[A-Z0-9][A-Za-z0-9.&]*){0,2}\\))?"
          + "\\s*(?:(?:_|--|-|\u2013|:)\\s+|\u2014\\s*))(?=[A-Z\"\u201c`'])");
  /**
   * A dateline whose place is written in title case, as CNN's are ("Kabul, Afghanistan (CNN) A
   * wedding ...", "Washington, D.C. (CNN) The ..."), or as other agencies' with a dash after them
   * ("Lindholm (Reuters) - Ferry crews ..."): only a news agency's name in parentheses tells it
   * from a sentence's subject, so it needs one of the agencies that date their copy so, and a
   * capital after it. A head that spells the agency out ("The Associated Press (AP) Stylebook",
   * "Cable News Network (CNN) President") defines an abbreviation and is no dateline
   * ({@link #spellsOut}).
   */
  private static final Pattern AGENCY_DATELINE = Pattern.compile(
      "^(\\p{Lu}[\\p{L}.'\\-]*(?:\\s\\p{Lu}[\\p{L}.'\\-]*){0,2}"
          + "(?:,\\s*\\p{Lu}[\\p{L}.'\\-]*(?:\\s\\p{Lu}[\\p{L}.'\\-]*)?)?)"
          + "\\s*\\((?:(CNN)|(AP|AFP|UPI|Reuters|Xinhua|Bloomberg|dpa|EFE|PTI|IANS|Kyodo|Yonhap))\\)"
          + "\\s*((?:_|--|-|\u2013|\u2014)\\s*)?(?=[\\p{Lu}\"\u201c])");
  /**
   * A dash left opening the first paragraph where the page's extractor dropped the place before
   * it ("- A man who was beaten ..."): no sentence starts with one.
   */
  private static final Pattern BARE_DASH = Pattern.compile("^[-\u2013\u2014]\\s+(?=[A-Z\"\u201c])");

  /**
   * What a page glues before its story's first words: a byline with its date ("By Karen Graham
   * Oct 31, 2015 in Entertainment"; a doubled "By" is an extractor's), a video player's controls
   * ("Skip in Skip x Embed x Share") or the page's date line, even without a space ("Tuesday,
   * January 18, 2005Through a telethon, ..."). Only with the date does "By Name" open a byline
   * for certain; "By Monday, the union had agreed" is a sentence.
   */
  private static final Pattern GLUED_OPENING = Pattern.compile(
      "^(?:(?:Skip in )?Skip x Embed x Share"
          + "|(?:By\\s+){1,2}\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]+){1,3},?\\s+"
          + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2},\\s+\\d{4}"
          + "(?:\\s+in\\s+\\p{Lu}[\\p{L}&]+)?\\s"
          + "|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:January|February|March|April|May|June"
          + "|July|August|September|October|November|December) \\d{1,2}, \\d{4})"
          + "\\s*(?=[\\p{Lu}\"\u201c])");

  private BoilerplateFilter() {}

  /** Whether a whole line is boilerplate; {@code title} (may be null) catches a repeated headline. */
  public static boolean isBoilerplate(String line, String title) {
    String trimmed = line.strip();
    if (trimmed.isEmpty()) {
      return true;
    }
    if (title != null && Math.abs(trimmed.length() - title.length()) < 12
        && normalize(trimmed).equals(normalize(title))) {
      return true;
    }
    if (isPlayerCaption(trimmed)) {
      return true;
    }
    // long lines are prose even when they start with "Share" or "Video"
    if (WordCount.upTo(trimmed, 26) > 25) {
      return false;
    }
    return mayBeBoilerplateLine(trimmed) && BOILERPLATE_LINE.matcher(trimmed).matches()
        || isDatedCaption(trimmed);
  }

  /**
   * What every line {@link #BOILERPLATE_LINE} matches has: one of its openings, or one of the
   * phrases or the slash its other alternatives need. Most paragraphs have neither and are spared the expression, whose
   * leading wildcards try every position of the line.
   */
  private static boolean mayBeBoilerplateLine(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String opening : LINE_OPENINGS) {
      if (lower.startsWith(opening)) {
        return true;
      }
    }
    return lower.indexOf('/') >= 0 || LINE_PHRASES.anyIn(lower);
  }

  /** Whether a sentence is a web page's notice or a photo caption rather than part of the story. */
  public static boolean isBoilerplateSentence(String sentence) {
    int notices = NOTICES.groupsIn(sentence.toLowerCase(Locale.ROOT));
    // the word count last: few sentences hold a short notice's phrase
    if ((notices & WEB_NOTICE) != 0 || (notices & SHORT_NOTICE) != 0
        && WordCount.upTo(sentence, SHORT_NOTICE_WORDS + 1) <= SHORT_NOTICE_WORDS) {
      return true;
    }
    // every caption ends in the year the photo was taken: only those few sentences meet the
    // caption patterns, whose leading wildcards would be costly on every sentence of a cluster
    return yearNearEnd(sentence)
        && (isWireCaption(sentence) || isDatedCaption(sentence));
  }

  /**
   * Whether {@code s} is a {@link #WIRE_CAPTION}: both of its forms end in a four-digit year,
   * maybe with a full stop, and most sentences that name a year do not end in it, which spares
   * them the expression's leading wildcards.
   */
  private static boolean isWireCaption(String s) {
    return endsInYear(s) && WIRE_CAPTION.matcher(s).matches();
  }

  /** Whether {@code s} ends in four ASCII digits, maybe with a full stop after them. */
  static boolean endsInYear(String s) {
    int end = s.endsWith(".") ? s.length() - 1 : s.length();
    if (end < 4) {
      return false;
    }
    for (int k = end - 4; k < end; k++) {
      if (s.charAt(k) < '0' || s.charAt(k) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code s} is a {@link #CAPTION}: only a text with a weekday and its comma ("day,")
   * can be, and most have none, which spares them the expression's leading wildcard.
   */
  private static boolean isDatedCaption(String s) {
    return s.contains("day,") && CAPTION.matcher(s).matches();
  }

  /**
   * A video's caption as a page's player leaves it, after the player's "CLOSE" button: "CLOSE
   * Hundreds of infants have died after being left in cars. This simple trick could help. VPC".
   * No story's paragraph opens with the word in capitals followed by a capitalised word.
   */
  private static boolean isPlayerCaption(String s) {
    return s.startsWith("CLOSE ") && s.length() > 7 && CharClass.isUpperCase(s.charAt(6))
        && Character.isLowerCase(s.charAt(7));
  }

  private static boolean yearNearEnd(String s) {
    int digits = 0;
    for (int i = s.length() - 1; i >= Math.max(0, s.length() - 90); i--) {
      char c = s.charAt(i);
      digits = c >= '0' && c <= '9' || c >= 0x80 && CharClass.isDigit(c) ? digits + 1 : 0;
      if (digits == 4) {
        return true;
      }
    }
    return false;
  }

  /**
   * Length of what opens an article's first paragraph before its story: a byline with its date
   * or a video player's controls glued to it, then a wire dateline; 0 when there is none.
   */
  public static int openingLength(String paragraph) {
    int glued = gluedLength(paragraph);
    return glued + datelineLength(paragraph.substring(glued));
  }

  /**
   * Length of what a page glues before its story's first words (a byline with its date, a video
   * player's controls, a date line), or 0: what opens the paragraphs before the story's first
   * complete sentence may carry.
   */
  public static int gluedLength(String paragraph) {
    if (paragraph.isEmpty() || "BSMTWF".indexOf(paragraph.charAt(0)) < 0) {
      return 0;
    }
    Matcher m = GLUED_OPENING.matcher(paragraph);
    return m.lookingAt() ? m.end() : 0;
  }

  /**
   * Length of a wire dateline opening {@code paragraph} ("LONDON (AP) _ ", "WASHINGTON — ",
   * "TORONTO—" touching the story's first word), or of the bare dash a page's extractor left
   * in its place; 0 when there is none.
   */
  public static int datelineLength(String paragraph) {
    Matcher bare = BARE_DASH.matcher(paragraph);
    if (bare.lookingAt()) {
      return bare.end();
    }
    Matcher m = DATELINE.matcher(paragraph);
    // anchored at the start: one attempt there, where find() would try every position
    if (!m.lookingAt()) {
      return paragraph.indexOf('(') > 0 ? agencyDatelineLength(paragraph) : 0;
    }
    String head = m.group();
    // a dateline is a place in capitals, not an all-caps headline of many words
    return WordCount.of(head) <= 8 && hasUppercaseRun(head) ? m.end() : 0;
  }

  /**
   * Length of an {@link #AGENCY_DATELINE} opening {@code paragraph}, or 0: CNN's may run into the
   * story without a dash, the others' need one, and none may spell its agency out.
   */
  private static int agencyDatelineLength(String paragraph) {
    Matcher m = AGENCY_DATELINE.matcher(paragraph);
    if (!m.lookingAt()) {
      return 0;
    }
    String agency = m.group(2) != null ? m.group(2) : m.group(3);
    boolean dash = m.group(4) != null;
    if (m.group(2) == null && !dash || spellsOut(m.group(1), agency)) {
      return 0;
    }
    return m.end();
  }

  /**
   * Whether the words before an agency's parenthesis name it: its initials ("Associated Press"
   * for AP, "Agence France-Presse" for AFP) or its own name ("Thomson Reuters").
   */
  static boolean spellsOut(String head, String agency) {
    String[] words = head.strip().split("[\\s\\-,]+");
    if (words.length > 0 && words[words.length - 1].equalsIgnoreCase(agency)) {
      return true;
    }
    if (words.length < agency.length()) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (int w = words.length - agency.length(); w < words.length; w++) {
      initials.append(words[w].isEmpty() ? ' ' : Character.toUpperCase(words[w].charAt(0)));
    }
    return initials.toString().equals(agency.toUpperCase(Locale.ROOT));
  }

  /**
   * Length of a wire dateline of the unmistakable kind opening {@code paragraph} (an agency in
   * parentheses, a "place, region" pair, or the wire's "_" or "--"), or 0. Past an article's
   * first paragraph only these are cut: "NATO - The alliance met" there is a sentence.
   */
  public static int wireDatelineLength(String paragraph) {
    int length = datelineLength(paragraph);
    if (length == 0) {
      return 0;
    }
    String head = paragraph.substring(0, length).strip();
    return head.contains("(") || head.contains(",") || head.endsWith("_") || head.endsWith("--")
        ? length : 0;
  }

  private static boolean hasUppercaseRun(String head) {
    int run = 0;
    for (int i = 0; i < head.length(); i++) {
      char c = head.charAt(i);
      run = CharClass.isUpperCase(c) ? run + 1 : 0;
      if (run >= 3) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String s) {
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }
}

package dev.precis.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The explainable features by which {@link FurnitureFilter} tells page furniture (captions,
 * credits, teasers, share and newsletter prompts, embedded posts, slugs) from the story's
 * sentences: each one a property of the sentence or of its place among its neighbours, scaled to
 * about 0..1 so that the learned weights can be read against each other.
 *
 * <pre>{@code
 * double[][] x = FurnitureFeatures.of(pipeline.pageSentences(article));
 * FurnitureFeatures.NAMES.get(k);   // what column k measures
 * }</pre>
 */
public final class FurnitureFeatures {
  /** Feature names, in column order. */
  public static final List<String> NAMES = List.of(
      "words_log", "short", "ellipsis", "no_end_punctuation", "capitalised", "caps_opening",
      "digits", "photo_words", "scene_present", "date_end", "credit_words", "web_words",
      "second_person", "finite_verb", "said", "quote", "parenthesis", "label_colon", "alone",
      "first", "last", "position", "neighbour_similarity", "neighbour_cues", "past_tense",
      "alone_present", "wire_dateline", "caption_phrase", "credit_phrase", "photo_date",
      "web_phrase", "opening_line", "handle", "hashtag", "post_signature", "post_block",
      "opening_ellipsis", "next_credit", "wire_slug", "imperative_opening");

  // cue words and phrases, found through a sentence's lower-cased words (see CueList)
  private static final CueList PHOTO = CueList.of(
      "photo", "photos", "photograph", "photographer", "pictured", "picture", "image", "images",
      "caption", "handout", "courtesy", "getty", "afp", "epa", "ap", "reuters", "associated press",
      "file photo", "screenshot", "graphic", "gallery", "video", "slideshow", "enlarge", "undated");
  /** Phrases that only captions and galleries use. */
  private static final CueList CAPTION_PHRASES = CueList.of(
      "hide caption", "image caption", "media caption", "photos:", "photo:", "image:", "(photo",
      "ap photo", "file photo", "in this photo", "in this undated", "in this file", "undated photo",
      "photo released", "photo provided", "handout photo", "view photos", "full screen",
      "is shown", "are shown", "this graph shows", "this diagram shows", "this chart shows",
      "this image", "this photo", "pictured", "(l-r)", "from left", "file -");
  /** Phrases that only credit, contact and republication lines use. */
  private static final CueList CREDIT_PHRASES = CueList.of(
      "contributed to this report", "contributed reporting", "contributed to this story",
      "reporting by", "writing by", "editing by", "with assistance from", "can be reached at",
      "to contact the", "follow @", "follow us", "staff writer", "writes the", "is a reporter",
      "originally published", "republished with permission", "this story has been corrected",
      "this article has been updated", "this corrects", "this article has been corrected",
      "this story has been updated", "this story was updated", "this article was updated",
      "an earlier version of this", "email us at", "contact us at", "have a news tip",
      "got a news tip", "originally appeared", "republished here with permission",
      "is republished");
  /** Phrases of the page around a story: newsletters, alerts, sharing, archives. */
  private static final CueList WEB_PHRASES = CueList.of(
      "to your inbox", "in your inbox", "newsletter", "news alerts", "sign up", "subscribe",
      "reproduced with permission", "email them to", "upload them to", "this crawl",
      "wayback machine", "internet archive", "click here", "read more", "more videos",
      "you might also like", "recommended for you", "share this", "stories that matter",
      "delivered weekday", "delivered daily", "terms of use", "privacy policy", "crawl data",
      "crawls of", "archive-it", "dns", "ip address", "restore access", "no more 404",
      "broken links", "leave a comment", "supporting our journalism", "support our journalism",
      "thank you for reading");
  private static final CueList SCENE = CueList.of(
      "shows", "speaks", "walks", "holds", "looks", "stands", "arrives", "waves", "poses",
      "sits", "smiles", "gestures", "attends", "listens", "is seen", "are seen", "left", "right",
      "center", "centre", "front", "background", "in this", "file -");
  private static final CueList CREDIT = CueList.of(
      "contributed", "contributed to this report", "reporting by", "editing by", "writer",
      "correspondent", "staff", "follow", "email", "e-mail", "twitter", "columnist", "author",
      "editor", "reporter", "can be reached", "contact");
  private static final CueList WEB = CueList.of(
      "share", "shared", "subscribe", "subscribing", "newsletter", "sign up", "click", "read more",
      "related", "watch", "watched", "replay", "autoplay", "comments", "comment", "advertisement",
      "copyright", "rights reserved", "http", "https", "www", ".com", "pic.twitter.com",
      "more videos", "must watch", "learn more", "embed", "inbox", "playbook", "podcast",
      "download", "app");
  private static final CueList FINITE = CueList.of(
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
      "does", "do", "may", "might", "should", "must", "said", "says", "say", "told", "tells");
  /** Past-tense words that do not end in "-ed": news tells what happened, captions what shows. */
  private static final CueList PAST = CueList.of(
      "was", "were", "had", "did", "said", "told", "made", "took", "came", "went", "got", "gave",
      "found", "left", "met", "won", "lost", "began", "fell", "rose", "saw", "became", "held",
      "led", "paid", "sent", "spent", "thought", "brought", "built", "knew", "ran", "stood",
      "struck", "broke", "chose", "drew", "flew", "fought", "kept", "wrote", "spoke", "sold",
      "shot", "ago", "earlier", "last week", "last year", "yesterday");
  private static final CueList SAID = CueList.of(
      "said", "says", "told", "tells", "according to", "added", "asked", "wrote", "explained",
      "tweeted", "posted");
  private static final List<String> MONTHS = List.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.",
      "dec.");

  private static final CueList SECOND_PERSON = CueList.of("you", "your");
  /** What news agencies' wire copy carries for editors: pick-up lines, optional ends, notes. */
  private static final CueList SLUG = CueList.of(
      "graf", "pvs", "story can end here", "optional material follows", "endit", "nn",
      "editor's note", "eds:", "adds:", "update:");
  /** What an embedded social media post leaves in a page's text, apart from its signature. */
  private static final CueList POST = CueList.of(
      "pic.twitter.com", "https://t.co", "a post shared by", "skip twitter post",
      "skip instagram post", "skip facebook post", "end of twitter post", "view this post on");
  /**
   * The date a wire photo was taken, set off by a comma at the caption's end: "... speaking into a
   * phone in Beijing, May 2, 2012." A story dates its events with "on" ("talks began on May 2,
   * 2012."). After a weekday ("..., Wednesday, Aug. 24, 2016.") {@code weekdayDate} sees it.
   * Both are one feature, {@code photo_date}: apart, the comma's form had too few captions in the
   * labels to learn its weight from more than one story (README, "Web page furniture").
   */
  private static final Pattern COMMA_DATE_END = Pattern.compile(
      "(?<!day),\\s+" + BoilerplateFilter.MONTH + "\\s+\\d{1,2},\\s+\\d{4}\\.?\\z");
  /**
   * Verbs a promotion or a link opens with, telling the reader to do something ("Click here",
   * "Follow her on Twitter", "Subscribe to ..."), which open a story's sentence in no other sense.
   * A story's sentence opens with who or what acts; words that open news and columns otherwise
   * too ("Share prices rose", "Take computers, for example") are not here, and those that are as
   * often nouns are {@link #IMPERATIVES_BEFORE_OBJECT}'s.
   */
  private static final Set<String> IMPERATIVES = Set.of(
      "check", "click", "learn", "discover", "join", "follow", "visit", "listen", "subscribe",
      "scroll", "explore", "download", "browse", "sign-up");
  /**
   * Verbs that are as often nouns ("Shop owners lost half their trade", "Vote counting began",
   * "Order was restored"): an opening imperative only before a word that tells the reader where
   * or what ("Sign up", "Watch the video", "Meet our team", "Get involved", "Stay tuned").
   */
  private static final Set<String> IMPERATIVES_BEFORE_OBJECT = Set.of(
      "watch", "read", "see", "find", "sign", "tap", "meet", "get", "keep", "stay", "tune", "catch",
      "vote", "send", "enter", "register", "order", "shop", "buy", "try");
  /** What follows an imperative of {@link #IMPERATIVES_BEFORE_OBJECT}: a particle or an object. */
  private static final Set<String> IMPERATIVE_OBJECTS = Set.of(
      "out", "up", "in", "on", "here", "now", "more", "back", "us", "it", "them", "him", "her",
      "the", "a", "an", "this", "these", "our", "your", "my", "how", "what", "why", "who", "all",
      "involved", "tuned", "live", "free", "daily");
  private static final List<String> WEEKDAYS = List.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  /** Every cue list, in the order of the counts {@link Cues} keeps. */
  private static final List<CueList> LISTS = List.of(PHOTO, SCENE, CREDIT, WEB, FINITE, PAST,
      SAID, CAPTION_PHRASES, CREDIT_PHRASES, WEB_PHRASES, SECOND_PERSON, POST, SLUG);
  /** Each cue's first word, by its {@link HashMix#of}, to the cues it opens as {list, cue} pairs. */
  private static final CueIndex BY_FIRST_WORD = CueIndex.of(LISTS);

  /** How many paragraphs cut off with "..." make a page an index of teasers, at the least. */
  static final int INDEX_TEASERS = 3;
  /** How many sentences ahead {@code post_block} looks for a post's signature. */
  private static final int POST_REACH = 6;

  private FurnitureFeatures() {}

  /** One row of {@link #NAMES} features for each sentence of one article's page. */
  public static double[][] of(List<PageSentence> page) {
    Page p = new Page(page);
    double[][] x = new double[page.size()][];
    for (int i = 0; i < x.length; i++) {
      x[i] = p.row(i);
    }
    return x;
  }

  /**
   * A page whose rows are computed on demand, each the row {@link #of} gives: a caller that needs
   * the first few sentences only reads the cues of those and of their neighbours.
   */
  static final class Page {
    private final List<PageSentence> page;
    private final Cues[] cues;
    /** {@link #teaserIndex}, once asked: every verdict on the page reads it. */
    private Boolean teaserIndex;

    Page(List<PageSentence> page) {
      this.page = page;
      this.cues = new Cues[page.size()];
    }

    /**
     * Whether the page is an index of other stories: at least {@value #INDEX_TEASERS} of its
     * paragraphs, and at least half of them, end in a teaser cut off with "...", each a headline
     * and the opening lines of a story the page links to. Its sentences that are not cut off are
     * those openings: none is this page's story.
     */
    boolean teaserIndex() {
      if (teaserIndex == null) {
        teaserIndex = countsAsTeaserIndex();
      }
      return teaserIndex;
    }

    private boolean countsAsTeaserIndex() {
      int paragraphs = 0;
      int cutOff = 0;
      for (int i = 0; i < page.size(); i++) {
        if (i + 1 == page.size() || page.get(i + 1).paragraph() != page.get(i).paragraph()) {
          paragraphs++;
          if (cutOffBare(page.get(i).text())) {
            cutOff++;
          }
        }
      }
      return cutOff >= INDEX_TEASERS && 2 * cutOff >= paragraphs;
    }

    int size() {
      return page.size();
    }

    String text(int i) {
      return page.get(i).text();
    }

    private Cues cues(int i) {
      if (cues[i] == null) {
        cues[i] = new Cues(page.get(i).text());
      }
      return cues[i];
    }

    /** The features of sentence {@code i}. */
    double[] row(int i) {
      int n = page.size();
      Cues a = cues(i);
      int paragraph = page.get(i).paragraph();
      boolean alone = (i == 0 || page.get(i - 1).paragraph() != paragraph)
          && (i == n - 1 || page.get(i + 1).paragraph() != paragraph);
      double similarity = 0;
      double neighbourCues = 0;
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < n) {
          similarity = Math.max(similarity, jaccard(a.words, cues(j).words));
          neighbourCues = Math.max(neighbourCues, cues(j).cueful ? 1 : 0);
        }
      }
      // an embedded post's text: a post's signature follows within a few sentences, in the same
      // paragraph or the next one ("... text. — Name (@handle) June 21, 2018")
      double post = 0;
      if (!a.postSignature) {
        for (int j = i + 1; j < n && j <= i + POST_REACH; j++) {
          int gap = page.get(j).paragraph() - paragraph;
          if (gap > 1) {
            break;
          }
          if (cues(j).postSignature) {
            post = gap == 0 ? 1 : 0.5;
            break;
          }
        }
      }
      // a caption is followed by its photo's credit in the same paragraph: "(Associated Press)",
      // "Photo: AP"; after a paragraph break such a line opens something else as often (README,
      // "Web page furniture", has the figures)
      boolean nextCredit = i + 1 < n && page.get(i + 1).paragraph() == paragraph
          && cues(i + 1).wordCount <= 8 && !a.ellipsis
          && (cues(i + 1).photo > 0 || cues(i + 1).credit > 0 || cues(i + 1).parenthesis);
      return new double[] {
          Math.min(1, Math.log1p(a.wordCount) / 4),
          a.wordCount <= 5 ? 1 : 0,
          a.ellipsis ? 1 : 0,
          a.complete ? 0 : 1,
          a.capitalised,
          a.capsOpening ? 1 : 0,
          a.digits,
          Math.min(1, a.photo / 2.0),
          Math.min(1, a.scene / 2.0),
          a.dateEnd ? 1 : 0,
          Math.min(1, a.credit / 2.0),
          Math.min(1, a.web / 2.0),
          a.secondPerson ? 1 : 0,
          a.finite ? 1 : 0,
          a.said ? 1 : 0,
          a.quote ? 1 : 0,
          a.parenthesis ? 1 : 0,
          a.labelColon ? 1 : 0,
          alone ? 1 : 0,
          i == 0 ? 1 : 0,
          i == n - 1 ? 1 : 0,
          n == 1 ? 0 : i / (double) (n - 1),
          similarity,
          neighbourCues,
          a.past ? 1 : 0,
          alone && !a.past && !a.quote ? 1 : 0,
          a.wireDateline ? 1 : 0,
          a.captionPhrase ? 1 : 0,
          a.creditPhrase ? 1 : 0,
          a.weekdayDate || a.commaDateEnd ? 1 : 0,
          a.webPhrase ? 1 : 0,
          // an article's first line without final punctuation: its headline, more often than not
          i == 0 && !a.complete ? 1 : 0,
          a.handle ? 1 : 0,
          a.hashtag ? 1 : 0,
          a.postSignature ? 1 : 0,
          post,
          a.openingEllipsis ? 1 : 0,
          nextCredit ? 1 : 0,
          a.wireSlug ? 1 : 0,
          a.imperativeOpening ? 1 : 0};
    }
  }

  /**
   * Whether a sentence ends in "...", "…" or "…." with no closing quotation mark or bracket after
   * it: a teaser cut off by its page, not speech that trails off ("... if they'd only
   * listened...\"").
   */
  private static boolean cutOffBare(String text) {
    String t = text.stripTrailing();
    return t.endsWith("...") || t.endsWith("\u2026") || t.endsWith("\u2026.");
  }

  /** Whether a sentence ends in "...", "…" or "….": a teaser cut off, not a sentence. */
  public static boolean endsInEllipsis(String text) {
    int end = text.length();
    while (end > 0 && "\"'\u201d\u2019)]".indexOf(text.charAt(end - 1)) >= 0
        || end > 0 && CharClass.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // an ellipsis before the full stop ("...push back\u2026.") cuts off as much as one without
    if (end >= 2 && text.charAt(end - 1) == '.' && text.charAt(end - 2) == '\u2026') {
      end--;
    }
    return end > 0 && text.charAt(end - 1) == '\u2026'
        || end >= 3 && text.startsWith("...", end - 3);
  }

  /** The Jaccard similarity of two sets of words, each given as its sorted, distinct hashes. */
  private static double jaccard(long[] a, long[] b) {
    if (a.length == 0 || b.length == 0) {
      return 0;
    }
    int common = SortedIds.intersectionSize(a, b);
    return common / (double) (a.length + b.length - common);
  }

  /** The properties of one sentence that its features are made of. */
  private static final class Cues {
    /**
     * The sentence's words (lower-cased runs of letters and digits) as sorted distinct hashes
     * ({@link HashMix#of}), compared with neighbours and cue words so that no word is copied out
     * of its sentence; two words sharing a hash is a chance of about one in 10^19 per pair.
     */
    final long[] words;
    final int wordCount;
    final boolean ellipsis;
    final boolean complete;
    final double capitalised;
    final boolean capsOpening;
    final double digits;
    final int photo;
    final int scene;
    final boolean dateEnd;
    final int credit;
    final int web;
    final boolean secondPerson;
    final boolean finite;
    final boolean said;
    final boolean quote;
    final boolean parenthesis;
    final boolean labelColon;
    final boolean cueful;
    final boolean past;
    final boolean wireDateline;
    final boolean captionPhrase;
    final boolean creditPhrase;
    final boolean weekdayDate;
    final boolean webPhrase;
    final boolean handle;
    final boolean hashtag;
    final boolean postSignature;
    final boolean openingEllipsis;
    final boolean wireSlug;
    final boolean commaDateEnd;
    final boolean imperativeOpening;

    Cues(String text) {
      String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
      // whitespace-separated tokens, walked without copying them out: their count; among those
      // after the first, how many open with a letter and how many of these with a capital;
      // whether one is a lower-case "-ed" word; and where the first two are, for a capitals opening
      int tokenCount = 0;
      int alphabetic = 0;
      int capital = 0;
      boolean pastTense = false;
      int firstStart = 0;
      int firstEnd = 0;
      int secondStart = 0;
      int secondEnd = 0;
      // and in the same pass the share of digits among visible characters, and quotation marks:
      // straight, curly, or a doubled back-tick or apostrophe as wire copy writes them (``, '')
      int digitCount = 0;
      int visible = 0;
      boolean quoted = false;
      int start = -1;
      for (int k = 0; k <= text.length(); k++) {
        boolean space = k == text.length() || CharClass.isWhitespace(text.charAt(k));
        if (!space) {
          char c = text.charAt(k);
          visible++;
          if (c >= '0' && c <= '9' || c >= 0x80 && CharClass.isDigit(c)) {
            digitCount++;
          }
          if (c == '"' || c == '\u201c' || c == '\u201d'
              || (c == '`' || c == '\'') && k + 1 < text.length() && text.charAt(k + 1) == c) {
            quoted = true;
          }
        }
        if (!space && start < 0) {
          start = k;
        } else if (space && start >= 0) {
          char c = text.charAt(start);
          if (tokenCount == 0) {
            firstStart = start;
            firstEnd = k;
          } else {
            if (tokenCount == 1) {
              secondStart = start;
              secondEnd = k;
            }
            if (CharClass.isLetter(c)) {
              alphabetic++;
              if (CharClass.isUpperCase(c)) {
                capital++;
              }
            }
          }
          if (k - start > 4 && text.charAt(k - 1) == 'd' && text.charAt(k - 2) == 'e'
              && Character.isLowerCase(c)) {
            pastTense = true;
          }
          tokenCount++;
          start = -1;
        }
      }
      // words: the lower-cased runs of letters and digits, what cue words are looked up in, each
      // hashed as it is read (as HashMix.of would hash it)
      long[] hashes = new long[16];
      int found = 0;
      boolean inWord = false;
      long hash = 0;
      for (int k = 0; k <= lower.length(); k++) {
        char c = k < lower.length() ? lower.charAt(k) : ' ';
        if (CharClass.isLetterOrDigit(c)) {
          hash = HashMix.step(inWord ? hash : HashMix.FNV_OFFSET, c);
          inWord = true;
        } else if (inWord) {
          if (found == hashes.length) {
            hashes = Arrays.copyOf(hashes, 2 * found);
          }
          hashes[found++] = HashMix.mix(hash);
          inWord = false;
        }
      }
      Arrays.sort(hashes, 0, found);
      int distinct = 0;
      for (int k = 0; k < found; k++) {
        if (k == 0 || hashes[k] != hashes[k - 1]) {
          hashes[distinct++] = hashes[k];
        }
      }
      words = Arrays.copyOf(hashes, distinct);
      int[] hits = new int[LISTS.size()];
      for (long w : words) {
        int[][] opened = BY_FIRST_WORD.get(w);
        if (opened != null) {
          for (int[] cue : opened) {
            CueList list = LISTS.get(cue[0]);
            if (list.single()[cue[1]] || lower.contains(list.cues().get(cue[1]))) {
              hits[cue[0]]++;
            }
          }
        }
      }
      wordCount = tokenCount;
      ellipsis = endsInEllipsis(text);
      complete = SentenceSplitter.isComplete(text);
      capitalised = alphabetic == 0 ? 0 : capital / (double) alphabetic;
      capsOpening = tokenCount > 0 && isCaps(text, firstStart, firstEnd)
          && (tokenCount == 1 || isCaps(text, secondStart, secondEnd)
              || text.startsWith("-", secondStart) && secondEnd - secondStart == 1
              || text.startsWith("--", secondStart) && secondEnd - secondStart == 2
              || text.charAt(firstEnd - 1) == ':');
      digits = visible == 0 ? 0 : digitCount / (double) visible;
      photo = hits[0];
      scene = hits[1];
      credit = hits[2];
      web = hits[3];
      dateEnd = dateNearEnd(lower);
      secondPerson = hits[10] > 0;
      finite = hits[4] > 0 || pastTense;
      said = hits[6] > 0;
      quote = quoted;
      String stripped = text.strip();
      parenthesis = stripped.startsWith("(") || stripped.startsWith("[")
          || stripped.endsWith(")") && stripped.lastIndexOf('(') > stripped.length() - 40;
      int colon = stripped.indexOf(':');
      labelColon = colon > 0 && colon < 25 && spaces(stripped, colon) <= 2;
      past = hits[5] > 0 || pastTense;
      wireDateline = wireDateline(stripped);
      captionPhrase = hits[7] > 0;
      creditPhrase = hits[8] > 0;
      weekdayDate = weekdayDate(lower);
      webPhrase = hits[9] > 0;
      handle = marked(text, '@');
      hashtag = marked(text, '#');
      postSignature = hits[11] > 0 || postSignature(lower);
      wireSlug = hits[12] > 0 || initials(stripped);
      openingEllipsis = stripped.startsWith("\u2026") || stripped.startsWith("...");
      commaDateEnd = BoilerplateFilter.endsInYear(stripped)
          && COMMA_DATE_END.matcher(stripped).find();
      cueful = photo > 0 || credit > 0 || web > 0 || ellipsis || parenthesis && wordCount <= 6;
      imperativeOpening = imperativeOpening(lower);
    }

    /**
     * Whether {@code lower} opens with an imperative: a word of {@link #IMPERATIVES}, or one of
     * {@link #IMPERATIVES_BEFORE_OBJECT} followed by a word of {@link #IMPERATIVE_OBJECTS}.
     */
    private static boolean imperativeOpening(String lower) {
      int start = 0;
      while (start < lower.length() && lower.charAt(start) == ' ') {
        start++;
      }
      int end = lower.indexOf(' ', start);
      if (end <= start) {
        return false;
      }
      String first = lower.substring(start, end);
      if (IMPERATIVES.contains(first)) {
        return true;
      }
      if (!IMPERATIVES_BEFORE_OBJECT.contains(first)) {
        return false;
      }
      int next = end + 1;
      int nextEnd = next;
      while (nextEnd < lower.length() && CharClass.isLetter(lower.charAt(nextEnd))) {
        nextEnd++;
      }
      return nextEnd > next && IMPERATIVE_OBJECTS.contains(lower.substring(next, nextEnd));
    }

    /**
     * A wire story's opening, "PLACE (AP) — ...": the lead of the story, however many capitals and
     * agency names it carries.
     */
    private static boolean wireDateline(String s) {
      int open = s.indexOf('(');
      int close = s.indexOf(')');
      if (open <= 0 || close < open || close > 60) {
        return false;
      }
      String after = s.substring(close + 1).stripLeading();
      return (after.startsWith("\u2014") || after.startsWith("\u2013") || after.startsWith("-")
          || after.startsWith("_")) && CharClass.isUpperCase(s.charAt(0));
    }

    /**
     * Whether {@code text} has a word that opens with {@code mark} ("@handle", "#tag"): the mark
     * at the start or after a space, a full stop or a bracket (not inside an e-mail address), a
     * letter or underscore after it (a handle may also open with a digit; "bus #30" is no tag).
     */
    private static boolean marked(String text, char mark) {
      for (int k = text.indexOf(mark); k >= 0; k = text.indexOf(mark, k + 1)) {
        char before = k == 0 ? ' ' : text.charAt(k - 1);
        char after = k + 1 < text.length() ? text.charAt(k + 1) : ' ';
        if ((CharClass.isWhitespace(before) || before == '.' || before == '(' || before == '"'
            || before == '\u201c')
            && (CharClass.isLetter(after) || after == '_' || mark == '@' && CharClass.isDigit(after))) {
          return true;
        }
      }
      return false;
    }

    /**
     * A wire editor's initials in brackets, "(scl)", "(ht-sf-fd)", "(pvs/lon/ji)": lower-case
     * letters with dashes, slashes or spaces between.
     */
    private static boolean initials(String s) {
      if (s.length() < 3 || s.length() > 30 || s.charAt(0) != '(' || !s.endsWith(")")) {
        return false;
      }
      for (int k = 1; k < s.length() - 1; k++) {
        char c = s.charAt(k);
        if (!(c >= 'a' && c <= 'z' || c == '-' || c == '/' || c == ' ')) {
          return false;
        }
      }
      return true;
    }

    /**
     * An embedded post's signature, "— Name (@handle) June 21, 2018": a handle in brackets
     * followed by a month and a number.
     */
    private static boolean postSignature(String lower) {
      int at = lower.indexOf("(@");
      while (at >= 0) {
        int close = lower.indexOf(')', at);
        if (close < 0) {
          return false;
        }
        String after = lower.substring(close + 1).stripLeading();
        for (String m : MONTHS) {
          if (after.startsWith(m)) {
            for (int k = m.length(); k < Math.min(after.length(), m.length() + 4); k++) {
              if (CharClass.isDigit(after.charAt(k))) {
                return true;
              }
            }
          }
        }
        at = lower.indexOf("(@", close);
      }
      return false;
    }

    /** How many spaces the first {@code end} characters of {@code s} hold. */
    private static int spaces(String s, int end) {
      int count = 0;
      for (int k = 0; k < end; k++) {
        if (s.charAt(k) == ' ') {
          count++;
        }
      }
      return count;
    }

    /** Whether {@code t[from, to)} has no lower-case letter and at least two letters. */
    private static boolean isCaps(String t, int from, int to) {
      int letters = 0;
      for (int k = from; k < to; k++) {
        char c = t.charAt(k);
        if (Character.isLowerCase(c)) {
          return false;
        }
        if (CharClass.isLetter(c)) {
          letters++;
        }
      }
      return letters >= 2;
    }

    /** A month name followed by a day or a year in the last 40 characters ("June 3, 2013."). */
    private static boolean dateNearEnd(String lower) {
      int from = Math.max(0, lower.length() - 40);
      // most sentences have no digit near their end, and then no month need be looked for
      int lastDigit = lower.length() - 1;
      while (lastDigit >= from && !CharClass.isDigit(lower.charAt(lastDigit))) {
        lastDigit--;
      }
      if (lastDigit < from) {
        return false;
      }
      for (String m : MONTHS) {
        int at = lower.indexOf(m, from);
        if (at >= 0 && at + m.length() <= lastDigit) {
          return true;
        }
      }
      return false;
    }

    /**
     * A weekday followed by a month, "Monday, Sept. 28, 2015": how wire captions date a photo;
     * stories say "on Monday" and leave the date out, or say "on Monday, Sept. 28".
     */
    private static boolean weekdayDate(String lower) {
      // every weekday ends in "day": one scan rules most sentences out before seven searches
      if (!lower.contains("day")) {
        return false;
      }
      for (String day : WEEKDAYS) {
        int at = lower.indexOf(day);
        while (at >= 0) {
          int k = at + day.length();
          if (k < lower.length() && lower.charAt(k) == ',') {
            k++;
          }
          while (k < lower.length() && lower.charAt(k) == ' ') {
            k++;
          }
          // "on Sunday, January 16" is how a story dates an event; a caption drops the "on"
          boolean on = at >= 3 && lower.startsWith("on ", at - 3);
          for (String month : MONTHS) {
            if (!on && lower.startsWith(month, k)) {
              return true;
            }
          }
          at = lower.indexOf(day, at + 1);
        }
      }
      return false;
    }
  }

  /**
   * Cue words and phrases, found through a sentence's words: a word when the sentence has it, a
   * phrase by a substring search made only when its first word is in the sentence (a few hundred
   * cues searched in every sentence of a cluster cost more than the rest of the pipeline).
   */
  private record CueList(List<String> cues, List<String> firstWords, boolean[] single) {
    static CueList of(String... cues) {
      List<String> first = new ArrayList<>();
      boolean[] single = new boolean[cues.length];
      for (int i = 0; i < cues.length; i++) {
        String c = cues[i];
        int from = 0;
        while (from < c.length() && !CharClass.isLetterOrDigit(c.charAt(from))) {
          from++;
        }
        int to = from;
        while (to < c.length() && CharClass.isLetterOrDigit(c.charAt(to))) {
          to++;
        }
        first.add(c.substring(from, to));
        single[i] = from == 0 && to == c.length();
      }
      return new CueList(List.of(cues), List.copyOf(first), single);
    }
  }

  /**
   * The cues of every list by the hash of their first word: open addressing over the hashes (a
   * slot is a hash's low bits, which {@link HashMix#of} mixes well), so a sentence's words are
   * looked up without boxing or copying them.
   */
  private static final class CueIndex {
    private final long[] keys;
    /** Slot to the {list, cue} pairs its key opens, or null when the slot is empty. */
    private final int[][][] cues;

    private CueIndex(long[] keys, int[][][] cues) {
      this.keys = keys;
      this.cues = cues;
    }

    static CueIndex of(List<CueList> lists) {
      Map<String, List<int[]>> byWord = new LinkedHashMap<>();
      for (int l = 0; l < lists.size(); l++) {
        CueList list = lists.get(l);
        for (int c = 0; c < list.cues().size(); c++) {
          byWord.computeIfAbsent(list.firstWords().get(c), k -> new ArrayList<>())
              .add(new int[] {l, c});
        }
      }
      int size = Integer.highestOneBit(4 * byWord.size());
      long[] keys = new long[size];
      int[][][] cues = new int[size][][];
      for (Map.Entry<String, List<int[]>> e : byWord.entrySet()) {
        String word = e.getKey();
        long key = HashMix.of(word, 0, word.length());
        int slot = (int) key & (size - 1);
        while (cues[slot] != null) {
          if (keys[slot] == key) {
            throw new IllegalStateException("two cue words share a hash: " + word);
          }
          slot = (slot + 1) & (size - 1);
        }
        keys[slot] = key;
        cues[slot] = e.getValue().toArray(new int[0][]);
      }
      return new CueIndex(keys, cues);
    }

    /** The {list, cue} pairs whose first word has hash {@code key}, or null for none. */
    int[][] get(long key) {
      int mask = keys.length - 1;
      for (int slot = (int) key & mask; cues[slot] != null; slot = (slot + 1) & mask) {
        if (keys[slot] == key) {
          return cues[slot];
        }
      }
      return null;
    }
  }
}

package dev.precis.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
      "alone_present", "wire_dateline", "caption_phrase", "credit_phrase", "weekday_date",
      "web_phrase");

  // cue words, matched on the lower-cased sentence with word boundaries on both sides
  private static final List<String> PHOTO = List.of(
      "photo", "photos", "photograph", "photographer", "pictured", "picture", "image", "images",
      "caption", "handout", "courtesy", "getty", "afp", "epa", "ap", "reuters", "associated press",
      "file photo", "screenshot", "graphic", "gallery", "video", "slideshow", "enlarge", "undated");
  /** Phrases that only captions and galleries use. */
  private static final List<String> CAPTION_PHRASES = List.of(
      "hide caption", "image caption", "media caption", "photos:", "photo:", "image:", "(photo",
      "ap photo", "file photo", "in this photo", "in this undated", "in this file", "undated photo",
      "photo released", "photo provided", "handout photo", "view photos", "full screen",
      "is shown", "are shown", "this graph shows", "this diagram shows", "this chart shows",
      "this image", "this photo", "pictured", "(l-r)", "from left", "file -");
  /** Phrases that only credit, contact and republication lines use. */
  private static final List<String> CREDIT_PHRASES = List.of(
      "contributed to this report", "contributed reporting", "contributed to this story",
      "reporting by", "writing by", "editing by", "with assistance from", "can be reached at",
      "to contact the", "follow @", "follow us", "staff writer", "writes the", "is a reporter",
      "originally published", "republished with permission", "this story has been corrected",
      "this article has been updated", "this corrects");
  /** Phrases of the page around a story: newsletters, alerts, sharing, archives. */
  private static final List<String> WEB_PHRASES = List.of(
      "to your inbox", "in your inbox", "newsletter", "news alerts", "sign up", "subscribe",
      "reproduced with permission", "email them to", "upload them to", "this crawl",
      "wayback machine", "internet archive", "click here", "read more", "more videos",
      "you might also like", "recommended for you", "share this", "stories that matter",
      "delivered weekday", "delivered daily", "terms of use", "privacy policy");
  private static final List<String> SCENE = List.of(
      "shows", "speaks", "walks", "holds", "looks", "stands", "arrives", "waves", "poses",
      "sits", "smiles", "gestures", "attends", "listens", "is seen", "are seen", "left", "right",
      "center", "centre", "front", "background", "in this", "file -");
  private static final List<String> CREDIT = List.of(
      "contributed", "contributed to this report", "reporting by", "editing by", "writer",
      "correspondent", "staff", "follow", "email", "e-mail", "twitter", "columnist", "author",
      "editor", "reporter", "can be reached", "contact");
  private static final List<String> WEB = List.of(
      "share", "shared", "subscribe", "subscribing", "newsletter", "sign up", "click", "read more",
      "related", "watch", "watched", "replay", "autoplay", "comments", "comment", "advertisement",
      "copyright", "rights reserved", "http", "https", "www", ".com", "pic.twitter.com", "more videos",
      "must watch", "learn more", "embed", "inbox", "playbook", "podcast", "download", "app");
  private static final List<String> FINITE = List.of(
      "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
      "does", "do", "may", "might", "should", "must", "said", "says", "say", "told", "tells");
  /** Past-tense words that do not end in "-ed": news tells what happened, captions what shows. */
  private static final List<String> PAST = List.of(
      "was", "were", "had", "did", "said", "told", "made", "took", "came", "went", "got", "gave",
      "found", "left", "met", "won", "lost", "began", "fell", "rose", "saw", "became", "held",
      "led", "paid", "sent", "spent", "thought", "brought", "built", "knew", "ran", "stood",
      "struck", "broke", "chose", "drew", "flew", "fought", "kept", "wrote", "spoke", "sold",
      "shot", "ago", "earlier", "last week", "last year", "yesterday");
  private static final List<String> SAID = List.of(
      "said", "says", "told", "tells", "according to", "added", "asked", "wrote", "explained");
  private static final List<String> MONTHS = List.of(
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december", "jan.", "feb.", "aug.", "sept.", "sep.", "oct.", "nov.",
      "dec.");

  private static final List<String> WEEKDAYS = List.of(
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

  private FurnitureFeatures() {}

  /** One row of {@link #NAMES} features for each sentence of one article's page. */
  public static double[][] of(List<PageSentence> page) {
    int n = page.size();
    double[][] x = new double[n][];
    Cues[] s = new Cues[n];
    for (int i = 0; i < n; i++) {
      s[i] = new Cues(page.get(i).text());
    }
    for (int i = 0; i < n; i++) {
      Cues a = s[i];
      int paragraph = page.get(i).paragraph();
      boolean alone = (i == 0 || page.get(i - 1).paragraph() != paragraph)
          && (i == n - 1 || page.get(i + 1).paragraph() != paragraph);
      double similarity = 0;
      double cues = 0;
      for (int j : new int[] {i - 1, i + 1}) {
        if (j >= 0 && j < n) {
          similarity = Math.max(similarity, jaccard(a.words, s[j].words));
          cues = Math.max(cues, s[j].cueful ? 1 : 0);
        }
      }
      x[i] = new double[] {
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
          cues,
          a.past ? 1 : 0,
          alone && !a.past && !a.quote ? 1 : 0,
          a.wireDateline ? 1 : 0,
          a.captionPhrase ? 1 : 0,
          a.creditPhrase ? 1 : 0,
          a.weekdayDate ? 1 : 0,
          a.webPhrase ? 1 : 0};
    }
    return x;
  }

  /** Whether a sentence ends in "..." or "…": a teaser cut off, not a sentence. */
  public static boolean endsInEllipsis(String text) {
    int end = text.length();
    while (end > 0 && "\"'\u201d\u2019)]".indexOf(text.charAt(end - 1)) >= 0
        || end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end > 0 && text.charAt(end - 1) == '\u2026'
        || end >= 3 && text.startsWith("...", end - 3);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return common / (double) (a.size() + b.size() - common);
  }

  /** The properties of one sentence that its features are made of. */
  private static final class Cues {
    final Set<String> words = new HashSet<>();
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

    Cues(String text) {
      String[] tokens = text.strip().split("\\s+");
      String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
      int alphabetic = 0;
      int capital = 0;
      for (int k = 0; k < tokens.length; k++) {
        String t = tokens[k];
        if (!t.isEmpty() && Character.isLetter(t.charAt(0))) {
          words.add(t.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
          if (k > 0) {
            alphabetic++;
            if (Character.isUpperCase(t.charAt(0))) {
              capital++;
            }
          }
        }
      }
      wordCount = text.isBlank() ? 0 : tokens.length;
      ellipsis = endsInEllipsis(text);
      complete = SentenceSplitter.isComplete(text);
      capitalised = alphabetic == 0 ? 0 : capital / (double) alphabetic;
      capsOpening = tokens.length > 0 && isCaps(tokens[0])
          && (tokens.length == 1 || isCaps(tokens[1]) || tokens[1].equals("-")
              || tokens[1].equals("--") || tokens[0].endsWith(":"));
      int digitCount = 0;
      int visible = 0;
      for (int k = 0; k < text.length(); k++) {
        char c = text.charAt(k);
        if (!Character.isWhitespace(c)) {
          visible++;
          if (Character.isDigit(c)) {
            digitCount++;
          }
        }
      }
      digits = visible == 0 ? 0 : digitCount / (double) visible;
      photo = count(lower, PHOTO);
      scene = count(lower, SCENE);
      credit = count(lower, CREDIT);
      web = count(lower, WEB);
      dateEnd = dateNearEnd(lower);
      secondPerson = count(lower, List.of("you", "your", "you're", "you'll")) > 0;
      finite = count(lower, FINITE) > 0 || hasPastTense(tokens);
      said = count(lower, SAID) > 0;
      quote = text.indexOf('"') >= 0 || text.indexOf('\u201c') >= 0 || text.indexOf('\u201d') >= 0
          || text.contains("``") || text.contains("''");
      String stripped = text.strip();
      parenthesis = stripped.startsWith("(") || stripped.startsWith("[")
          || stripped.endsWith(")") && stripped.lastIndexOf('(') > stripped.length() - 40;
      int colon = stripped.indexOf(':');
      labelColon = colon > 0 && colon < 25 && stripped.substring(0, colon).split(" ").length <= 3;
      past = count(lower, PAST) > 0 || hasPastTense(tokens);
      wireDateline = wireDateline(stripped);
      captionPhrase = contains(lower, CAPTION_PHRASES);
      creditPhrase = contains(lower, CREDIT_PHRASES);
      weekdayDate = weekdayDate(lower);
      webPhrase = contains(lower, WEB_PHRASES);
      cueful = photo > 0 || credit > 0 || web > 0 || ellipsis || parenthesis && wordCount <= 6;
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
          || after.startsWith("_")) && Character.isUpperCase(s.charAt(0));
    }

    private static boolean isCaps(String t) {
      int letters = 0;
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (Character.isLowerCase(c)) {
          return false;
        }
        if (Character.isLetter(c)) {
          letters++;
        }
      }
      return letters >= 2;
    }

    private static boolean hasPastTense(String[] tokens) {
      for (String t : tokens) {
        if (t.length() > 4 && t.endsWith("ed") && Character.isLowerCase(t.charAt(0))) {
          return true;
        }
      }
      return false;
    }

    /** A month name followed by a day or a year in the last 40 characters ("June 3, 2013."). */
    private static boolean dateNearEnd(String lower) {
      int from = Math.max(0, lower.length() - 40);
      String tail = lower.substring(from);
      for (String m : MONTHS) {
        int at = tail.indexOf(m);
        if (at >= 0) {
          for (int k = at + m.length(); k < tail.length(); k++) {
            if (Character.isDigit(tail.charAt(k))) {
              return true;
            }
          }
        }
      }
      return false;
    }

    /**
     * A weekday followed by a month, "Monday, Sept. 28, 2015": how wire captions date a photo;
     * stories say "on Monday" and leave the date out.
     */
    private static boolean weekdayDate(String lower) {
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
          for (String month : MONTHS) {
            if (lower.startsWith(month, k)) {
              return true;
            }
          }
          at = lower.indexOf(day, at + 1);
        }
      }
      return false;
    }

    private static boolean contains(String lower, List<String> phrases) {
      for (String phrase : phrases) {
        if (lower.contains(phrase)) {
          return true;
        }
      }
      return false;
    }

    /** How many cues occur as whole words (or phrases) in {@code lower}, which is space-padded. */
    private static int count(String lower, List<String> cues) {
      int found = 0;
      for (String cue : cues) {
        int at = lower.indexOf(cue);
        while (at >= 0) {
          char before = lower.charAt(at - 1);
          int end = at + cue.length();
          char after = end < lower.length() ? lower.charAt(end) : ' ';
          if (!Character.isLetterOrDigit(before) && !Character.isLetterOrDigit(after)
              || cue.charAt(0) == '.') {
            found++;
            break;
          }
          at = lower.indexOf(cue, at + 1);
        }
      }
      return found;
    }
  }
}

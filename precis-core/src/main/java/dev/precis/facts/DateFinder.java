package dev.precis.facts;

import dev.precis.text.CharClass;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates one article mentions and writes them in ISO-8601 where the text, or the
 * article's own date, allows.
 */
final class DateFinder {

  /** One date in one article. */
  record Found(String text, String normalized, DateMention.Resolution resolution, int start) {}

  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept\\.|Sep\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final String WEEKDAY = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(1[5-9]\\d\\d|20\\d\\d)";

  // Tried in this order at each word start; see Scan.
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  /** "April 13, 2017", "Monday, April 10, 2017", "Jan. 5" */
  private static final Pattern MONTH_DAY =
      Pattern.compile("(?:\\b" + WEEKDAY + ",?\\s+)?\\b" + MONTH + "\\s+" + DAY + "\\b(?:,?\\s+" + YEAR + "\\b)?");
  /** "13 April 2017", "4 April" */
  private static final Pattern DAY_MONTH =
      Pattern.compile("(?:\\b" + WEEKDAY + ",?\\s+)?\\b" + DAY + "\\s+" + MONTH + "(?:,?\\s+" + YEAR + "\\b)?");
  /** "September 2014" */
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+" + YEAR + "\\b");
  /** "1973-90", "1976-1983" */
  private static final Pattern YEAR_RANGE =
      Pattern.compile("\\b" + YEAR + "\\s?[-–]\\s?(\\d{2}|\\d{4})\\b(?![-–]\\d)");
  /** A year, only where a preceding word makes it one: "in 1996", not "1500 people". */
  private static final Pattern YEAR_ALONE = Pattern.compile("\\b" + YEAR + "\\b(?![-–.,]?\\d)");
  private static final Set<String> YEAR_CUES =
      Set.of("in", "since", "until", "till", "by", "of", "from", "before", "after", "during",
          "early", "late", "mid", "mid-", "the", "year", "around", "through", "between", "and", "to");
  private static final Pattern WEEKDAY_ALONE = Pattern.compile("\\b" + WEEKDAY + "\\b");
  /** Words that make a weekday look ahead of the publication date rather than back. */
  private static final Pattern FUTURE =
      Pattern.compile("\\b(will|would|shall|due|next|plans?|planned|scheduled|expected|set to|is to|are to|coming)\\b");

  /**
   * The longest date text kept: "Wednesday, September 30th, 2017" has 31 characters; a match
   * longer than this spans a run of white space, not a date as written.
   */
  static final int MAX_DATE_CHARS = 40;

  /** The first three letters of every month's and weekday's name, as the patterns spell them. */
  private static final String NAME_OPENINGS = "JanFebMarAprMayJunJulAugSepOctNovDec"
      + "MonTueWedThuFriSatSun";
  /** Their first letters: most capitalised words are ruled out by one look-up. */
  private static final String NAME_INITIALS = "JFMASONDTW";

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateFinder() {}

  /**
   * @param published the article's publication date, or null; fills in missing years and weekdays
   */
  static List<Found> find(String text, LocalDate published) {
    return new Scan(text, published).run();
  }

  /**
   * One pass over one text. Patterns are tried only where a word starts with a digit or with the
   * first three letters of a month's or a weekday's name, most specific first, so "Monday, April 10, 2017" is one date and
   * not three; trying each pattern at every position was five times slower.
   */
  private static final class Scan {
    private final String text;
    private final LocalDate published;
    private final Matcher iso;
    private final Matcher monthDay;
    private final Matcher dayMonth;
    private final Matcher monthYear;
    private final Matcher yearRange;
    private final Matcher year;
    private final Matcher weekday;
    private final List<Found> found = new ArrayList<>();

    Scan(String text, LocalDate published) {
      this.text = text;
      this.published = published;
      iso = matcher(ISO);
      monthDay = matcher(MONTH_DAY);
      dayMonth = matcher(DAY_MONTH);
      monthYear = matcher(MONTH_YEAR);
      yearRange = matcher(YEAR_RANGE);
      year = matcher(YEAR_ALONE);
      weekday = matcher(WEEKDAY_ALONE);
    }

    private Matcher matcher(Pattern pattern) {
      // transparent bounds let \b and look-arounds see the text around the region
      return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    List<Found> run() {
      int n = text.length();
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        boolean wordStart = i == 0 || !CharClass.isLetterOrDigit(text.charAt(i - 1));
        int end = wordStart && (CharClass.isDigit(c) || opensName(text, i)) ? dateAt(i) : -1;
        i = end > i ? end : i + 1;
      }
      return found;
    }

    /**
     * Whether a month's or a weekday's name may start at {@code i}: every pattern that can match
     * at a letter opens with one, and their first three letters tell them from the capitalised
     * words ("The", "When", "State") that would otherwise be put to seven patterns each.
     */
    private static boolean opensName(String text, int i) {
      if (i + 3 > text.length() || NAME_INITIALS.indexOf(text.charAt(i)) < 0) {
        return false;
      }
      for (int k = 0; k < NAME_OPENINGS.length(); k += 3) {
        if (text.regionMatches(i, NAME_OPENINGS, k, 3)) {
          return true;
        }
      }
      return false;
    }

    /** Records the date starting at {@code i}, if any; returns where it ends, or -1. */
    private int dateAt(int i) {
      if (at(iso, i)) {
        LocalDate date = date(num(iso.group(1)), num(iso.group(2)), num(iso.group(3)));
        return date == null ? -1 : add(iso, date.toString(), DateMention.Resolution.WRITTEN);
      }
      if (at(monthDay, i)) {
        return dayAndMonth(monthDay, 2, 3, 4);
      }
      if (at(dayMonth, i)) {
        return dayAndMonth(dayMonth, 3, 2, 4);
      }
      if (at(monthYear, i)) {
        String normalized =
            String.format(Locale.ROOT, "%s-%02d", monthYear.group(2), month(monthYear.group(1)));
        return add(monthYear, normalized, DateMention.Resolution.WRITTEN);
      }
      if (at(yearRange, i)) {
        int from = num(yearRange.group(1));
        String last = yearRange.group(2);
        int to = last.length() == 4 ? num(last) : from / 100 * 100 + num(last);
        if (to > from && to - from < 100) {
          return add(yearRange, from + "/" + to, DateMention.Resolution.WRITTEN);
        }
      }
      if (at(year, i) && YEAR_CUES.contains(wordBefore(text, i))) {
        return add(year, year.group(1), DateMention.Resolution.WRITTEN);
      }
      if (at(weekday, i)) {
        if (published == null) {
          return add(weekday, null, DateMention.Resolution.UNRESOLVED);
        }
        DayOfWeek day = DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT));
        boolean ahead = FUTURE.matcher(sentenceBefore(text, i)).find();
        LocalDate date = published.with(ahead
            ? TemporalAdjusters.nextOrSame(day)
            : TemporalAdjusters.previousOrSame(day));
        return add(weekday, date.toString(), DateMention.Resolution.ARTICLE_DATE);
      }
      return -1;
    }

    private int dayAndMonth(Matcher m, int monthGroup, int dayGroup, int yearGroup) {
      int month = month(m.group(monthGroup));
      int day = num(m.group(dayGroup));
      String written = m.group(yearGroup);
      if (written != null) {
        LocalDate date = date(num(written), month, day);
        return date == null ? -1 : add(m, date.toString(), DateMention.Resolution.WRITTEN);
      }
      if (published != null) {
        LocalDate date = nearest(published, month, day);
        return date == null ? -1 : add(m, date.toString(), DateMention.Resolution.ARTICLE_DATE);
      }
      return day >= 1 && day <= 31 ? add(m, null, DateMention.Resolution.UNRESOLVED) : -1;
    }

    private boolean at(Matcher m, int i) {
      m.region(i, text.length());
      return m.lookingAt();
    }

    private int add(Matcher m, String normalized, DateMention.Resolution resolution) {
      if (m.end() - m.start() > MAX_DATE_CHARS) {
        return m.end();
      }
      found.add(new Found(text.substring(m.start(), m.end()), normalized, resolution, m.start()));
      return m.end();
    }
  }

  /** "Dec. 28" in an article of January 3 is last December, not the one ahead. */
  private static LocalDate nearest(LocalDate published, int month, int day) {
    LocalDate best = null;
    for (int year = published.getYear() - 1; year <= published.getYear() + 1; year++) {
      LocalDate date = date(year, month, day);
      if (date != null && (best == null
          || Math.abs(ChronoUnit.DAYS.between(published, date))
              < Math.abs(ChronoUnit.DAYS.between(published, best)))) {
        best = date;
      }
    }
    return best;
  }

  /** The lower-cased word just before {@code at}, skipping one space; "" if none. */
  private static String wordBefore(String text, int at) {
    int end = at;
    while (end > 0 && CharClass.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    int start = end;
    while (start > 0 && (CharClass.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-')) {
      start--;
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  private static String sentenceBefore(String text, int at) {
    int from = Math.max(0, at - 120);
    for (int i = at - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '\n') {
        from = i + 1;
        break;
      }
    }
    return text.substring(from, at);
  }

  /** The article's date as a day, from an ISO date or timestamp; null for anything else. */
  static LocalDate publicationDate(String date) {
    return dev.precis.text.ArticleDates.parse(date).orElse(null);
  }

  private static int month(String name) {
    return MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static LocalDate date(int year, int month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}

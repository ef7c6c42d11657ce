package dev.precis.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  // Tried in this order; a later pattern never takes text an earlier one matched.
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
  private static final Pattern YEAR_ALONE =
      Pattern.compile("\\b(?i:in|since|until|till|by|of|from|before|after|during|early|late|mid-?|the|year|around|through|between|and|to|since)\\s+" + YEAR + "\\b(?![-–.,]?\\d)");
  private static final Pattern WEEKDAY_ALONE = Pattern.compile("\\b" + WEEKDAY + "\\b");
  /** Words that make a weekday look ahead of the publication date rather than back. */
  private static final Pattern FUTURE =
      Pattern.compile("\\b(will|would|shall|due|next|plans?|planned|scheduled|expected|set to|is to|are to|coming)\\b");

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private DateFinder() {}

  /**
   * @param published the article's publication date, or null; fills in missing years and weekdays
   */
  static List<Found> find(String text, LocalDate published) {
    List<Found> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length()];

    Matcher m = ISO.matcher(text);
    while (m.find()) {
      LocalDate date = date(num(m.group(1)), num(m.group(2)), num(m.group(3)));
      if (date != null) {
        take(found, taken, m.start(), m.end(), text, date.toString(), DateMention.Resolution.WRITTEN);
      }
    }
    dayAndMonth(MONTH_DAY.matcher(text), 2, 3, 4, text, published, taken, found);
    dayAndMonth(DAY_MONTH.matcher(text), 3, 2, 4, text, published, taken, found);
    m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      String normalized = String.format(Locale.ROOT, "%s-%02d", m.group(2), month(m.group(1)));
      take(found, taken, m.start(), m.end(), text, normalized, DateMention.Resolution.WRITTEN);
    }
    m = YEAR_RANGE.matcher(text);
    while (m.find()) {
      int from = num(m.group(1));
      String end = m.group(2);
      int to = end.length() == 4 ? num(end) : from / 100 * 100 + num(end);
      if (to > from && to - from < 100) {
        take(found, taken, m.start(), m.end(), text, from + "/" + to, DateMention.Resolution.WRITTEN);
      }
    }
    m = YEAR_ALONE.matcher(text);
    while (m.find()) {
      take(found, taken, m.start(1), m.end(1), text, m.group(1), DateMention.Resolution.WRITTEN);
    }
    m = WEEKDAY_ALONE.matcher(text);
    while (m.find()) {
      String normalized = null;
      DateMention.Resolution resolution = DateMention.Resolution.UNRESOLVED;
      if (published != null) {
        DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        boolean ahead = FUTURE.matcher(sentenceBefore(text, m.start())).find();
        LocalDate date = published.with(ahead
            ? TemporalAdjusters.nextOrSame(day)
            : TemporalAdjusters.previousOrSame(day));
        normalized = date.toString();
        resolution = DateMention.Resolution.ARTICLE_DATE;
      }
      take(found, taken, m.start(), m.end(), text, normalized, resolution);
    }
    found.sort((x, y) -> Integer.compare(x.start(), y.start()));
    return found;
  }

  private static void dayAndMonth(Matcher m, int monthGroup, int dayGroup, int yearGroup, String text,
      LocalDate published, boolean[] taken, List<Found> found) {
    while (m.find()) {
      int month = month(m.group(monthGroup));
      int day = num(m.group(dayGroup));
      String year = m.group(yearGroup);
      if (year != null) {
        LocalDate date = date(num(year), month, day);
        if (date != null) {
          take(found, taken, m.start(), m.end(), text, date.toString(), DateMention.Resolution.WRITTEN);
        }
      } else if (published != null) {
        LocalDate date = nearest(published, month, day);
        if (date != null) {
          take(found, taken, m.start(), m.end(), text, date.toString(), DateMention.Resolution.ARTICLE_DATE);
        }
      } else if (day >= 1 && day <= 31) {
        take(found, taken, m.start(), m.end(), text, null, DateMention.Resolution.UNRESOLVED);
      }
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

  private static void take(List<Found> found, boolean[] taken, int start, int end, String text,
      String normalized, DateMention.Resolution resolution) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return;
      }
    }
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
    found.add(new Found(text.substring(start, end), normalized, resolution, start));
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
    if (date == null || date.length() < 10) {
      return null;
    }
    Matcher m = ISO.matcher(date.substring(0, 10));
    return m.matches() ? date(num(m.group(1)), num(m.group(2)), num(m.group(3))) : null;
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

package dev.precis.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication dates articles come with, in the formats feeds and pages use. */
public final class ArticleDates {
  private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\D|$)");
  /** Seconds or milliseconds since 1970, as feeds and databases export them. */
  private static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");
  /** 23/11/2026, 11/23/2026, 23.11.2026, 23-11-2026: the year last, day and month either way. */
  private static final Pattern YEAR_LAST =
      Pattern.compile("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})(?:\\D|$)");
  private static final Pattern OPENING_WEEKDAY =
      Pattern.compile("(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+");
  private static final Pattern ORDINAL_SUFFIX = Pattern.compile("(\\d)(?:st|nd|rd|th)\\b");
  /** From here on a number since 1970 counts milliseconds (as seconds it would be year 5138). */
  private static final long FIRST_MILLISECOND = 100_000_000_000L;
  private static final List<DateTimeFormatter> WRITTEN = List.of(
      DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH),
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));

  private ArticleDates() {}

  /** The calendar day of a date as written, or empty when it cannot be read. Never throws. */
  public static Optional<LocalDate> parse(String written) {
    if (written == null || written.isBlank() || written.length() > 100) {
      return Optional.empty();
    }
    String s = written.strip();
    if (EPOCH.matcher(s).matches()) {
      return Optional.of(LocalDate.ofInstant(instant(Long.parseLong(s)), ZoneOffset.UTC));
    }
    Matcher yearLast = YEAR_LAST.matcher(s);
    if (yearLast.find()) {
      return yearLast(yearLast);
    }
    for (Pattern p : List.of(ISO_DAY, SLASHED, COMPACT)) {
      Matcher m = p.matcher(s);
      if (m.find()) {
        Optional<LocalDate> d = day(m.group(1), m.group(2), m.group(3));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    try {
      return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    try {
      return Optional.of(OffsetDateTime.parse(s).toLocalDate());
    } catch (DateTimeParseException ignored) {
      // try the next format
    }
    String cleaned = ORDINAL_SUFFIX.matcher(OPENING_WEEKDAY.matcher(s).replaceAll(""))
        .replaceAll("$1").replace(".", "");
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return Optional.of(LocalDate.parse(cleaned, f));
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
    }
    return Optional.empty();
  }

  /**
   * Why {@link #parse} cannot read a date, in a few words for a warning ("day and month could be
   * either way round"), or empty when it can, or when there is nothing more to say than that.
   */
  public static Optional<String> problem(String written) {
    if (written == null || parse(written).isPresent()) {
      return Optional.empty();
    }
    Matcher m = YEAR_LAST.matcher(written.strip());
    if (m.find() && !m.group(2).equals(".")) {
      return Optional.of("day and month could be either way round");
    }
    return Optional.empty();
  }

  /**
   * A date that came as a number, as text {@link #parse} reads and people recognise: 9 to 13
   * digits are seconds or milliseconds since 1970 (milliseconds from {@value #FIRST_MILLISECOND})
   * and become an ISO-8601 instant; any other number stays as its digits (20170413 is a day).
   */
  public static String ofNumber(long value) {
    String digits = Long.toString(value);
    return EPOCH.matcher(digits).matches() ? instant(value).toString() : digits;
  }

  private static Instant instant(long value) {
    return value >= FIRST_MILLISECOND ? Instant.ofEpochMilli(value) : Instant.ofEpochSecond(value);
  }

  /**
   * Day and month in the order they can only be: the one above 12 is the day. With both 12 or
   * less the order is a convention of the writer's country (3/4 is 3 April in Britain, March 4 in
   * the United States), so such a date is read only with dots, which only day-first countries
   * use, or when both are the same.
   */
  private static Optional<LocalDate> yearLast(Matcher m) {
    String first = m.group(1);
    String second = m.group(3);
    String year = m.group(4);
    int a = Integer.parseInt(first);
    int b = Integer.parseInt(second);
    if (a > 12 || m.group(2).equals(".") || a == b) {
      return day(year, second, first);
    }
    if (b > 12) {
      return day(year, first, second);
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> day(String y, String m, String d) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }
}

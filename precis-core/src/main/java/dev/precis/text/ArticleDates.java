package dev.precis.text;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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
    String cleaned = s.replaceAll("(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\\s+", "")
        .replaceAll("(\\d)(?:st|nd|rd|th)\\b", "$1").replace(".", "");
    for (DateTimeFormatter f : WRITTEN) {
      try {
        return Optional.of(LocalDate.parse(cleaned, f));
      } catch (DateTimeParseException ignored) {
        // try the next format
      }
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

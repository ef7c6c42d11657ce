package dev.precis.update;

import dev.precis.PrecisException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The moment a reader last read a story: a day ({@code 2026-03-09}, from its start) or an instant
 * ({@code 2026-03-09T18:00Z}; without an offset, UTC).
 *
 * @param written as the reader gave it
 * @param day the day, or the instant's day in UTC
 * @param instant the instant, or null when only a day was given
 */
public record Since(String written, LocalDate day, Instant instant) {

  /** Reads an ISO date or date-time; anything else is one clear error naming the value. */
  public static Since parse(String written) {
    if (written == null || written.isBlank()) {
      throw new PrecisException("no date given for 'since': give an ISO date (2026-03-09) or "
          + "date-time (2026-03-09T18:00Z)");
    }
    String s = written.strip();
    if (s.length() <= 40) {
      try {
        return new Since(s, LocalDate.parse(s), null);
      } catch (DateTimeParseException ignored) {
        // a date-time, perhaps
      }
      try {
        Instant instant = OffsetDateTime.parse(s).toInstant();
        return new Since(s, LocalDate.ofInstant(instant, ZoneOffset.UTC), instant);
      } catch (DateTimeParseException ignored) {
        // without an offset, perhaps
      }
      try {
        Instant instant = LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        return new Since(s, LocalDate.ofInstant(instant, ZoneOffset.UTC), instant);
      } catch (DateTimeParseException ignored) {
        // not a date: said below
      }
    }
    String shown = s.length() > 40 ? s.substring(0, 40) + "..." : s;
    throw new PrecisException("cannot read the date '" + shown + "' for 'since': give an ISO date "
        + "(2026-03-09) or date-time (2026-03-09T18:00Z, 2026-03-09T18:00+01:00)");
  }

  @Override
  public String toString() {
    return written;
  }
}

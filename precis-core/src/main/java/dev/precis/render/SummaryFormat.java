package dev.precis.render;

import dev.precis.PrecisException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The forms a summary can be written in. */
public enum SummaryFormat {
  TEXT,
  MARKDOWN,
  JSON,
  HTML;

  public static SummaryFormat parse(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new PrecisException("unknown format '" + name + "'; valid formats: "
          + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", ")));
    }
  }
}

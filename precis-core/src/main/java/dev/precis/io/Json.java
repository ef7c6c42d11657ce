package dev.precis.io;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

/** The shared Jackson objects: thread-safe, and costly enough to build only once per JVM. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  /** For one JSON value per line: "{...} {...}" on one line is an error, not two articles. */
  static final ObjectReader SINGLE_VALUE =
      MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}
}

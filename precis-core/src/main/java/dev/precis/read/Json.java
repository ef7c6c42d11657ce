package dev.precis.read;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The shared Jackson objects: thread-safe, and costly enough to build only once per JVM. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}
}

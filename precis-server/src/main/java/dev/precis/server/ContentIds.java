package dev.precis.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Ids for articles that come without one, made from their content: the same article sent twice
 * (a client retrying after a lost answer) gets the same id and is stored once.
 */
final class ContentIds {
  private ContentIds() {}

  static String of(JsonNode node, String text) {
    StringBuilder b = new StringBuilder();
    for (String field : new String[] {"title", "date", "url", "source"}) {
      JsonNode v = node.get(field);
      // a date may come as a number; the same article with another date is another article
      b.append(v != null && (v.isTextual() || v.isNumber()) ? v.asText().strip() : "")
          .append('\u0000');
    }
    b.append(text);
    return "a-" + sha256(b.toString()).substring(0, 20);
  }

  static String sha256(String s) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}

package dev.precis.eval.rouge;

import java.util.HashMap;
import java.util.Map;

/**
 * Dense int ids for the tokens of one topic (one peer and its models), so that n-grams pack into
 * longs and LCS compares ints. It lives only while one topic is scored, which keeps memory
 * independent of how many topics an evaluation holds.
 */
final class Vocabulary {
  private final Map<String, Integer> ids = new HashMap<>();

  int id(String token) {
    Integer id = ids.get(token);
    if (id == null) {
      id = ids.size();
      ids.put(token, id);
    }
    return id;
  }

  int size() {
    return ids.size();
  }
}

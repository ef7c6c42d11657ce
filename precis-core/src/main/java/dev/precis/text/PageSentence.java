package dev.precis.text;

import java.util.Objects;

/**
 * One sentence of an article as the page laid it out, before any shortening: what the furniture
 * classifier reads, sentence by sentence with its neighbours.
 *
 * @param text the sentence, white space folded
 * @param paragraph index of its paragraph in the article (0-based), so that a sentence alone in
 *     its paragraph (a caption, a credit line) can be told from one inside prose
 */
public record PageSentence(String text, int paragraph) {

  public PageSentence {
    Objects.requireNonNull(text, "text");
  }
}

package dev.precis.facts;

import dev.precis.text.CharClass;

/**
 * A word or a punctuation mark of an article.
 *
 * @param text the characters, without a possessive "'s"
 * @param start offset in the article text
 * @param end offset after the last character, possessive included
 * @param word true for words and numbers, false for punctuation
 * @param sentenceStart first word of a sentence, line, or quotation that opens a sentence
 * @param lineStart first token on its line
 * @param possessive the word ended in "'s" (or "’s"), which {@code text} leaves out
 */
record Token(
    String text,
    int start,
    int end,
    boolean word,
    boolean sentenceStart,
    boolean lineStart,
    boolean possessive) {

  boolean isCapitalized() {
    return word && CharClass.isUpperCase(text.charAt(0));
  }

  boolean is(char punctuation) {
    return !word && text.length() == 1 && text.charAt(0) == punctuation;
  }
}

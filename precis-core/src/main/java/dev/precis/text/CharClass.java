package dev.precis.text;

/**
 * What kind of character a {@code char} is: letter, digit, upper case, white space. Each test
 * answers as {@link Character}'s method of the same name does, for every {@code char}; for
 * Latin-1 (nearly every character of English news) the answer comes from a table.
 *
 * <p>Why not call {@link Character} directly: its tests reach the answer through a lookup of the
 * character's block and a call to that block's table ({@code CharacterData.of(c).getType(c)}).
 * The quick-starting C1 JIT, which runs the command line, does not inline that call, and the
 * text stages ask these questions of every character they read: a tenth of a summary's CPU time
 * at C1 was in {@code Character}.
 *
 * <pre>{@code
 * if (CharClass.isLetterOrDigit(text.charAt(i))) { ... }
 * }</pre>
 */
public final class CharClass {
  private static final int LETTER = 1;
  private static final int DIGIT = 2;
  private static final int LETTER_OR_DIGIT = 4;
  private static final int UPPER_CASE = 8;
  private static final int WHITESPACE = 16;
  private static final int TABLED = 256;
  private static final byte[] KINDS = new byte[TABLED];

  static {
    for (char c = 0; c < TABLED; c++) {
      KINDS[c] = (byte) ((Character.isLetter(c) ? LETTER : 0)
          | (Character.isDigit(c) ? DIGIT : 0)
          | (Character.isLetterOrDigit(c) ? LETTER_OR_DIGIT : 0)
          | (Character.isUpperCase(c) ? UPPER_CASE : 0)
          | (Character.isWhitespace(c) ? WHITESPACE : 0));
    }
  }

  private CharClass() {}

  /** As {@link Character#isLetter(char)}. */
  public static boolean isLetter(char c) {
    return c < TABLED ? (KINDS[c] & LETTER) != 0 : Character.isLetter(c);
  }

  /** As {@link Character#isDigit(char)}. */
  public static boolean isDigit(char c) {
    return c < TABLED ? (KINDS[c] & DIGIT) != 0 : Character.isDigit(c);
  }

  /** As {@link Character#isLetterOrDigit(char)}. */
  public static boolean isLetterOrDigit(char c) {
    return c < TABLED ? (KINDS[c] & LETTER_OR_DIGIT) != 0 : Character.isLetterOrDigit(c);
  }

  /** As {@link Character#isUpperCase(char)}. */
  public static boolean isUpperCase(char c) {
    return c < TABLED ? (KINDS[c] & UPPER_CASE) != 0 : Character.isUpperCase(c);
  }

  /** As {@link Character#isWhitespace(char)}. */
  public static boolean isWhitespace(char c) {
    return c < TABLED ? (KINDS[c] & WHITESPACE) != 0 : Character.isWhitespace(c);
  }

  /**
   * Whether {@code c} is a combining mark, spacing or not (an accent written as its own
   * character): as {@link Character#getType(char)} being {@link Character#NON_SPACING_MARK} or
   * {@link Character#COMBINING_SPACING_MARK}. No Latin-1 character is one.
   */
  public static boolean isCombiningMark(char c) {
    if (c < TABLED) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
  }
}

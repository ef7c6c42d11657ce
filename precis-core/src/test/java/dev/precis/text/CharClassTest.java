package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharClassTest {
  @Test
  void answersAsCharacterDoesForEveryChar() {
    int differences = 0;
    StringBuilder first = new StringBuilder();
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      int type = Character.getType(c);
      boolean mark = type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
      boolean same = CharClass.isLetter(c) == Character.isLetter(c)
          && CharClass.isDigit(c) == Character.isDigit(c)
          && CharClass.isLetterOrDigit(c) == Character.isLetterOrDigit(c)
          && CharClass.isUpperCase(c) == Character.isUpperCase(c)
          && CharClass.isWhitespace(c) == Character.isWhitespace(c)
          && CharClass.isCombiningMark(c) == mark;
      if (!same) {
        differences++;
        if (first.isEmpty()) {
          first.append(String.format("U+%04X", i));
        }
      }
    }
    assertThat(differences).as("chars answered otherwise than Character does, first " + first)
        .isZero();
  }

  @Test
  void readsNewsTextAsCharacterDoes() {
    String text = "ZÜRICH, Switzerland\u00a0\u2014 Café owners said 3,197 cafés\tclosed.";
    assertThat(CharClass.isUpperCase('Ü')).isTrue();
    assertThat(CharClass.isLetter('é')).isTrue();
    assertThat(CharClass.isWhitespace('\u00a0')).as("Java's white space excludes no-break space")
        .isFalse();
    assertThat(CharClass.isWhitespace('\t')).isTrue();
    assertThat(CharClass.isLetterOrDigit('\u2014')).isFalse();
    assertThat(CharClass.isCombiningMark('\u0301')).isTrue();
    long letters = text.chars().filter(c -> CharClass.isLetter((char) c)).count();
    assertThat(letters).isEqualTo(text.chars().filter(Character::isLetter).count());
  }
}

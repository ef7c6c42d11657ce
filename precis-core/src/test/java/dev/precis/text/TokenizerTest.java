package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void keepsNewsWordsTogether() {
    assertThat(Tokenizer.words("The U.S. and al-Assad's 3,197 cases, AT&T don't (p.m.)"))
        .containsExactly("the", "u.s.", "and", "al-assad's", "3,197", "cases", "at&t", "don't",
            "p.m.");
  }

  @Test
  void splitsListsOfNumbersAtCommaSpace() {
    assertThat(Tokenizer.words("1, 2 and 3.")).containsExactly("1", "2", "and", "3");
  }

  @Test
  void handlesNonLatinScripts() {
    assertThat(Tokenizer.words("Příliš žluťoučký kůň, Αθήνα.")).containsExactly(
        "příliš", "žluťoučký", "kůň", "αθήνα");
  }
}

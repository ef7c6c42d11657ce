package dev.precis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  @Test
  void keepsANestedQuoteInsideItsQuote() {
    String text = "\"Mattis called Friday's strike a \"measured response\" to the attack\", he said.";

    assertThat(QuoteMarks.find(text))
        .extracting(QuoteMarks.Span::text)
        .containsExactly("Mattis called Friday's strike a \"measured response\" to the attack");
  }

  @Test
  void readsBackticksAndTheApostropheOpeningDucSometimesUses() {
    String text = "''There have been 3,197 cases'' of murder, she said. ``It is clear,'' she added.";

    assertThat(QuoteMarks.find(text))
        .extracting(QuoteMarks.Span::text, QuoteMarks.Span::start)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("There have been 3,197 cases", 2),
            org.assertj.core.groups.Tuple.tuple("It is clear", text.indexOf("It is clear")));
  }

  @Test
  void dropsAQuoteLeftOpenAtTheEndOfItsParagraph() {
    String text = "He called it \"a disaster for the region\nand left.\nLater \"we will return soon\" he said.";

    assertThat(QuoteMarks.find(text))
        .extracting(QuoteMarks.Span::text)
        .containsExactly("we will return soon");
  }

  @Test
  void ignoresApostrophes() {
    assertThat(QuoteMarks.find("Russia's ally didn't say 'innocents' at all.")).isEmpty();
  }
}

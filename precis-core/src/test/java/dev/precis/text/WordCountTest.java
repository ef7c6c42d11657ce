package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordCountTest {
  private static final String LEAD =
      "Dock workers at Carrow walked out on Monday, demanding a 9 per cent pay rise.";

  @Test
  void countsWhiteSpaceSeparatedWordsAsRougeDoes() {
    assertThat(WordCount.of(LEAD)).isEqualTo(15);
    assertThat(WordCount.of("  \t\n")).isZero();
    assertThat(WordCount.of("U.S.-led talks")).isEqualTo(2);
  }

  @Test
  void upToStopsAtTheLimitAndOtherwiseCountsAll() {
    assertThat(WordCount.upTo(LEAD, 6)).isEqualTo(6);
    assertThat(WordCount.upTo(LEAD, 15)).isEqualTo(15);
    assertThat(WordCount.upTo(LEAD, 100)).isEqualTo(15);
    assertThat(WordCount.upTo("Strike over.", 6)).isEqualTo(2);
  }
}

package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Tokenizer;
import org.junit.jupiter.api.Test;

class FiguresTest {
  private static Figures of(String sentence) {
    return Figures.of(Tokenizer.words(sentence));
  }

  @Test
  void anotherNumberWeekdayOrMonthContradicts() {
    assertThat(of("killed at least 62 people").contradicts(of("killed at least 65 people")))
        .isTrue();
    assertThat(of("results are not expected until Saturday")
        .contradicts(of("results are not expected until Sunday"))).isTrue();
    assertThat(of("the talks resume in March").contradicts(of("the talks resume in April")))
        .isTrue();
  }

  @Test
  void leavingAFigureOutDoesNot() {
    assertThat(of("the plane crashed on Sept. 2, killing all 229 aboard")
        .contradicts(of("all 229 people aboard died"))).isFalse();
    assertThat(of("a flood").contradicts(of("a flood on Monday"))).isFalse();
  }

  @Test
  void theSameFigureWrittenAnotherWayAgrees() {
    assertThat(of("Rute Oliveira, a 48-year-old manicurist").contradicts(of("Oliveira, 48, a manicurist")))
        .isFalse();
    assertThat(of("flights resume on Oct. 7").contradicts(of("flights resume on October 7")))
        .isFalse();
    assertThat(of("3,197 votes").contradicts(of("3197 votes"))).isFalse();
    assertThat(of("Friday's bombing").contradicts(of("the bombing on Friday"))).isFalse();
  }

  @Test
  void aWeekdayAndADateCanNameTheSameDay() {
    assertThat(of("the raid last Thursday").contradicts(of("the raid on Oct. 29"))).isFalse();
  }
}

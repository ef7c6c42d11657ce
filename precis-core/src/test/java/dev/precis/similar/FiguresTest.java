package dev.precis.similar;

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
  void aFigureAChangeReplacedIsNotStatedAsItStands() {
    Figures revised = of("The death toll rose to 65, up from 62 on Monday");
    assertThat(revised.contradicts(of("at least 62 people were killed"))).isTrue();
    assertThat(revised.contradicts(of("at least 65 people were killed"))).isFalse();
    assertThat(revised.contradicts(of("the toll climbed from 62 to 65"))).isFalse();
    assertThat(of("unemployment fell sharply to 4.1% from 4.5%")
        .contradicts(of("unemployment stood at 4.5%"))).isTrue();
    // a range is not a change: both figures stand
    assertThat(of("sentences of from 5 to 10 years").contradicts(of("a sentence of 5 years")))
        .isFalse();
    // the same change told two ways agrees
    assertThat(revised.contradicts(of("the toll went from 62 to 65"))).isFalse();
    assertThat(of("the toll rose from 62 to 65").contradicts(of("62 at first, now 65"))).isFalse();
    // years are spans, not changes
    assertThat(of("the economy grew from 1998 to 2002").contradicts(of("between 1998 and 2002")))
        .isFalse();
    // the change word must stand close to "from"
    assertThat(of("prices rose in the weeks before the vote, from 7 shops")
        .contradicts(of("7 shops"))).isFalse();
  }

  @Test
  void aWeekdayAndADateCanNameTheSameDay() {
    assertThat(of("the raid last Thursday").contradicts(of("the raid on Oct. 29"))).isFalse();
  }

  @Test
  void onlyFiguresOfOneKindContradict() {
    // a year left out, a count added: nothing contradicts
    assertThat(of("the protests began in April 1992").contradicts(of("in 1992, 200 pickets")))
        .isFalse();
    assertThat(of("the games in 2002").contradicts(of("the games in 1998"))).isTrue();
  }

  @Test
  void aScoreKeepsBothHalvesAndDigitsOfAnyScriptAgree() {
    assertThat(of("the court ruled 5-4").contradicts(of("the court ruled 5-3"))).isTrue();
    assertThat(of("unemployment rose to 3.5%").contradicts(of("unemployment rose to 3.50%")))
        .isFalse();
    assertThat(of("٦٢ people died").contradicts(of("62 people died"))).isFalse();
  }

  @Test
  void aDayOfTheMonthIsADateNotACount() {
    assertThat(of("flight 447 disappeared on June 1 over the Atlantic")
        .contradicts(of("flight 447 carrying 228 people is missing"))).isFalse();
    assertThat(of("the vote is on June 1").contradicts(of("the vote is on June 2"))).isTrue();
  }

  @Test
  void countsThatLookLikeYearsAreCounts() {
    assertThat(of("1,500 people died").contradicts(of("300 people died"))).isTrue();
    assertThat(of("rates rose to 1.25 percent").contradicts(of("rates rose to 0.75 percent")))
        .isTrue();
    assertThat(of("flight 1549 landed").contradicts(of("flight 1550 landed"))).isTrue();
    assertThat(of("in the 1990s").contradicts(of("in 1990"))).isFalse();
  }

  @Test
  void mayAndOrdinalDaysAreDates() {
    assertThat(of("on May 5, 3 died").contradicts(of("3 died and 4 were hurt"))).isFalse();
    assertThat(of("on June 1st, 3 died").contradicts(of("3 died and 4 were hurt"))).isFalse();
    assertThat(of("the vote on May 5").contradicts(of("the vote on May 6"))).isTrue();
  }
}

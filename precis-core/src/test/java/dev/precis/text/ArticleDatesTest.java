package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleDatesTest {
  private static final LocalDate APRIL_13 = LocalDate.of(2017, 4, 13);

  @Test
  void readsTheFormatsFeedsAndPagesUse() {
    assertThat(ArticleDates.parse("2017-04-13T09:30:00Z")).contains(APRIL_13);
    assertThat(ArticleDates.parse("2017/04/13")).contains(APRIL_13);
    assertThat(ArticleDates.parse("20170413")).contains(APRIL_13);
    assertThat(ArticleDates.parse("April 13, 2017")).contains(APRIL_13);
    assertThat(ArticleDates.parse("Apr. 13th, 2017")).contains(APRIL_13);
    assertThat(ArticleDates.parse("Thu, 13 Apr 2017 09:30:00 GMT")).contains(APRIL_13);
    assertThat(ArticleDates.parse("13 April 2017")).contains(APRIL_13);
  }

  @Test
  void readsSecondsAndMillisecondsSince1970() {
    // 2014-03-10T16:52:50Z, as the UCI News Aggregator and most databases export it
    assertThat(ArticleDates.parse("1394470370")).contains(LocalDate.of(2014, 3, 10));
    assertThat(ArticleDates.parse("1394470370000")).contains(LocalDate.of(2014, 3, 10));
    assertThat(ArticleDates.ofNumber(1394470370000L)).isEqualTo("2014-03-10T16:52:50Z");
    assertThat(ArticleDates.ofNumber(1394470370L)).isEqualTo("2014-03-10T16:52:50Z");
    // a number of 8 digits is a day written without separators, as its string is
    assertThat(ArticleDates.ofNumber(20170413L)).isEqualTo("20170413");
    assertThat(ArticleDates.ofNumber(-5)).isEqualTo("-5");
  }

  @Test
  void readsDayAndMonthOnlyWhenTheyCanBeOnlyOneWayRound() {
    assertThat(ArticleDates.parse("13/04/2017")).contains(APRIL_13);
    assertThat(ArticleDates.parse("04/13/2017")).contains(APRIL_13);
    assertThat(ArticleDates.parse("13-4-2017 09:30")).contains(APRIL_13);
    assertThat(ArticleDates.parse("04/04/2017")).contains(LocalDate.of(2017, 4, 4));
    // dots are written day first
    assertThat(ArticleDates.parse("03.04.2017")).contains(LocalDate.of(2017, 4, 3));

    assertThat(ArticleDates.parse("03/04/2017")).isEmpty();
    assertThat(ArticleDates.problem("03/04/2017"))
        .contains("day and month could be either way round");
    assertThat(ArticleDates.parse("31/13/2017")).isEmpty();
  }

  @Test
  void whatItCannotReadIsEmptyAndNeverThrows() {
    assertThat(ArticleDates.parse("yesterday")).isEmpty();
    assertThat(ArticleDates.problem("yesterday")).isEmpty();
    assertThat(ArticleDates.parse("2017-13-45")).isEmpty();
    assertThat(ArticleDates.parse("Nov 23rd, twenty")).isEmpty();
    assertThat(ArticleDates.parse("99999999999999999999")).isEmpty();
    assertThat(ArticleDates.parse("")).isEmpty();
    assertThat(ArticleDates.parse(null)).isEmpty();
    assertThat(ArticleDates.problem(null)).isEmpty();
    assertThat(ArticleDates.problem("13/04/2017")).isEmpty();
  }
}

package dev.precis.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.precis.facts.DateMention.Resolution;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateFinderTest {

  private static final LocalDate WEDNESDAY = LocalDate.of(2017, 4, 12);

  @Test
  void normalizesWrittenDates() {
    String text =
        "Posted April 13, 2017. The attack came on 4 April 2017 and a report followed on "
            + "2017-04-20. Airstrikes began in September 2014, in 1996 a probe opened, and the "
            + "1976-83 dictatorship ended.";

    assertThat(DateFinder.find(text, null))
        .extracting(DateFinder.Found::text, DateFinder.Found::normalized)
        .containsExactly(
            tuple("April 13, 2017", "2017-04-13"),
            tuple("4 April 2017", "2017-04-04"),
            tuple("2017-04-20", "2017-04-20"),
            tuple("September 2014", "2014-09"),
            tuple("1996", "1996"),
            tuple("1976-83", "1976/1983"));
  }

  @Test
  void keepsAWeekdayBeforeItsDateInOneMention() {
    assertThat(DateFinder.find("Tillerson spoke on Monday, April 10, 2017 in Lucca.", null))
        .extracting(DateFinder.Found::text, DateFinder.Found::normalized)
        .containsExactly(tuple("Monday, April 10, 2017", "2017-04-10"));
  }

  @Test
  void fillsAMissingYearFromThePublicationDate() {
    assertThat(DateFinder.find("The hearing was set for Jan. 5.", WEDNESDAY))
        .extracting(DateFinder.Found::normalized, DateFinder.Found::resolution)
        .containsExactly(tuple("2017-01-05", Resolution.ARTICLE_DATE));
    assertThat(DateFinder.find("The strike began on Dec. 28.", LocalDate.of(2018, 1, 3)))
        .extracting(DateFinder.Found::normalized)
        .containsExactly("2017-12-28"); // the nearest Dec. 28 is last year's
    assertThat(DateFinder.find("The hearing was set for Jan. 5.", null))
        .extracting(DateFinder.Found::normalized, DateFinder.Found::resolution)
        .containsExactly(tuple(null, Resolution.UNRESOLVED));
  }

  @Test
  void resolvesWeekdaysBackwardUnlessTheSentenceLooksAhead() {
    String text = "Tillerson arrived on Tuesday. He will meet Putin on Friday. Talks ended Wednesday.";

    assertThat(DateFinder.find(text, WEDNESDAY))
        .extracting(DateFinder.Found::text, DateFinder.Found::normalized)
        .containsExactly(
            tuple("Tuesday", "2017-04-11"),
            tuple("Friday", "2017-04-14"),
            tuple("Wednesday", "2017-04-12"));
    assertThat(DateFinder.find(text, null))
        .extracting(DateFinder.Found::resolution)
        .containsOnly(Resolution.UNRESOLVED);
  }

  @Test
  void ignoresNumbersThatAreNotYears() {
    assertThat(DateFinder.find("Some 1500 people and 2,017 cars; a total of 3,197 cases.", null))
        .isEmpty();
  }

  @Test
  void readsPublicationDatesAndTimestamps() {
    assertThat(DateFinder.publicationDate("2017-04-12")).isEqualTo(WEDNESDAY);
    assertThat(DateFinder.publicationDate("2017-04-12T09:30:00Z")).isEqualTo(WEDNESDAY);
    assertThat(DateFinder.publicationDate("12 April 2017")).isEqualTo(WEDNESDAY);
    assertThat(DateFinder.publicationDate("last spring")).isNull();
    assertThat(DateFinder.publicationDate(null)).isNull();
  }
}

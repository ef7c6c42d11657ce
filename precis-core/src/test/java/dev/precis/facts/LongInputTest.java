package dev.precis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Input shaped to make rule-based extraction misbehave: thousands of quotes in one paragraph,
 * endless runs of initials and titles, a date spread over white space, a quote mark that never
 * closes. Each must give sensible facts (the work stays linear; {@code WorstCaseInputTest} bounds
 * its time).
 */
class LongInputTest {
  private final FactExtractor extractor = new FactExtractor();

  private static final String OPENING =
      "Mayor Helen Castell opened the town hall to families from Millside on Tuesday.\n";

  @Test
  void thousandsOfQuotesInOneParagraphKeepTheirSpeakers() {
    StringBuilder line = new StringBuilder("Mayor Helen Castell spoke for an hour. ");
    for (int i = 0; i < 20_000; i++) {
      line.append("\u201cThe water in Millside rose by ").append(i)
          .append(" centimetres overnight,\u201d she said. ");
    }
    line.append("\u201cWe will rebuild the flood wall before winter,\u201d said Ann Clywd.");
    StoryFacts facts = extract(OPENING + line);
    assertThat(facts.quotes()).hasSize(FactExtractor.Limits.DEFAULT.maxQuotes());
    assertThat(facts.quotes()).allSatisfy(q -> assertThat(q.speaker()).isIn("Helen Castell",
        "Ann Clywd"));
    assertThat(facts.quotes().get(0).text()).startsWith("The water in Millside rose by 0");
    assertThat(facts.quotes().get(0).speaker()).isEqualTo("Helen Castell");
  }

  @Test
  void heSaidAfterTwoPeopleIsNoOnesQuote() {
    String text = "Mayor Helen Castell met Ann Clywd at the town hall.\n"
        + "\u201cThe flood wall will be rebuilt before the winter comes,\u201d she said.\n"
        + "Ann Clywd toured Millside. Later she spoke again.\n"
        + "\u201cEvery family will be back in its home by Christmas,\u201d she said.";
    StoryFacts facts = extract(text);
    assertThat(facts.quotes()).extracting(Quote::speaker).containsExactly(null, "Ann Clywd");
  }

  @Test
  void runsOfInitialsAndTitlesAreNoName() {
    for (String run : List.of("U.S. ", "Mr. ", "J. R. K. ")) {
      StoryFacts facts = extract(OPENING + "The chairman " + run.repeat(100_000 / run.length() * 5)
          + "Smith said on Monday that the talks would resume.");
      assertThat(facts.entities()).as(run).allSatisfy(e -> {
        assertThat(e.name().length()).isLessThanOrEqualTo(EntityFinder.MAX_NAME_CHARS);
        assertThat(e.name().split(" ")).hasSizeLessThanOrEqualTo(EntityFinder.MAX_NAME_WORDS);
      });
      assertThat(facts.entities()).as(run).extracting(Entity::name).contains("Helen Castell");
    }
  }

  @Test
  void aDateSpreadOverWhiteSpaceIsNoDate() {
    StoryFacts facts = extract(OPENING + "The vote is set for April" + " ".repeat(5_000)
        + "14, and the count for April 15, 2026.");
    assertThat(facts.dates()).extracting(DateMention::text)
        .containsExactlyInAnyOrder("Tuesday", "April 15, 2026");
  }

  @Test
  void aQuoteMarkLeftOpenForPagesIsNoQuote() {
    String longQuote = "the water kept rising ".repeat(200);
    StoryFacts facts = extract(OPENING + "\u201c" + longQuote + "\u201d Mayor Helen Castell said. "
        + "\u201cWe will rebuild the flood wall,\u201d Castell said.");
    assertThat(facts.quotes()).extracting(Quote::text)
        .containsExactly("We will rebuild the flood wall");
    assertThat(longQuote.length()).isGreaterThan(QuoteFinder.MAX_QUOTE_CHARS);
  }

  private StoryFacts extract(String text) {
    return extractor.extract(List.of(new Article("a", null, "2026-04-14", null, null, null, text)));
  }
}

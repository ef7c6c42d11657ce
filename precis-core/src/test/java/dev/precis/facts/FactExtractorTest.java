package dev.precis.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactExtractorTest {

  private final FactExtractor extractor = new FactExtractor();

  private static final Article WIRE =
      new Article(
          "wire",
          null,
          "2017-04-12",
          null,
          null,
          null,
          """
          U.S. Secretary of State Rex Tillerson arrived in Moscow on Tuesday for talks with \
          Russian Foreign Minister Sergei Lavrov.
          The visit follows a chemical attack in Syria's Idlib province that Washington blames \
          on the government of Syrian President Bashar al-Assad.
          "I think it is clear to all of us that the reign of the Assad family is coming to an \
          end," Tillerson said.
          Lavrov said Moscow saw no evidence against Damascus. "Russia will not accept strikes \
          against a sovereign state on the basis of rumours," said Lavrov.
          But Tillerson insisted the U.S. would not stand by. Assad's allies, meanwhile, \
          threatened retaliation.
          """);

  private static final Article REWRITE =
      new Article(
          "rewrite",
          null,
          "2017-04-12",
          null,
          null,
          null,
          """
          Tillerson met Lavrov in Moscow on Wednesday, a day after arriving from Italy.
          In prepared remarks, Tillerson said "I think it is clear to all of us that the reign of \
          the Assad family is coming to an end."
          Meanwhile the Kremlin said President Vladimir Putin would not meet Tillerson.
          Assad has denied any role in the attack.
          """);

  @Test
  void findsPeopleWithoutTitlesAndMergesShortForms() {
    StoryFacts facts = extractor.extract(List.of(WIRE, REWRITE));

    assertThat(entity(facts, "Rex Tillerson"))
        .hasValueSatisfying(
            e -> {
              assertThat(e.type()).isEqualTo(EntityType.PERSON);
              assertThat(e.mentions()).isEqualTo(6);
              assertThat(e.articleIds()).containsExactly("wire", "rewrite");
            });
    assertThat(entity(facts, "Sergei Lavrov")).map(Entity::type).hasValue(EntityType.PERSON);
    assertThat(entity(facts, "Bashar al-Assad"))
        .hasValueSatisfying(e -> assertThat(e.mentions()).isEqualTo(5)); // "the Assad family" counts
    assertThat(entity(facts, "Vladimir Putin")).map(Entity::type).hasValue(EntityType.PERSON);
    assertThat(names(facts))
        .doesNotContain("Tillerson", "Lavrov", "Assad", "Secretary of State Rex Tillerson",
            "The", "But", "In", "Meanwhile", "Russian", "Syrian");
  }

  @Test
  void typesPlacesAndOrganizations() {
    StoryFacts facts = extractor.extract(List.of(WIRE, REWRITE));

    assertThat(entity(facts, "Moscow")).map(Entity::type).hasValue(EntityType.PLACE);
    assertThat(entity(facts, "U.S.")).map(Entity::type).hasValue(EntityType.PLACE);
    assertThat(entity(facts, "Kremlin")).map(Entity::type).hasValue(EntityType.ORGANIZATION);
    assertThat(entity(facts, "Idlib")).map(Entity::type).hasValue(EntityType.PLACE);
  }

  @Test
  void ranksByMentionsTimesSpreadThenName() {
    StoryFacts facts = extractor.extract(List.of(WIRE, REWRITE));

    assertThat(facts.entities().get(0).name()).isEqualTo("Rex Tillerson");
    for (int i = 1; i < facts.entities().size(); i++) {
      Entity before = facts.entities().get(i - 1);
      Entity after = facts.entities().get(i);
      long scoreBefore = (long) before.mentions() * before.articleIds().size();
      long scoreAfter = (long) after.mentions() * after.articleIds().size();
      assertThat(scoreBefore).isGreaterThanOrEqualTo(scoreAfter);
      if (scoreBefore == scoreAfter) {
        assertThat(before.name()).isLessThan(after.name());
      }
    }
  }

  @Test
  void attributesQuotesAndListsRepeatedOnesOnce() {
    StoryFacts facts = extractor.extract(List.of(WIRE, REWRITE));

    Quote reign = facts.quotes().get(0);
    assertThat(reign.text()).startsWith("I think it is clear").endsWith("coming to an end");
    assertThat(reign.speaker()).isEqualTo("Rex Tillerson");
    assertThat(reign.articleId()).isEqualTo("wire");
    assertThat(reign.articleIds()).containsExactly("wire", "rewrite");
    assertThat(WIRE.text().substring(reign.offset())).startsWith("I think it is clear");

    assertThat(facts.quotes())
        .filteredOn(q -> q.text().startsWith("Russia will not accept"))
        .singleElement()
        .extracting(Quote::speaker)
        .isEqualTo("Sergei Lavrov");
    assertThat(facts.quotes()).hasSize(2);
  }

  @Test
  void resolvesWeekdaysAgainstThePublicationDate() {
    StoryFacts facts = extractor.extract(List.of(WIRE, REWRITE));

    assertThat(facts.dates())
        .extracting(DateMention::text, DateMention::normalized, DateMention::resolution)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "Tuesday", "2017-04-11", DateMention.Resolution.ARTICLE_DATE),
            org.assertj.core.groups.Tuple.tuple(
                "Wednesday", "2017-04-12", DateMention.Resolution.ARTICLE_DATE));
  }

  @Test
  void readsNewswireBacktickQuotes() {
    Article duc =
        Article.of(
            "apw",
            """
            LONDON (AP) _ A lawmaker from the governing Labor Party on Saturday backed requests \
            to question former dictator Gen. Augusto Pinochet, in London for surgery.
            ``There have been thousands of cases of torture during those years,'' said Ms. \
            Clywd, who chairs a committee of lawmakers. ``And hundreds of former detainees \
            have made statements.''
            Ann Clywd spoke in an interview with British Broadcasting Corp. radio about the \
            1973-90 regime.
            Pinochet, 82, has left the clinic, his office said.
            """);

    StoryFacts facts = extractor.extract(List.of(duc));

    assertThat(facts.quotes())
        .extracting(Quote::text, Quote::speaker)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "There have been thousands of cases of torture during those years", "Ann Clywd"),
            org.assertj.core.groups.Tuple.tuple(
                "And hundreds of former detainees have made statements.", "Ann Clywd"));
    assertThat(entity(facts, "Augusto Pinochet"))
        .hasValueSatisfying(e -> assertThat(e.mentions()).isEqualTo(2));
    assertThat(entity(facts, "London")).map(Entity::type).hasValue(EntityType.PLACE);
    assertThat(entity(facts, "Labor Party")).map(Entity::type).hasValue(EntityType.ORGANIZATION);
    assertThat(entity(facts, "British Broadcasting Corp.")).map(Entity::type).hasValue(EntityType.ORGANIZATION);
    assertThat(facts.dates())
        .extracting(DateMention::text, DateMention::normalized)
        .contains(org.assertj.core.groups.Tuple.tuple("1973-90", "1973/1990"));
  }

  @Test
  void keepsDottedAbbreviationsWhole() {
    Article article =
        Article.of(
            "a",
            "U.S. officials said the U.N. Security Council would meet. The U.S. and the "
                + "United States Navy disagree.");

    StoryFacts facts = extractor.extract(List.of(article));

    assertThat(entity(facts, "U.S."))
        .hasValueSatisfying(
            e -> {
              assertThat(e.type()).isEqualTo(EntityType.PLACE);
              assertThat(e.mentions()).isEqualTo(2);
            });
    assertThat(entity(facts, "U.N. Security Council"))
        .map(Entity::type)
        .hasValue(EntityType.ORGANIZATION);
    assertThat(names(facts)).noneMatch(n -> n.equals("U") || n.equals("S.") || n.equals("N."));
  }

  @Test
  void excludesMonthsAndWeekdaysFromEntities() {
    Article article =
        Article.of(
            "a",
            "On Monday, April 10, ministers met in Lucca. Talks resume in May, and a summit "
                + "follows on Friday in June. Theresa May attended.");

    StoryFacts facts = extractor.extract(List.of(article));

    assertThat(names(facts)).doesNotContain("Monday", "April", "May", "Friday", "June", "On");
    assertThat(entity(facts, "Lucca")).map(Entity::type).hasValue(EntityType.PLACE);
  }

  @Test
  void dropsSentenceOpenersWrittenInLowerCaseElsewhere() {
    Article article =
        Article.of(
            "a",
            "Ministers met in Lucca. Several ministers spoke. Tillerson said nothing. "
                + "Reporters waited while reporters from Xinhua left.");

    StoryFacts facts = extractor.extract(List.of(article));

    assertThat(names(facts)).doesNotContain("Ministers", "Reporters", "Several");
    assertThat(entity(facts, "Tillerson")).map(Entity::type).hasValue(EntityType.PERSON);
    assertThat(entity(facts, "Xinhua")).map(Entity::type).hasValue(EntityType.ORGANIZATION);
  }

  @Test
  void resolvesPronounsOnlyWhenOnePersonFits() {
    Article clear =
        Article.of(
            "clear",
            """
            Rex Tillerson visited a war memorial in central Italy on Monday.
            "We will hold to account all who commit crimes against innocents," he said.
            """);
    Article unclear =
        Article.of(
            "unclear",
            """
            Boris Johnson met Rex Tillerson in Lucca on Monday.
            "Sanctions on military figures remain on the table," he said.
            """);

    assertThat(extractor.extract(List.of(clear)).quotes())
        .singleElement()
        .extracting(Quote::speaker)
        .isEqualTo("Rex Tillerson");
    assertThat(extractor.extract(List.of(unclear)).quotes())
        .singleElement()
        .extracting(Quote::speaker)
        .isNull();
  }

  @Test
  void resolvesARoleNounToThePersonWithThatTitle() {
    Article article =
        Article.of(
            "a",
            """
            Transport Minister Ana Vidal visited the depot on Friday, joined by Mayor Tomas Reyes.
            "Every line will run again before the end of the month," the minister said.
            """);

    assertThat(extractor.extract(List.of(article)).quotes())
        .singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEqualTo("Ana Vidal"));
  }

  @Test
  void skipsScareQuotesAndKeepsMultiSentenceQuotesWhole() {
    Article article =
        Article.of(
            "a",
            """
            Officials want to create "zones of stability" in the region.
            "We are not leaving. We will stay as long as it takes," Mattis said.
            "The strike was measured. It was a response to the use of chemical weapons.
            "Nobody should doubt our resolve," he added.
            """);

    StoryFacts facts = extractor.extract(List.of(article));

    assertThat(facts.quotes())
        .extracting(Quote::text)
        .containsExactly(
            "We are not leaving. We will stay as long as it takes",
            "The strike was measured. It was a response to the use of chemical weapons. "
                + "Nobody should doubt our resolve");
    assertThat(facts.quotes()).extracting(Quote::speaker).containsOnly("Mattis");
  }

  @Test
  void readsCurlyQuotesAndAttributionBeforeTheQuote() {
    Article article =
        Article.of(
            "a",
            "Speaking in Brussels, Sergei Lavrov said: “The missile strike was an act of "
                + "aggression against a sovereign state.”");

    assertThat(extractor.extract(List.of(article)).quotes())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.text()).isEqualTo(
                  "The missile strike was an act of aggression against a sovereign state.");
              assertThat(q.speaker()).isEqualTo("Sergei Lavrov");
            });
  }

  @Test
  void isDeterministic() {
    List<Article> story = List.of(WIRE, REWRITE);

    StoryFacts first = extractor.extract(story);
    StoryFacts second = new FactExtractor().extract(story);

    assertThat(second).isEqualTo(first);
    assertThat(extractor.extract(story)).isEqualTo(first);
  }

  @Test
  void appliesLimits() {
    FactExtractor small = new FactExtractor(new FactExtractor.Limits(2, 1, 1, 4));

    StoryFacts facts = small.extract(List.of(WIRE, REWRITE));

    assertThat(facts.entities()).hasSize(2);
    assertThat(facts.dates()).hasSize(1);
    assertThat(facts.quotes()).hasSize(1);
  }

  @Test
  void emptyInputGivesEmptyFacts() {
    assertThat(extractor.extract(List.of())).isEqualTo(StoryFacts.empty());
    assertThat(extractor.extract(List.of(Article.of("blank", "")))).satisfies(
        facts -> assertThat(facts.isEmpty()).isTrue());
  }

  @Test
  void aCopyCountsAsAnArticleAndDatesByItsOwnDay() {
    // the same wire text on another site a week later: read once, counted twice, and its
    // "Tuesday" is the Tuesday before its own publication
    Article copy = new Article("copy", null, "2017-04-19", null, null, null, WIRE.text());
    StoryFacts alone = extractor.extract(List.of(WIRE));
    StoryFacts both = extractor.extract(List.of(WIRE, copy));

    assertThat(entity(both, "Rex Tillerson")).hasValueSatisfying(e -> {
      assertThat(e.articleIds()).containsExactly("wire", "copy");
      assertThat(e.mentions()).isEqualTo(2 * entity(alone, "Rex Tillerson").orElseThrow().mentions());
    });
    assertThat(both.quotes()).filteredOn(q -> q.text().startsWith("I think it is clear"))
        .singleElement().satisfies(q -> assertThat(q.articleIds()).containsExactly("wire", "copy"));
    assertThat(both.dates()).filteredOn(d -> d.text().equals("Tuesday"))
        .extracting(DateMention::normalized, DateMention::articleIds)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("2017-04-11", List.of("wire")),
            org.assertj.core.groups.Tuple.tuple("2017-04-18", List.of("copy")));
  }

  private static Optional<Entity> entity(StoryFacts facts, String name) {
    return facts.entities().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  private static List<String> names(StoryFacts facts) {
    return facts.entities().stream().map(Entity::name).toList();
  }
}

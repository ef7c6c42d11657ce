package dev.precis.attribute;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.similar.Rewording;
import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.Sentence;
import dev.precis.text.TextPipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionTest {
  private static final List<Article> ARTICLES = List.of(
      Article.of("reuters", "Flood waters forced 4,000 residents of Marlow to leave their homes on "
          + "Sunday. The mayor declared a state of emergency. Schools will stay closed all week."),
      Article.of("ap", "The river burst its banks near the old mill. Flood waters forced 4,000 "
          + "Marlow residents to leave their homes Sunday, officials said."),
      Article.of("local", "Volunteers filled sandbags at the football ground. The mayor of Marlow "
          + "declared a state of emergency on Sunday evening."));

  private final AnalyzedCluster cluster = TextPipeline.english().analyze(ARTICLES);
  private final SentenceVectors vectors = new SentenceVectors(cluster);
  private final Attribution attribution =
      new Attribution(cluster, vectors, 0.45, new Rewording(cluster, vectors));

  private SummarySentence attribute(String start) {
    Sentence s = cluster.sentences().stream().filter(x -> x.text().startsWith(start)).findFirst()
        .orElseThrow();
    return attribution.attribute(s.index(), 1.0);
  }

  @Test
  void creditsEveryArticleThatRepeatsTheSentence() {
    SummarySentence flood = attribute("Flood waters forced 4,000 residents");
    assertThat(flood.sources()).containsExactly("reuters", "ap");
    assertThat(flood.support()).isEqualTo(2);
    assertThat(flood.evidence()).singleElement().satisfies(e -> {
      assertThat(e.articleId()).isEqualTo("ap");
      assertThat(ARTICLES.get(1).text().substring(e.start(), e.end()))
          .startsWith("Flood waters forced 4,000 Marlow residents");
    });
  }

  @Test
  void creditsARewordedSentenceAndNotUnrelatedOnes() {
    SummarySentence mayor = attribute("The mayor declared");
    assertThat(mayor.sources()).containsExactly("reuters", "local");
    SummarySentence schools = attribute("Schools will stay closed");
    assertThat(schools.sources()).containsExactly("reuters");
    assertThat(schools.evidence()).isEmpty();
  }

  @Test
  void offsetsPointAtTheSentenceInItsArticle() {
    SummarySentence mill = attribute("The river burst");
    assertThat(ARTICLES.get(1).text().substring(mill.start(), mill.end()))
        .isEqualTo("The river burst its banks near the old mill.");
  }

  @Test
  void creditsARewordingThePhrasingCheckMissesAndSaysHow() {
    // the two sentences share too few words for the wording check; the paraphrase model reads
    // them as one statement (a pair from a Multi-News story)
    List<Article> articles = List.of(
        Article.of("wire", "Rep. Ken Buck, a Tea Party Republican, tweeted a picture last week of "
            + "him and Rep. Trey Gowdy in his House office, holding an AR-15 semiautomatic rifle "
            + "decorated with an American flag pattern."),
        Article.of("local", "Last week, the freshman Republican from Windsor posted a picture on "
            + "Twitter that showed him posing in his office with fellow GOP lawmaker Trey Gowdy "
            + "and an AR-15 rifle painted with an American flag design."));
    SummarySentence buck = attributeFirst(articles);
    assertThat(buck.sources()).containsExactly("wire", "local");
    assertThat(buck.evidence()).singleElement().satisfies(e -> {
      assertThat(e.match()).isEqualTo(SummarySentence.Match.PARAPHRASE);
      assertThat(e.similarity()).isBetween(Rewording.THRESHOLD, 1.0);
    });
  }

  @Test
  void doesNotCreditASentenceThatStatesAnotherFigure() {
    // wire copy of one story, updated between versions: the wording matches, the toll does not
    List<Article> articles = List.of(
        Article.of("first", "An Arctic cold wave and accompanying blizzards have killed at least "
            + "62 people throughout Europe, police and media reported Monday."),
        Article.of("update", "An Arctic cold wave and accompanying blizzards have killed at least "
            + "65 people throughout Europe, police and media reported Monday."),
        Article.of("later", "The cold wave and its blizzards have killed at least 62 people across "
            + "Europe, police said on Monday."));
    SummarySentence toll = attributeFirst(articles);
    assertThat(toll.sources()).containsExactly("first", "later");
    // the sources disagree, and the summary says where
    assertThat(toll.differing()).singleElement().satisfies(d -> {
      assertThat(d.articleId()).isEqualTo("update");
      assertThat(articles.get(1).text().substring(d.start(), d.end())).contains("at least 65");
    });
  }

  @Test
  void doesNotCreditARewordingThatStatesAnotherDay() {
    List<Article> articles = List.of(
        Article.of("a", "First official results of the assembly election are not expected "
            + "until Saturday, the interior ministry said."),
        Article.of("b", "Final results of the assembly election are not expected until Sunday, "
            + "the interior ministry said."));
    AnalyzedCluster two = TextPipeline.english().analyze(articles);
    SentenceVectors v = new SentenceVectors(two);
    Rewording rewording = new Rewording(two, v);
    assertThat(rewording.probability(0, 1)).isGreaterThanOrEqualTo(Rewording.THRESHOLD);
    assertThat(attributeFirst(articles).sources()).containsExactly("a");
  }

  @Test
  void aSentenceThatOnlyLeavesAFigureOutStillSupports() {
    List<Article> articles = List.of(
        Article.of("a", "The plane crashed on Sept. 2 off the coast of Nova Scotia, killing all "
            + "229 people aboard the flight from New York to Geneva."),
        Article.of("b", "All 229 people aboard the New York to Geneva flight died when it went "
            + "down off Nova Scotia."));
    assertThat(attributeFirst(articles).sources()).containsExactly("a", "b");
  }

  @Test
  void anAbbreviatedMonthIsTheSameMonth() {
    List<Article> articles = List.of(
        Article.of("a", "The union later decided to accept the plan, allowing the airline to "
            + "resume domestic flights on Oct. 7 and international flights later."),
        Article.of("b", "The union later decided to accept the plan, allowing the airline to "
            + "resume domestic and international flights in early October."));
    SummarySentence plan = attributeFirst(articles);
    assertThat(plan.sources()).containsExactly("a", "b");
    assertThat(plan.differing()).isEmpty();
  }

  private static SummarySentence attributeFirst(List<Article> articles) {
    AnalyzedCluster c = TextPipeline.english().analyze(articles);
    SentenceVectors v = new SentenceVectors(c);
    return new Attribution(c, v, 0.45, new Rewording(c, v)).attribute(0, 1.0);
  }
}

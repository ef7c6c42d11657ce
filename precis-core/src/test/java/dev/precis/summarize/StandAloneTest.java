package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.similar.SentenceVectors;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.Language;
import dev.precis.text.Sentence;
import dev.precis.text.TextPipeline;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandAloneTest {

  private static boolean quotable(String text) {
    return StandAlone.test(text, Language.ENGLISH);
  }

  @Test
  void statementsStandAlone() {
    assertThat(quotable("Dock workers at the port of Westmarch walked out on Monday over "
        + "pay.")).isTrue();
    assertThat(quotable("The union (which has 4,000 members) said the strike would last a "
        + "week.")).isTrue();
    assertThat(quotable("(AP) The strike entered its second day (its longest since 1998)."))
        .as("parentheses that close before the end: a credit, then the sentence").isTrue();
  }

  @Test
  void aQuestionInThePagesOwnVoiceDoesNot() {
    assertThat(quotable("What does a strike at the port mean for shoppers?")).isFalse();
    assertThat(quotable("Jon Wertheim: What can you tell us about the rate of sinking?"))
        .isFalse();
    assertThat(quotable("When will the ships sail again? ")).isFalse();
    assertThat(quotable("Who pays for the delay?!")).isFalse();
    assertThat(StandAlone.test("\u0644\u0645\u0627\u0630\u0627 "
        + "\u0627\u0644\u0625\u0636\u0631\u0627\u0628\u061f", Language.ARABIC))
        .as("an Arabic question mark").isFalse();
    assertThat(StandAlone.test("Pourquoi la gr\u00e8ve ?", Language.FRENCH)).isFalse();
    assertThat(quotable("The strike is over!")).isTrue();
  }

  @Test
  void aQuestionSomeoneAskedIsSpeech() {
    assertThat(quotable("“Why leave it empty?”")).isTrue();
    assertThat(quotable("\"Who pays for the delay?\" the mayor asked.")).isTrue();
    assertThat(quotable("“But we can always live in hope, can't we?”")).isTrue();
  }

  @Test
  void anAsideInParenthesesDoesNot() {
    assertThat(quotable("(This article was originally published on Friday, Jan. 25 at "
        + "3:33 p.m.)")).isFalse();
    assertThat(quotable("(The guilty verdict against the scientists was later "
        + "overturned.)")).isFalse();
    assertThat(quotable("(Oddly, because in the heat of summer few Qataris are actually "
        + "awake that early).")).isFalse();
    assertThat(quotable("(Quiz: Do you know the port's history?)")).isFalse();
    assertThat(quotable("[Editor's note: An earlier version misspelled the port's name.]"))
        .isFalse();
  }

  @Test
  void aSentenceThatAnnouncesWhatFollowsOnItsPageDoesNot() {
    assertThat(quotable("Here's what the union said it would do differently:")).isFalse();
    assertThat(quotable("Below is the port authority's statement in full:")).isFalse();
    assertThat(quotable("Here's why.")).isFalse();
    assertThat(quotable("HERE\u2018S why.")).isFalse();
    assertThat(quotable("Here are their stories -- the strikers and the stranded, from the "
        + "book Dockside: A Year at the Port by a Westmarch reporter.")).isFalse();
    assertThat(quotable("Here\u2019s how it works: ships unload at night and the cranes "
        + "stand idle by day.")).as("says what it announces").isTrue();
    assertThat(quotable("Here, the quay is actually sinking, an engineer said.")).isTrue();
  }

  @Test
  void theRestOfASplitSentenceDoesNot() {
    assertThat(quotable("and the port authority said it would meet the union.")).isFalse();
    assertThat(quotable("   ")).isFalse();
  }

  @Test
  void aPageOfQuestionsGetsNoSummaryAndSaysWhy() {
    AnalyzedCluster cluster = new TextPipeline(Language.ENGLISH, false, false, null)
        .analyze(List.of(Article.of("quiz", "Will the dock workers at the port of Westmarch "
            + "strike again this winter? What would a second strike mean for the shops of the "
            + "city? (Readers can send their answers to the port desk.)")));
    Candidates candidates = new Candidates(cluster, new SentenceVectors(cluster),
        Budget.words(100), 8, 55, 2_000, 0.5);
    assertThat(candidates.indices()).isEmpty();
    assertThat(candidates.notes()).anyMatch(n -> n.contains("every sentence is a question"));
  }

  @Test
  void noSummaryCandidateAsksOrAsides() {
    String report = "Dock workers at the port of Westmarch walked out on Monday over pay, "
        + "leaving forty ships waiting at anchor. What does a strike at the port mean for "
        + "shoppers in the city? (The port last closed for a week in 1998, over pensions.) The "
        + "dock workers' union said the strike would last until the port authority made a new "
        + "offer on wages.";
    String follow = "The strike at the port of Westmarch entered its second day on Tuesday as "
        + "dock workers picketed the gates. “Why should we wait for a better offer?” the union "
        + "leader asked the crowd at the gates.";
    AnalyzedCluster cluster = new TextPipeline(Language.ENGLISH, false, false, null)
        .analyze(List.of(Article.of("report", report), Article.of("follow", follow)));
    Candidates candidates = new Candidates(cluster, new SentenceVectors(cluster),
        Budget.words(200), 8, 55, 2_000, 0.5);
    List<String> eligible = Arrays.stream(candidates.indices())
        .mapToObj(s -> cluster.sentences().get(s)).map(Sentence::text).toList();
    assertThat(eligible).noneMatch(t -> t.startsWith("What does"))
        .noneMatch(t -> t.startsWith("(The port"))
        .anyMatch(t -> t.startsWith("“Why should we wait"))
        .anyMatch(t -> t.startsWith("Dock workers"));
  }

  @Test
  void anEnglishLineWithoutAStatementsVerbDoesNot() {
    assertThat(quotable("Dock workers picket the gates of the port of Westmarch on Tuesday."))
        .as("a caption in the present tense still has its verb").isTrue();
    assertThat(quotable("Striking dock workers outside the gates of the port of Westmarch."))
        .isFalse();
    assertThat(quotable("Letter from the port authority to the dock workers' union")).isFalse();
    assertThat(StandAlone.test("Les dockers devant les grilles du port de Westmarch.",
        Language.FRENCH)).as("only English words are read").isTrue();
  }

  @Test
  void anEnglishSentenceThatPointsBackDoesNot() {
    assertThat(quotable("This is the letter the port authority sent to the dock workers' union."))
        .isFalse();
    assertThat(quotable("That is why the strike at the port of Westmarch matters to shoppers."))
        .isFalse();
    assertThat(quotable("These are the ships that wait at anchor off the port of Westmarch."))
        .isFalse();
    assertThat(quotable("That’s the longest strike at the port since 1998.")).isFalse();
    assertThat(quotable("This week the port of Westmarch lost forty ships to the strike."))
        .as("a determiner, not a pronoun").isTrue();
    assertThat(quotable("This report is published every weekday, except on port holidays."))
        .as("the page speaking of itself").isFalse();
    assertThat(quotable("This article is reproduced with permission from the Westmarch Gazette."))
        .isFalse();
    assertThat(quotable("These photos show the dock workers of Westmarch at the gates.")).isFalse();
    assertThat(quotable("The report says the port of Westmarch lost forty ships to the strike."))
        .isTrue();
    assertThat(quotable("This report, released by the port authority, counts forty ships lost."))
        .as("the word before its comma").isFalse();
    assertThat(quotable("This site was once home to the port of Westmarch's first dock."))
        .as("a word as often something else than the page").isTrue();
    assertThat(quotable("At this point, dock workers at the port of Westmarch have lost a week."))
        .as("a demonstrative before a noun").isTrue();
    assertThat(quotable("In light of this, the port authority of Westmarch cancelled its talks."))
        .as("opens on what came before").isFalse();
    assertThat(quotable("After that, dock workers at the port of Westmarch walked out.")).isFalse();
    assertThat(quotable("After that meeting, dock workers at the port of Westmarch walked out."))
        .as("a determiner, and the meeting named").isTrue();
    assertThat(quotable("“This is a disaster for the port,” the mayor of Westmarch said."))
        .as("speech").isTrue();
    assertThat(StandAlone.test("This is the port's longest strike, le plus long depuis 1998.",
        Language.FRENCH)).isTrue();
  }

  @Test
  void anEnglishSentenceThatPointsAtAPlaceOnItsPageDoesNot() {
    assertThat(quotable("The charts in this post are from the port authority's annual report."))
        .isFalse();
    assertThat(quotable("Ships wait off Westmarch (plot 2 on the map below) for a berth to open."))
        .isFalse();
    assertThat(quotable("A previous version of this article misstated the length of the strike."))
        .as("a correction line").isFalse();
    assertThat(quotable("The union's pay demands are as shown below, year by year.")).isFalse();
    assertThat(quotable("Dock workers marched through Westmarch, as seen in the video above."))
        .isFalse();
    assertThat(quotable("Dock workers marched through Westmarch, as the video above shows."))
        .as("more after 'above' reads as where something is: this one is let through").isTrue();
    assertThat(quotable("Fuel prices at the port of Westmarch rose above last year's level."))
        .as("'above' after a word that is not a page's").isTrue();
    assertThat(quotable("The union of Westmarch was listed above the others in the survey."))
        .as("'above' with more after it says where").isTrue();
    assertThat(quotable("Images below the surface of the harbour showed the wreck of a ferry."))
        .isTrue();
    assertThat(quotable("The photos, above all, show how crowded the port of Westmarch is."))
        .as("punctuation between: no phrase").isTrue();
    assertThat(quotable("Ships wait off Westmarch for a berth to open, as shown Below."))
        .as("whatever its case").isFalse();
    assertThat(quotable("In this story of the strike, the union of Westmarch dock workers won."))
        .as("'in this story' reads as the page's; a story's own figure of speech is rare")
        .isFalse();
    assertThat(quotable("“See the map below,” the harbour master of Westmarch told reporters."))
        .as("inside quotation marks it is speech").isTrue();
    assertThat(quotable("The port of Westmarch lost forty ships in this year's strike.")).isTrue();
  }

  @Test
  void anEnglishLineThatClosesOnABareYearAfterACommaIsAnArchiveCaptionAndDoesNot() {
    assertThat(quotable("Dock workers captured on film at the gates of the port of Westmarch, "
        + "1921.")).isFalse();
    assertThat(quotable("Dock workers at the port of Westmarch walked out on Oct. 2, 1950."))
        .as("a month and day before the year").isTrue();
    assertThat(quotable("Dock workers at the port of Westmarch walked out in May, 1950."))
        .as("a month before the year").isTrue();
    assertThat(quotable("Dock workers at the port of Westmarch walked out in 1921.")).isTrue();
    assertThat(quotable("Dock workers at the port of Westmarch walked out on Christmas Day, 1921."))
        .as("a day's name before the year").isTrue();
    assertThat(quotable("Dock workers at the port of Westmarch walked out in Sept, 1921."))
        .as("a month cut short without its dot").isTrue();
    assertThat(quotable("The port of Westmarch lost money in the second quarter, 2021."))
        .isTrue();
    assertThat(StandAlone.test(
        "Les dockers aux grilles du port de Westmarch ont fait grève, 1921.", Language.FRENCH))
        .as("only English lines are read so").isTrue();
  }

  @Test
  void anEnglishSentenceInTheFirstPersonSingularOutsideQuotesDoesNot() {
    assertThat(quotable("I traveled to the port of Westmarch twice as harbour master.")).isFalse();
    assertThat(quotable("The harbour master, however, told me the strike would end soon."))
        .isFalse();
    assertThat(quotable("I\u2019m told the ships will sail again on Friday, a docker said."))
        .isFalse();
    assertThat(quotable("I guess the port has its answer now,\" the union leader said."))
        .as("a quotation whose opening mark was in the sentence before").isFalse();
    assertThat(quotable("\u201cI did not expect the strike to last,\u201d the harbour master "
        + "said.")).as("speech").isTrue();
    assertThat(quotable("The union said \"my members\" would return to work on Friday."))
        .isTrue();
    assertThat(quotable("We will not sail until the strike ends, the ferry company said."))
        .as("only the singular: 'we' is as often an institution's").isTrue();
    assertThat(quotable("Dock workers at the port of Westmarch met the mayor on Monday."))
        .as("no 'I' among 'Westmarch', 'Monday'").isTrue();
  }

  @Test
  void noSummaryCandidateIsACaption() {
    String report = "Striking dock workers outside the gates of the port of Westmarch on Monday. "
        + "\n\nDock workers at the port of Westmarch walked out on Monday over pay, leaving forty "
        + "ships waiting at anchor. The dock workers' union said the strike would last until the "
        + "port authority made a new offer on wages.";
    AnalyzedCluster cluster = new TextPipeline(Language.ENGLISH, false, false, null)
        .analyze(List.of(Article.of("report", report)));
    Candidates candidates = new Candidates(cluster, new SentenceVectors(cluster),
        Budget.words(200), 8, 55, 2_000, 0.5);
    List<String> eligible = Arrays.stream(candidates.indices())
        .mapToObj(s -> cluster.sentences().get(s)).map(Sentence::text).toList();
    assertThat(eligible).noneMatch(t -> t.startsWith("Striking dock workers"))
        .anyMatch(t -> t.startsWith("Dock workers at the port"));
  }
}

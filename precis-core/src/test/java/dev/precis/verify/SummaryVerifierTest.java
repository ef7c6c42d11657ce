package dev.precis.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryVerifierTest {
  /** A small invented story: a ferry fire told by three outlets. */
  private static final List<Article> STORY = List.of(
      Article.of("harbour-post", """
          A fire broke out on the ferry Aurora on Tuesday as it crossed the Kessel Strait with 214 passengers on board.
          Captain Mirela Vance ordered the passengers into lifeboats within twenty minutes.
          Twelve people were taken to hospital with smoke injuries, the coast guard said.
          """),
      Article.of("coast-daily", """
          Coast guard commander Tomas Riedl said the blaze started in the engine room of the Aurora.
          All 214 passengers were rescued, and 12 were treated in hospital for breathing in smoke.
          The ferry company Nordlink said it would inspect its other three vessels.
          """),
      Article.of("wire", """
          The Aurora, operated by Nordlink, caught fire on Tuesday in the Kessel Strait.
          Investigators have not yet found the cause of the fire.
          The vessel was built in 1998 and refitted in 2015.
          """));

  private static Verification.Checked verdict(String sentence) {
    Verification v = new SummaryVerifier(STORY).verify(sentence);
    assertEquals(1, v.sentences().size(), "one sentence: " + sentence);
    return v.sentences().get(0);
  }

  @Test
  void aSentenceInTheSourcesWordsIsSupportedByWording() {
    Verification.Checked s = verdict(
        "A fire broke out on the ferry Aurora on Tuesday as it crossed the Kessel Strait.");
    assertEquals(Verification.Verdict.SUPPORTED, s.verdict());
    assertEquals("harbour-post", s.evidence().get(0).article());
    assertEquals("wording", s.evidence().get(0).match());
  }

  @Test
  void aParaphraseWithNumbersAsWordsIsSupported() {
    Verification.Checked s = verdict(
        "Smoke injuries sent twelve people to hospital, according to the coast guard.");
    assertEquals(Verification.Verdict.SUPPORTED, s.verdict(), s.toString());
  }

  @Test
  void aClaimMergingTwoSourceSentencesInAnotherOrderIsSupportedByBoth() {
    Verification.Checked s = verdict("Nordlink, which will inspect its three other vessels, "
        + "operates the Aurora, whose engine room is where the blaze started.");
    assertEquals(Verification.Verdict.SUPPORTED, s.verdict(), s.toString());
    assertTrue(s.evidence().size() >= 2, s.toString());
    assertTrue(s.evidence().stream().anyMatch(e -> e.article().equals("coast-daily")));
  }

  @Test
  void anotherFigureIsContradictedAndSaysWhich() {
    Verification.Checked s = verdict(
        "All 241 passengers were rescued, and 12 were treated in hospital for breathing in smoke.");
    assertEquals(Verification.Verdict.CONTRADICTED, s.verdict(), s.toString());
    assertEquals("coast-daily", s.conflicts().get(0).article());
    assertEquals("number 241 against 214", s.conflicts().get(0).what());
  }

  @Test
  void anotherWeekdayIsContradicted() {
    Verification.Checked s = verdict(
        "The Aurora, operated by Nordlink, caught fire on Thursday in the Kessel Strait.");
    assertEquals(Verification.Verdict.CONTRADICTED, s.verdict(), s.toString());
    assertEquals("weekday thursday against tuesday", s.conflicts().get(0).what());
  }

  @Test
  void aNameSwappedForAnotherPersonOfTheStoryIsContradicted() {
    Verification.Checked s = verdict(
        "Captain Tomas Riedl ordered the passengers into lifeboats within twenty minutes.");
    assertEquals(Verification.Verdict.CONTRADICTED, s.verdict(), s.toString());
    assertTrue(s.conflicts().get(0).what().startsWith("name "), s.toString());
  }

  @Test
  void aNegatedClaimIsContradicted() {
    Verification.Checked s = verdict(
        "Captain Mirela Vance did not order the passengers into lifeboats within twenty minutes.");
    assertEquals(Verification.Verdict.CONTRADICTED, s.verdict(), s.toString());
    assertEquals("negated; the source is not", s.conflicts().get(0).what());
  }

  @Test
  void aClaimTheSourcesNeverMakeIsUnsupported() {
    Verification.Checked s = verdict(
        "The regional parliament voted to ban diesel buses from the old town next spring.");
    assertEquals(Verification.Verdict.UNSUPPORTED, s.verdict(), s.toString());
    assertTrue(s.evidence().isEmpty());
  }

  @Test
  void wordsScatteredOverUnrelatedSentencesDoNotSupportAClaim() {
    // each word is in the story, each in another sentence: a claim no source makes
    Verification.Checked s = verdict(
        "Investigators blamed the refit for the smoke that filled the lifeboats.");
    assertEquals(Verification.Verdict.UNSUPPORTED, s.verdict(), s.toString());
  }

  @Test
  void synonymsAreTheSameWord() {
    // "U.S." and "United States" map to one word in the dedup synonym table
    List<Article> story = List.of(Article.of("a",
        "The United States sent two rescue ships to the strait on Wednesday."));
    Verification v = new SummaryVerifier(story).verify(
        "The U.S. sent two rescue ships to the strait on Wednesday.");
    assertEquals(Verification.Verdict.SUPPORTED, v.sentences().get(0).verdict());
  }

  @Test
  void aWeekdayIsResolvedAgainstTheArticleDate() {
    // Thursday 12 March 2026: "on Monday" is 9 March
    List<Article> story = List.of(new Article("courier", "Dock strike", "2026-03-12", null, null,
        null, "Dockworkers at Port Carrow walked out on Monday over pay and automation."));
    SummaryVerifier verifier = new SummaryVerifier(story);
    Verification.Checked right = verifier.verify(
        "Port Carrow dockworkers walked out on March 9 over pay and automation.")
        .sentences().get(0);
    assertEquals(Verification.Verdict.SUPPORTED, right.verdict(), right.toString());
    Verification.Checked wrong = verifier.verify(
        "Port Carrow dockworkers walked out on March 10 over pay and automation.")
        .sentences().get(0);
    assertEquals(Verification.Verdict.CONTRADICTED, wrong.verdict(), wrong.toString());
    assertEquals("date march 10 against march 9", wrong.conflicts().get(0).what());
  }

  @Test
  void aWholeSummaryIsCountedByVerdict() {
    Verification v = new SummaryVerifier(STORY).verify("""
        A fire broke out on the ferry Aurora on Tuesday as it crossed the Kessel Strait.
        The vessel was built in 1989 and refitted in 2015.
        The regional parliament voted to ban diesel buses from the old town next spring.
        """);
    assertEquals(3, v.sentences().size());
    assertEquals(1, v.supported());
    assertEquals(1, v.contradicted());
    assertEquals(1, v.unsupported());
    assertEquals("year 1989 against 1998", v.sentences().get(1).conflicts().get(0).what());
  }

  @Test
  void noSummaryOrNoArticlesIsOneClearMessage() {
    PrecisException e = assertThrows(PrecisException.class,
        () -> new SummaryVerifier(STORY).verify("  "));
    assertEquals("the summary to verify is empty", e.getMessage());
    assertEquals("no articles to verify the summary against", assertThrows(PrecisException.class,
        () -> new SummaryVerifier(List.of())).getMessage());
  }

  @Test
  void numberWordsAreWrittenInDigits() {
    assertEquals("12 people, 25 boats, 3 ships and one captain",
        NumberWords.digits("Twelve people, twenty-five boats, three ships and one captain"));
  }
}

package dev.precis.eval.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.precis.text.Article;
import dev.precis.verify.SummaryVerifier;
import dev.precis.verify.VerdictFeatures;
import dev.precis.verify.VerdictModel;
import dev.precis.verify.Verification.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerifyTrainerTest {
  /** An invented bridge closure told by one outlet. */
  private static final List<Article> STORY = List.of(Article.of("courier", """
      The Elver Bridge in Tannick closed on Friday after inspectors found 14 cracked cables.
      Engineer Halvard Moen said the repairs would take three months.
      Commuters will use a ferry service that the city has hired for the summer.
      """));

  private static VerdictFeatures features(String sentence) {
    return new SummaryVerifier(STORY).features(sentence).get(0);
  }

  @Test
  void eachFlaggedSentenceHasTheFirstReasonTheVerdictChecks() {
    VerdictModel model = VerdictModel.standard();
    assertNull(VerifyTrainer.reason(model, features(
        "The Elver Bridge in Tannick closed on Friday after inspectors found 14 cracked cables.")));
    assertEquals("contradicted (explicit check)", VerifyTrainer.reason(model, features(
        "The Elver Bridge in Tannick closed on Friday after inspectors found 41 cracked cables.")));
    assertEquals("no source sentence shares two words", VerifyTrainer.reason(model, features(
        "Farmers in the valley expect a late harvest of apples.")));
    assertEquals("a figure not stated", VerifyTrainer.reason(model, features(
        "Engineer Halvard Moen said the repairs would take three months and cost 9 million.")));
  }

  @Test
  void theHandThresholdsSupportWhatCoversHalfTheWordsWithEveryFigure() {
    assertEquals(Verdict.SUPPORTED, VerifyTrainer.handVerdict(features(
        "Inspectors found 14 cracked cables on the Elver Bridge, which closed on Friday.")));
    assertEquals(Verdict.CONTRADICTED, VerifyTrainer.handVerdict(features(
        "Inspectors found 15 cracked cables on the Elver Bridge, which closed on Friday.")));
    assertEquals(Verdict.UNSUPPORTED, VerifyTrainer.handVerdict(features(
        "Farmers in the valley expect a late harvest of apples.")));
  }
}

package dev.precis.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.PrecisException;
import dev.precis.linear.ZScoredWeights;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictModelTest {
  /** An invented council vote told by two outlets. */
  private static final List<Article> STORY = List.of(
      Article.of("gazette", """
          The Lindholm town council voted 7 to 2 on Monday to close the old swimming pool in May.
          Mayor Ingrid Solberg said repairs would cost more than a new pool.
          """),
      Article.of("radio", """
          Councillor Piet Aalders, who voted against the closure, said families would lose the only pool in town.
          A new pool is planned for 2029 on the site of the former bus depot.
          """));

  private static VerdictFeatures features(String sentence) {
    List<VerdictFeatures> f = new SummaryVerifier(STORY).features(sentence);
    assertEquals(1, f.size());
    return f.get(0);
  }

  /** A model that only weighs the best sentence's coverage, with the given cutoff. */
  private static VerdictModel bestSentenceOnly(double cutoff) {
    List<Double> zero = new ArrayList<>();
    List<Double> one = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (String name : VerdictFeatures.NAMES) {
      zero.add(0.0);
      one.add(1.0);
      weights.add(name.equals("best_sentence") ? 10.0 : 0.0);
    }
    return new VerdictModel(new ZScoredWeights(VerdictFeatures.NAMES, zero, one, weights), -5,
        cutoff, "test");
  }

  @Test
  void featuresSayWhatTheSourcesHold() {
    VerdictFeatures same = features(
        "The Lindholm town council voted 7 to 2 on Monday to close the old swimming pool in May.");
    assertEquals(1.0, same.value("best_sentence"), 1e-9);
    assertEquals(1.0, same.value("figures_stated"));
    assertFalse(same.contradiction());
    assertTrue(same.evidence());
    VerdictFeatures absent = features("The regional airport will add three routes to Oslo.");
    assertTrue(absent.value("coverage") < 0.3, absent.toString());
  }

  @Test
  void anotherFigureOnTheSameContentIsContradictedWhateverTheModelSays() {
    VerdictFeatures f = features(
        "The Lindholm town council voted 6 to 2 on Monday to close the old swimming pool in May.");
    assertTrue(f.contradiction(), f.toString());
    // a model that would pass anything still cannot pass it: the check comes first
    assertEquals(Verification.Verdict.CONTRADICTED, bestSentenceOnly(0.01).verdict(f));
  }

  @Test
  void aFigureNoSourceStatesIsNeverSupported() {
    VerdictFeatures f = features(
        "Mayor Ingrid Solberg said repairs would cost more than a new pool by 40 percent.");
    assertFalse(f.statesAll(), f.toString());
    assertEquals(Verification.Verdict.UNSUPPORTED, bestSentenceOnly(0.01).verdict(f));
  }

  @Test
  void theCutoffDecidesAmongSentencesTheExplicitChecksLeaveOpen() {
    // most of the words of one sentence, reworded: coverage between the two cutoffs below
    VerdictFeatures f = features("Ingrid Solberg, the mayor, said fixing it would cost more.");
    assertTrue(f.statesAll() && f.evidence(), f.toString());
    VerdictModel model = bestSentenceOnly(0.5);
    double p = model.probability(f);
    assertTrue(p > 0.02 && p < 0.98, "p " + p);
    assertEquals(Verification.Verdict.SUPPORTED, model.withCutoff(p).verdict(f));
    assertEquals(Verification.Verdict.UNSUPPORTED,
        model.withCutoff(Math.min(0.99, p + 0.01)).verdict(f));
    // and the verifier gives the model's verdict
    assertEquals(Verification.Verdict.SUPPORTED, new SummaryVerifier(STORY, model.withCutoff(p))
        .verify(f.text()).sentences().get(0).verdict());
  }

  @Test
  void theShippedModelReadsBackAsWritten() throws Exception {
    VerdictModel shipped = VerdictModel.standard();
    assertEquals(VerdictFeatures.NAMES, shipped.weights().features());
    VerdictModel again = VerdictModel.parse(new ObjectMapper().readTree(shipped.toJson(null)),
        "built-in");
    assertEquals(shipped, again);
  }

  @Test
  void aBadModelIsOneClearMessage() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertEquals("not a verdict model: it needs kind \"verify-verdict-logistic\", features "
        + "{name: {mean, scale, weight}}, intercept and cutoff",
        assertThrows(PrecisException.class,
            () -> VerdictModel.parse(json.readTree("{\"kind\": \"other\"}"), "x")).getMessage());
    String unknown = bestSentenceOnly(0.5).toJson(null).replace("\"length\"", "\"colour\"");
    assertTrue(assertThrows(PrecisException.class,
        () -> VerdictModel.parse(json.readTree(unknown), "x")).getMessage()
        .startsWith("the verdict model names an unknown feature 'colour'"));
    String cutoff = bestSentenceOnly(0.5).toJson(null).replace("\"cutoff\" : 0.5",
        "\"cutoff\" : 1.5");
    assertEquals("the verdict model's cutoff must be between 0 and 1",
        assertThrows(PrecisException.class,
            () -> VerdictModel.parse(json.readTree(cutoff), "x")).getMessage());
  }
}

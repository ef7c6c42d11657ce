package dev.precis.salience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.precis.PrecisException;
import dev.precis.text.AnalyzedCluster;
import dev.precis.text.Article;
import dev.precis.text.Sentence;
import dev.precis.text.TextPipeline;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SalienceModelTest {
  /**
   * Three reports of an invented ferry sinking: a full main report, a shorter follow-up that
   * repeats its facts, and a web page that ends in a teaser for another story and a photo caption.
   */
  static final List<Article> STORY = List.of(
      Article.of("main-report", """
          The ferry Aurora sank off the island of Velka on Sunday morning with 214 passengers on board, and coast guard crews rescued 187 of them from the cold water.
          Twenty-seven people are still missing, the coast guard said on Sunday evening.
          The ferry left the port of Dunmore at dawn and turned over in high waves about ten kilometres from Velka.
          "We saw the ship lean and then it was gone," said Marta Holm, a fisherman's wife who watched from the shore.
          Navy divers will search the wreck on Monday if the weather allows.
          """),
      Article.of("follow-up", """
          Coast guard crews rescued 187 passengers after the ferry Aurora sank off Velka on Sunday.
          Twenty-seven people are still missing and navy divers will search the wreck.
          The operator of the ferry said it was cooperating with the investigation.
          """),
      Article.of("web-page", """
          Ferry Aurora sinks off Velka, 27 missing.
          The Aurora had passed its last safety inspection in March, the operator said.
          Relatives of the missing waited at the port of Dunmore for news through the night.
          Also on our site: ten of the worst ferry disasters of the past decade, and what went wrong.
          Pictured: a coast guard boat returns to harbour with survivors wrapped in blankets.
          """));

  private static AnalyzedCluster cluster() {
    return TextPipeline.english().analyze(STORY);
  }

  private static int sentence(AnalyzedCluster cluster, String opening) {
    for (Sentence s : cluster.sentences()) {
      if (s.text().startsWith(opening)) {
        return s.index();
      }
    }
    throw new AssertionError("no sentence opens with " + opening);
  }

  private static int[] all(AnalyzedCluster cluster) {
    return IntStream.range(0, cluster.size()).toArray();
  }

  private static double feature(double[][] rows, int s, String name) {
    return rows[s][SalienceFeatures.NAMES.indexOf(name)];
  }

  @Test
  void featuresDescribeWhereASentenceStandsAndWhatItHolds() {
    AnalyzedCluster cluster = cluster();
    double[][] rows = SalienceFeatures.of(cluster, all(cluster));
    int lead = sentence(cluster, "The ferry Aurora sank");
    int quote = sentence(cluster, "\"We saw");
    int teaser = sentence(cluster, "Also on our site");
    int operator = sentence(cluster, "The operator of the ferry");

    assertThat(feature(rows, lead, "first_sentence")).isEqualTo(1);
    assertThat(feature(rows, lead, "early_position")).isEqualTo(1);
    assertThat(feature(rows, lead, "relative_position")).isZero();
    assertThat(feature(rows, teaser, "first_sentence")).isZero();
    assertThat(feature(rows, teaser, "relative_position")).isGreaterThan(0.5);
    assertThat(feature(rows, lead, "numbers")).isEqualTo(1);
    assertThat(feature(rows, teaser, "numbers")).isZero();
    assertThat(feature(rows, quote, "quote")).isEqualTo(1);
    assertThat(feature(rows, lead, "quote")).isZero();
    // the main report shares most of its words with the others: it is the central article
    assertThat(feature(rows, lead, "central_article")).isEqualTo(1);
    assertThat(feature(rows, lead, "article_coverage"))
        .isGreaterThan(feature(rows, operator, "article_coverage"));
    assertThat(feature(rows, lead, "article_centrality"))
        .isGreaterThan(feature(rows, teaser, "article_centrality"));
    // the lead's bigrams (ferry Aurora, coast guard, rescued 187) recur in other articles
    assertThat(feature(rows, lead, "concept_weight"))
        .isGreaterThan(feature(rows, teaser, "concept_weight"));
    assertThat(feature(rows, lead, "concept_mass")).isGreaterThan(0.9);
    assertThat(feature(rows, teaser, "concept_mass")).isLessThan(0.2);
    assertThat(feature(rows, operator, "single_article")).isZero();
    assertThat(feature(rows, lead, "names")).isGreaterThan(0);
    for (double[] row : rows) {
      assertThat(row).hasSize(SalienceFeatures.NAMES.size());
      for (double x : row) {
        assertThat(Double.isFinite(x)).isTrue();
      }
    }
  }

  @Test
  void aSingleArticleGetsSharesOfZeroNotNaN() {
    AnalyzedCluster one = TextPipeline.english().analyze(List.of(STORY.get(0)));
    double[][] rows = SalienceFeatures.of(one, all(one));
    assertThat(feature(rows, 0, "single_article")).isEqualTo(1);
    assertThat(feature(rows, 0, "concept_weight")).isZero();
    assertThat(feature(rows, 0, "article_centrality")).isZero();
  }

  @Test
  void theShippedModelRanksTheMainReportsLeadAboveTheTeaserAndTheCaption() {
    AnalyzedCluster cluster = cluster();
    double[] score = SalienceModel.standard().scores(cluster, all(cluster));
    int lead = sentence(cluster, "The ferry Aurora sank");
    assertThat(score[lead]).isGreaterThan(score[sentence(cluster, "Also on our site")]);
    assertThat(score[lead]).isGreaterThan(score[sentence(cluster, "Pictured")]);
    assertThat(score[lead]).isGreaterThan(score[sentence(cluster, "Relatives of the missing")]);
    // the same input, the same numbers
    assertThat(SalienceModel.standard().scores(cluster(), all(cluster))).containsExactly(score);
  }

  @Test
  void aModelSurvivesItsJsonAndABadOneIsNamed() throws Exception {
    SalienceModel model = SalienceModel.standard();
    ObjectMapper json = new ObjectMapper();
    SalienceModel again = SalienceModel.parse(json.readTree(model.toJson(null)), "built-in");
    assertThat(again).isEqualTo(model);

    assertThatThrownBy(() -> SalienceModel.parse(json.readTree("{\"kind\": \"other\"}"), "x"))
        .isInstanceOf(PrecisException.class).hasMessageContaining("not a salience model");
    String unknown = "{\"kind\": \"sentence-salience-ridge\", \"intercept\": 0, \"features\": "
        + "{\"colour\": {\"mean\": 0, \"scale\": 1, \"weight\": 1}}}";
    assertThatThrownBy(() -> SalienceModel.parse(json.readTree(unknown), "x"))
        .isInstanceOf(PrecisException.class).hasMessageContaining("unknown feature 'colour'");
    String zeroScale = unknown.replace("colour", "words").replace("\"scale\": 1", "\"scale\": 0");
    assertThatThrownBy(() -> SalienceModel.parse(json.readTree(zeroScale), "x"))
        .isInstanceOf(PrecisException.class).hasMessageContaining("'words'");
  }
}

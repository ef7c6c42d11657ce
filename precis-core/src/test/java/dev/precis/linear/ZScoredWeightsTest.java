package dev.precis.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.precis.PrecisException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZScoredWeightsTest {
  private static final List<String> KNOWN = List.of("words", "digits", "quotes");

  @Test
  void scoresTheZNormalisedFeaturesOntoTheIntercept() {
    ZScoredWeights w = ZScoredWeights.checked("toy", KNOWN, List.of("words", "quotes"),
        List.of(20.0, 0.5), List.of(10.0, 0.5), List.of(2.0, -1.0));
    Map<String, Double> sentence = Map.of("words", 30.0, "quotes", 1.0);
    // 0.25 + 2 * (30 - 20) / 10 - 1 * (1 - 0.5) / 0.5
    assertThat(w.sum(0.25, sentence::get)).isEqualTo(1.25);
    assertThat(w.sum(0.25, new double[] {30, 7, 1}, new int[] {0, 2})).isEqualTo(1.25);
  }

  @Test
  void writesAndReadsTheSameWeights() throws Exception {
    ZScoredWeights w = ZScoredWeights.checked("toy", KNOWN, List.of("digits"), List.of(0.1),
        List.of(0.05), List.of(-3.5));
    ObjectNode node = new ObjectMapper().createObjectNode();
    w.write(node);
    assertThat(node.toString()).isEqualTo(
        "{\"digits\":{\"mean\":0.1,\"scale\":0.05,\"weight\":-3.5}}");
    assertThat(ZScoredWeights.read(node, "toy", KNOWN)).isEqualTo(w);
  }

  @Test
  void aBadModelGetsOneMessageNamingTheModelAndTheFeature() throws Exception {
    assertThatThrownBy(() -> ZScoredWeights.checked("toy", KNOWN, List.of("colour"),
        List.of(0.0), List.of(1.0), List.of(1.0))).isInstanceOf(PrecisException.class)
        .hasMessageContaining("the toy model names an unknown feature 'colour'");
    assertThatThrownBy(() -> ZScoredWeights.checked("toy", KNOWN, List.of("words"),
        List.of(0.0), List.of(0.0), List.of(1.0))).isInstanceOf(PrecisException.class)
        .hasMessageContaining("feature 'words' has a mean, scale or weight that is not a usable");
    ObjectNode node = (ObjectNode) new ObjectMapper().readTree(
        "{\"words\": {\"mean\": 1, \"scale\": \"wide\", \"weight\": 2}}");
    assertThatThrownBy(() -> ZScoredWeights.read(node, "toy", KNOWN))
        .hasMessage("toy feature 'words' needs numbers mean, scale and weight");
  }
}

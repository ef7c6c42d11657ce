package dev.precis.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.precis.PrecisException;
import dev.precis.text.Article;
import dev.precis.text.TextEmbedder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The optional sentence-embedding signal, with a small embedder written for the test. */
class EmbeddingSignalTest {

  /**
   * Puts a text on one of three axes by the first topic word it contains: what a sentence
   * embedding does for two wordings of one event that share no words.
   */
  static final class TopicEmbedder implements TextEmbedder {
    private static final List<List<String>> TOPICS = List.of(
        List.of("gales", "windstorm"), List.of("chess"));
    int calls;

    @Override
    public String name() {
      return "topic fixture";
    }

    @Override
    public int dimension() {
      return 3;
    }

    @Override
    public synchronized float[] embed(String text) {
      calls++;
      String lower = text.toLowerCase(Locale.ROOT);
      float[] v = new float[3];
      for (int t = 0; t < TOPICS.size(); t++) {
        for (String word : TOPICS.get(t)) {
          if (lower.contains(word)) {
            v[t] = 1;
            return v;
          }
        }
      }
      v[2] = 1;
      return v;
    }

    @Override
    public void close() {}
  }

  private static final List<Article> STREAM = List.of(
      Article.of("storm-a", "Gales tore roofs from houses in Pellham overnight, and the coast road "
          + "stayed shut until noon."),
      Article.of("storm-b", "Residents of Brackley woke to fallen trees and cut power lines on "
          + "every road after a windstorm swept the valley."),
      Article.of("chess-a", "Ilona Varga won the Keswick chess championship on Thursday with a "
          + "draw in the final round."));

  private static Set<Set<String>> partition(List<Story> stories) {
    return stories.stream().map(s -> Set.copyOf(s.articleIds())).collect(Collectors.toSet());
  }

  /**
   * A model written for the test that trusts embeddings: what the signal does does not hang on the
   * shipped model's trained weights.
   */
  static final SameStoryModel TRUSTS_EMBEDDINGS = new SameStoryModel(
      List.of("terms", "embedding"), new double[] {5, 10}, -6, 0, 0, null);

  /** Candidates still come from shared words (one here, "road"); embeddings weigh them. */
  @Test
  void embeddingsJoinTwoWordingsThatShareAlmostNoWords() {
    ClusterOptions words = ClusterOptions.defaults().withModel(TRUSTS_EMBEDDINGS);
    assertThat(partition(StoryClusterer.cluster(STREAM, words)))
        .containsExactlyInAnyOrder(Set.of("storm-a"), Set.of("storm-b"), Set.of("chess-a"));

    TopicEmbedder embedder = new TopicEmbedder();
    ClusterOptions withEmbeddings = words.withEmbeddings(true);
    List<Story> stories = StoryClusterer.cluster(STREAM, withEmbeddings, embedder);
    assertThat(partition(stories))
        .containsExactlyInAnyOrder(Set.of("storm-a", "storm-b"), Set.of("chess-a"));
    assertThat(embedder.calls).isEqualTo(3);
    assertThat(StoryClusterer.cluster(List.of(STREAM.get(2), STREAM.get(1), STREAM.get(0)),
        withEmbeddings, new TopicEmbedder())).isEqualTo(stories);
  }

  /** The fixture's vectors times {@code factor}, or with a NaN component when factor is NaN. */
  static TextEmbedder scaled(double factor) {
    TopicEmbedder topics = new TopicEmbedder();
    return new TextEmbedder() {
      @Override
      public String name() {
        return "scaled topic fixture";
      }

      @Override
      public int dimension() {
        return 3;
      }

      @Override
      public float[] embed(String text) {
        float[] v = topics.embed(text);
        for (int d = 0; d < v.length; d++) {
          v[d] *= (float) factor;
        }
        return v;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void vectorsAreScaledToUnitLengthAndBrokenOnesRefused() {
    ClusterOptions options = ClusterOptions.defaults().withModel(TRUSTS_EMBEDDINGS)
        .withEmbeddings(true);
    List<Story> unit = StoryClusterer.cluster(STREAM, options, new TopicEmbedder());
    assertThat(StoryClusterer.cluster(STREAM, options, scaled(10))).isEqualTo(unit);
    assertThat(StoryClusterer.cluster(STREAM, options, scaled(0.01))).isEqualTo(unit);
    assertThatThrownBy(() -> StoryClusterer.cluster(STREAM, options, scaled(Double.NaN)))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("the embedding model returned a vector with a NaN component");
  }

  @Test
  void theModelReadsHeadlineAndLeadNeverAWholeUnbrokenText() {
    String unbroken = "word ".repeat(200_000);
    List<dev.precis.text.Sentence> sentences = new dev.precis.text.TextPipeline(
        dev.precis.text.Language.ENGLISH, false, false)
        .analyze(List.of(Article.of("long", unbroken))).sentences();
    String lead = ArticleProfile.embeddedText("Gales in Pellham", sentences);
    assertThat(lead).startsWith("Gales in Pellham. word word").hasSizeLessThanOrEqualTo(
        ArticleProfile.EMBEDDED_CHARS);
    assertThat(ArticleProfile.embeddedText("Gales in Pellham?", List.of()))
        .isEqualTo("Gales in Pellham?");
  }

  @Test
  void embeddingsWithoutModelAreRefusedAndModelWithoutEmbeddingsIsUnused() {
    assertThatThrownBy(() -> new StoryClusterer(ClusterOptions.defaults().withEmbeddings(true)))
        .isInstanceOf(PrecisException.class)
        .hasMessageContaining("no embedding model was given");
    TopicEmbedder unused = new TopicEmbedder();
    StoryClusterer.cluster(STREAM, ClusterOptions.defaults(), unused);
    assertThat(unused.calls).isZero();
    assertThat(ClusterOptions.defaults().withEmbeddings(true).parameters())
        .containsEntry("embeddings", true);
    assertThat(SameStoryModel.withEmbeddings().usesEmbeddings()).isTrue();
    assertThat(SameStoryModel.standard().usesEmbeddings()).isFalse();
  }
}

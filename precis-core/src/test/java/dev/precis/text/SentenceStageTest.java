package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceStageTest {
  private static List<String> texts(List<SentenceDraft> page) {
    return page.stream().map(SentenceDraft::text).toList();
  }

  @Test
  void eachStageDoesItsOneJobAndTheChainIsWhatThePipelineGives() throws IOException {
    Article article = Article.of("ferry", FurnitureFilterTest.page() + "\nHowever, the "
        + "crews' union (SFU) said its members would return on Sunday.");
    List<SentenceDraft> read = SentenceDraft.of(article);

    FurnitureFilter furniture = new FurnitureFilter(FurnitureModel.standard());
    List<SentenceDraft> story = furniture.apply(read);
    assertThat(texts(read)).contains("Associated Press writer Jonas Ebbe in Port Selby "
        + "contributed to this report.");
    assertThat(texts(story)).doesNotContain("Associated Press writer Jonas Ebbe in Port Selby "
        + "contributed to this report.").isSubsetOf(texts(read));

    List<SentenceDraft> shortened = new SentenceCompressor(false).apply(story);
    SentenceDraft last = shortened.get(shortened.size() - 1);
    assertThat(last.text()).isEqualTo("The crews' union said its members would return on Sunday.");
    assertThat(last.original()).isEqualTo(
        "However, the crews' union (SFU) said its members would return on Sunday.");
    assertThat(article.text().substring(last.start(), last.end())).isEqualTo(last.original());

    List<SentenceDraft> words = Words.STAGE.apply(shortened);
    assertThat(words.get(words.size() - 1).words())
        .containsExactly("the", "crews", "union", "said", "its", "members", "would", "return",
            "on", "sunday");

    AnalyzedCluster cluster = new TextPipeline(Language.ENGLISH, true, false, furniture)
        .analyze(List.of(article));
    assertThat(cluster.sentences()).extracting(Sentence::text).containsExactlyElementsOf(
        texts(words));
    assertThat(cluster.sentences()).extracting(Sentence::words).containsExactlyElementsOf(
        words.stream().map(SentenceDraft::words).toList());
  }

  @Test
  void theWordStageDropsASentenceLeftWithoutWords() {
    SentenceDraft dash = new SentenceDraft(0, 3, 0, "...", "\u2014", List.of(), false, true);
    SentenceDraft news = new SentenceDraft(4, 20, 0, "Crews walked out.", "Crews walked out.",
        List.of(), true, true);

    assertThat(Words.STAGE.apply(List.of(dash, news))).extracting(SentenceDraft::text)
        .containsExactly("Crews walked out.");
  }
}

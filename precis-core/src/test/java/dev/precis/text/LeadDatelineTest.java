package dev.precis.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LeadDatelineTest {
  private final TextPipeline pipeline = new TextPipeline(Language.ENGLISH, false, false,
      new FurnitureFilter(FurnitureModel.standard()));

  private List<String> quoted(String text) {
    return pipeline.analyze(List.of(Article.of("page", text))).sentences().stream()
        .map(Sentence::text).toList();
  }

  @Test
  void theStoryUnderAVideoPlayersNoticeLosesItsDateline() {
    String page = """
        You need the latest version of the Adobe Flash Player to view the video related to this \
        article. Download Now.

        LONG BEACH - Police say an Episcopal priest in Long Beach has been arrested on child \
        pornography and drug charges.

        Detectives say the priest was arrested at his home on Friday.""";

    assertThat(quoted(page)).containsExactly(
        "Police say an Episcopal priest in Long Beach has been arrested on child pornography and "
            + "drug charges.",
        "Detectives say the priest was arrested at his home on Friday.");
  }

  @Test
  void aDashInsideTheStoryIsLeftAlone() {
    String page = """
        Police say an Episcopal priest in Long Beach has been arrested on child pornography and \
        drug charges.

        NATO - The alliance met on Friday to discuss the priest's case, officials said.""";

    assertThat(quoted(page)).last().asString().startsWith("NATO - The alliance met");
  }

  @Test
  void aSpeakerOrAShortAcronymUnderFurnitureKeepsItsOpening() {
    for (String lead : List.of("BLITZER: We are following breaking news from Moscow tonight.",
        "NATO - The alliance met on Friday to discuss the talks.",
        "WHO: Cases rose again in the capital last week.")) {
      List<SentenceDraft> read = SentenceDraft.of(Article.of("page", "Download Now.\n\n" + lead));
      List<SentenceDraft> kept = read.subList(1, 2);

      assertThat(LeadDateline.cut(read, kept)).as(lead).isSameAs(kept);
    }
    assertThat(LeadDateline.placeLike("LONG BEACH - ")).isTrue();
    assertThat(LeadDateline.placeLike("WASHINGTON — ")).isTrue();
    assertThat(LeadDateline.placeLike("BEDFORD, Pa. (WJAC) – ")).isTrue();
  }

  @Test
  void keepsWhatItCutsOutOfTheOriginalAndTheOffsets() {
    List<SentenceDraft> read = SentenceDraft.of(Article.of("page", """
        Download Now.

        WASHINGTON — The politics of Twitter have struck again."""));
    List<SentenceDraft> kept = LeadDateline.cut(read, read.subList(1, 2));

    assertThat(kept.get(0).text()).isEqualTo("The politics of Twitter have struck again.");
    assertThat(kept.get(0).original()).startsWith("WASHINGTON — ");
    assertThat(kept.get(0).start()).isEqualTo(read.get(1).start());
    // the page's own first sentence: reading has cut whatever dateline it had
    assertThat(LeadDateline.cut(read, read)).isSameAs(read);
  }
}

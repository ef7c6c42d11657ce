package dev.precis.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.eval.data.Topic;
import dev.precis.summarize.SummaryOptions;
import dev.precis.text.Article;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionReportTest {
  @Test
  void listsParaphraseCreditsAndDisagreementsWithTotals() {
    Topic story = new Topic("cold", null, null, List.of(
        Article.of("first", "An Arctic cold wave and accompanying blizzards have killed at least "
            + "62 people throughout Europe, police and media reported on Monday."),
        Article.of("update", "Snowdrifts cut off hundreds of villages in the Carpathian "
            + "mountains. An Arctic cold wave and accompanying blizzards have killed at least 65 "
            + "people throughout Europe, police and media reported on Monday.")), List.of());
    Topic gun = new Topic("buck", null, null, List.of(
        Article.of("wire", "Rep. Ken Buck, a Tea Party Republican, tweeted a picture last week of "
            + "him and Rep. Trey Gowdy in his House office, holding an AR-15 semiautomatic rifle "
            + "decorated with an American flag pattern."),
        Article.of("local", "Last week, the freshman Republican from Windsor posted a picture on "
            + "Twitter that showed him posing in his office with fellow GOP lawmaker Trey Gowdy "
            + "and an AR-15 rifle painted with an American flag design.")), List.of());

    AttributionReport.Report report =
        AttributionReport.of(List.of(story, gun), SummaryOptions.defaults());

    assertThat(report.differing()).isEqualTo(1);
    assertThat(report.paraphrase()).isEqualTo(1);
    assertThat(report.pairs()).extracting(AttributionReport.Pair::kind)
        .containsExactlyInAnyOrder("differing", "paraphrase");
    assertThat(report.pairs()).filteredOn(p -> p.kind().equals("differing")).singleElement()
        .satisfies(p -> assertThat(List.of(p.sentence(), p.other()))
            .anyMatch(t -> t.contains("at least 62")).anyMatch(t -> t.contains("at least 65")));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AttributionReport.print(report, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("cold differing")
        .contains("by paraphrase; 1 differing");
  }
}

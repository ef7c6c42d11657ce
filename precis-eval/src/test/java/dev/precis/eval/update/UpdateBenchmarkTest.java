package dev.precis.eval.update;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UpdateBenchmarkTest {

  private static Article dated(String id, String day) {
    return new Article(id, null, day, null, null, null, "Text of " + id + ".");
  }

  @Test
  void aClusterIsCutAtTheDayBoundaryNearestItsMiddle() {
    List<Article> days = List.of(dated("a", "2026-03-01"), dated("b", "2026-03-01"),
        dated("c", "2026-03-01"), dated("d", "2026-03-02"), dated("e", "2026-03-03"),
        dated("f", "2026-03-03"));
    assertThat(UpdateBenchmark.cut(days)).isEqualTo(3);
    assertThat(UpdateBenchmark.cut(List.of(dated("a", "2026-03-01"), dated("b", "2026-03-01"))))
        .isEqualTo(-1);
  }

  @Test
  void datesComeFromTheDateTheIdOrADatelineUnderTheTitle() {
    assertThat(UpdateBenchmark.date(dated("x", "2026-03-09"))).contains(LocalDate.of(2026, 3, 9));
    assertThat(UpdateBenchmark.date(Article.of("APW19981017.0151", "LONDON (AP) _ Text.")))
        .contains(LocalDate.of(1998, 10, 17));
    assertThat(UpdateBenchmark.date(Article.of("M0001.english",
        "Aid pledges rise\n\nSaturday, January 1, 2005\n\nIn the week since the tsunami ...")))
        .contains(LocalDate.of(2005, 1, 1));
    assertThat(UpdateBenchmark.date(Article.of("M0000.english", "2005/01/08 Tsunami aid\n\nText.")))
        .contains(LocalDate.of(2005, 1, 8));
    assertThat(UpdateBenchmark.date(Article.of("425-0", "A page without a date, 2,000 words.")))
        .isEqualTo(Optional.empty());
  }

  @Test
  void theChosenWeightRepeatsLeastAmongThoseKeepingRouge() {
    // weight 0 repeats least but loses too much ROUGE-2 on the second set; 0.25 keeps enough
    UpdateBenchmark.Measured first = measured(0.10, new double[] {0.20, 0.25, 0.28, 0.30, 0.31},
        new double[] {0.095, 0.095, 0.097, 0.098, 0.099});
    UpdateBenchmark.Measured second = measured(0.10, new double[] {0.20, 0.22, 0.26, 0.29, 0.30},
        new double[] {0.080, 0.092, 0.093, 0.096, 0.099});
    assertThat(UpdateBenchmark.WEIGHTS[UpdateBenchmark.choose(List.of(first, second))])
        .isEqualTo(0.25);
    assertThat(UpdateBenchmark.WEIGHTS[UpdateBenchmark.choose(List.of(first))]).isEqualTo(0.0);
  }

  private static UpdateBenchmark.Measured measured(double plainRouge2, double[] overlap,
      double[] rouge2) {
    UpdateBenchmark.Scores plain = scores(0.4, plainRouge2);
    UpdateBenchmark.Scores[] update = new UpdateBenchmark.Scores[overlap.length];
    for (int w = 0; w < overlap.length; w++) {
      update[w] = scores(overlap[w], rouge2[w]);
    }
    return new UpdateBenchmark.Measured("1 of 1", plain, update);
  }

  private static UpdateBenchmark.Scores scores(double overlap, double rouge2) {
    UpdateBenchmark.Scores s = new UpdateBenchmark.Scores();
    s.clusters = 1;
    s.seenBigrams = overlap;
    s.rouge2 = rouge2;
    return s;
  }
}

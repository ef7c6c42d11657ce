package dev.precis.summarize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.text.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The largest budgets a user can type, and a summary with nothing that fits. */
class BudgetTest {

  @Test
  void theLargestBudgetsDoNotWrapRound() {
    assertThat(Budget.bytes(Integer.MAX_VALUE).capacity()).isEqualTo(Integer.MAX_VALUE);
    assertThat(Budget.bytes(100).capacity()).isEqualTo(101);
    assertThat(Budget.words(Integer.MAX_VALUE).capacity()).isEqualTo(Integer.MAX_VALUE);
    assertThat(Budget.sentences(Integer.MAX_VALUE).capacity()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void aBudgetOfTwoGigabytesTakesEverySentenceThatIsNotRedundant() {
    for (Budget budget : List.of(Budget.bytes(Integer.MAX_VALUE), Budget.words(Integer.MAX_VALUE),
        Budget.sentences(Integer.MAX_VALUE))) {
      for (String method : Summarizers.names()) {
        Summary summary = new SummaryPipeline(SummaryOptions.defaults().withBudget(budget)
            .withMethod(method)).summarize(NewsFixture.ARTICLES);
        assertThat(summary.sentences()).as(method + " " + budget).hasSizeGreaterThan(3);
      }
    }
  }

  @Test
  void anEmptySummarySaysWhy() {
    String noPunctuation = "the harbour workers union and the port authority met again on "
        .repeat(2_000);
    Summary summary = new SummaryPipeline(SummaryOptions.defaults())
        .summarize(List.of(Article.of("transcript", noPunctuation)));
    assertThat(summary.sentences()).isEmpty();
    assertThat(summary.notes()).containsExactly("the summary is empty: no sentence fits within the "
        + "budget of 100 words (the shortest is 22,000 words); text without sentence punctuation "
        + "reads as one long sentence");
  }
}

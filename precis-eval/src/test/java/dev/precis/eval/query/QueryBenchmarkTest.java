package dev.precis.eval.query;

import static org.assertj.core.api.Assertions.assertThat;

import dev.precis.eval.data.Topic;
import dev.precis.text.Article;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryBenchmarkTest {
  private static final Topic FERRY = topic("ferry",
      "The harbour ferry ran aground on Tuesday near Kessock pier, the coastguard said.",
      "Passengers of the stranded ferry were taken ashore by lifeboat at Kessock.",
      "The ferry operator said the tide had been misjudged and the pier would reopen.");
  private static final Topic BUDGET = topic("budget",
      "The council approved its budget on Tuesday after a long debate about libraries.",
      "Councillors said the budget keeps every library open but raises parking charges.");
  private static final Topic ELECTION = topic("election",
      "Voters return to the polls on Thursday in a council election said to be close.",
      "The election turns on parking charges and the future of the harbour.");

  private static Topic topic(String id, String... texts) {
    List<Article> docs = new java.util.ArrayList<>();
    for (int k = 0; k < texts.length; k++) {
      docs.add(Article.of(id + "-" + k, texts[k]));
    }
    return new Topic(id, "english", null, docs, List.of());
  }

  @Test
  void theQueryIsTheStorysMostTellingWordsFromItsOwnDocuments() {
    List<Set<String>> words = List.of(FERRY, BUDGET, ELECTION).stream()
        .map(t -> QueryBenchmark.words(
            String.join(" ", t.documents().stream().map(Article::text).toList())))
        .toList();
    // "ferry" is in all three ferry documents and no other story; "kessock" and "pier" in two;
    // "tuesday" and "said" are shared with the budget story or are stop words
    assertThat(QueryBenchmark.query(FERRY, words)).isEqualTo("ferry kessock pier");
    assertThat(QueryBenchmark.query(BUDGET, words)).startsWith("budget ");
  }

  @Test
  void theTwoStoriesAlternateSoThatNeitherHasTheLead() {
    List<Article> mixed = QueryBenchmark.interleave(FERRY.documents(), BUDGET.documents());
    assertThat(mixed).extracting(Article::id)
        .containsExactly("ferry-0", "budget-0", "ferry-1", "budget-1", "ferry-2");
  }
}

package dev.precis.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.precis.facts.Entity;
import dev.precis.facts.FactExtractor;
import dev.precis.facts.Quote;
import dev.precis.facts.StoryFacts;
import dev.precis.text.Article;
import java.util.ArrayList;
import java.util.List;

/**
 * Quote and entity finding on one to three articles of any text: quote marks of every style,
 * titles, initials, particles, speakers. Facts stay within their length limits and point into
 * their article. Run: {@code bin/fuzz FactsFuzzer 600}.
 */
public final class FactsFuzzer {
  private static final FactExtractor FACTS = new FactExtractor();

  private FactsFuzzer() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    int count = data.consumeInt(1, 3);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String text = i == count - 1 ? data.consumeRemainingAsString() : data.consumeString(2_000);
      articles.add(new Article("a" + i, null, null, null, null, null, text));
    }
    StoryFacts facts = FACTS.extract(articles);
    for (Entity e : facts.entities()) {
      Outcome.check(e.name().length() <= 100 && e.name().split(" ").length <= 10,
          "an entity of " + e.name().length() + " characters");
    }
    for (Quote q : facts.quotes()) {
      Outcome.check(q.text().length() <= 2_000, "a quote of " + q.text().length() + " characters");
      String text = articles.get(Integer.parseInt(q.articleId().substring(1))).text();
      Outcome.check(q.offset() >= 0 && q.offset() < text.length(),
          "a quote offset " + q.offset() + " outside its article");
    }
  }
}

package dev.precis.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.precis.facts.DateMention;
import dev.precis.facts.FactExtractor;
import dev.precis.facts.StoryFacts;
import dev.precis.text.Article;
import dev.precis.text.ArticleDates;
import java.util.List;

/**
 * Article dates (ISO, RFC 1123, "Nov. 23, 2026", 23/11/2026, numbers since 1970) and the dates
 * found in text. An unreadable date is a warning, never an exception. Run: {@code bin/fuzz
 * DateParsingFuzzer 600}.
 */
public final class DateParsingFuzzer {
  private static final FactExtractor FACTS = new FactExtractor();
  private static final int MAX_DATE_CHARS = 40;

  private DateParsingFuzzer() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    String written = data.consumeString(200);
    long number = data.consumeLong();
    String text = data.consumeRemainingAsString();
    ArticleDates.parse(written);
    ArticleDates.problem(written);
    // a JSON date may be any number: seconds or milliseconds since 1970, or nonsense
    ArticleDates.parse(ArticleDates.ofNumber(number));
    Article article = new Article("a", null, written, null, null, null,
        "The council met on " + text + " to vote on the harbour budget.");
    StoryFacts facts = FACTS.extract(List.of(article));
    for (DateMention date : facts.dates()) {
      Outcome.check(date.text().length() <= MAX_DATE_CHARS, "a date of "
          + date.text().length() + " characters");
    }
  }
}

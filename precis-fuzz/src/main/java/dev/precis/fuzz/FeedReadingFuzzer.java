package dev.precis.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.precis.read.ArticleReader;
import dev.precis.read.FeedDocument;
import dev.precis.read.FeedOutline;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * RSS, Atom and OPML, as {@code precis digest feed.xml} and the service's followed feeds read
 * them: ROME with DOCTYPEs refused, markup cleaning, dates, OPML outlines. Run: {@code bin/fuzz
 * FeedReadingFuzzer 600}.
 */
public final class FeedReadingFuzzer {
  private static final ArticleReader READER = ArticleReader.defaults();

  private FeedReadingFuzzer() {}

  public static void fuzzerTestOneInput(FuzzedDataProvider data) {
    boolean opml = data.consumeBoolean();
    byte[] bytes = data.consumeRemainingAsBytes();
    if (opml) {
      Outcome.of(() -> ArticleReader.readOpml("feeds.opml", bytes)).ifPresent(outlines -> {
        Set<String> urls = new HashSet<>();
        for (FeedOutline o : outlines) {
          Outcome.check(!o.xmlUrl().isBlank(), "an outline without an address");
          Outcome.check(urls.add(o.xmlUrl()), "an address listed twice: " + o.xmlUrl());
        }
      });
      return;
    }
    Outcome.of(() -> READER.readFeed("feed.xml", bytes)).ifPresent(feed -> {
      List<FeedDocument.Entry> entries = feed.entries();
      Set<String> ids = new HashSet<>();
      for (FeedDocument.Entry e : entries) {
        Outcome.check(!e.article().text().isBlank(), "an entry without text: " + e.key());
        Outcome.check(ids.add(e.article().id()), "an id given twice: " + e.article().id());
        Outcome.check(!e.article().text().contains("<p>"), "markup left in " + e.key());
      }
    });
  }
}

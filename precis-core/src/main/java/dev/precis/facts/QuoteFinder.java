package dev.precis.facts;

import dev.precis.text.WordCount;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds one article's quotes and their speakers, in time linear in the article's length: the
 * quotes come in text order, so paragraph starts are found by one forward scan.
 */
final class QuoteFinder {

  /**
   * A "quote" longer than this is quote marks gone astray (an unclosed mark running to a later
   * quote's close), not a statement; real quotes, even newswire passages over several
   * paragraphs, stay well below it.
   */
  static final int MAX_QUOTE_CHARS = 2_000;

  /** A quote of one article. */
  record Found(String text, String speaker, int start, int paragraph) {}

  private final int minWords;

  /** @param minWords shorter quotes are scare quotes ("zones of stability"), not statements */
  QuoteFinder(int minWords) {
    this.minWords = minWords;
  }

  List<Found> find(String text, List<NameMention> mentions, SpeakerFinder speakers) {
    List<Found> found = new ArrayList<>();
    SpeakerFinder.InArticle speakersHere = speakers.in(text, mentions);
    Found previous = null;
    int paragraph = 0;
    int scanned = 0;
    for (QuoteMarks.Span span : QuoteMarks.find(text)) {
      for (; scanned < span.open(); scanned++) {
        if (text.charAt(scanned) == '\n') {
          paragraph = scanned + 1;
        }
      }
      if (span.text().length() > MAX_QUOTE_CHARS || WordCount.of(span.text()) < minWords) {
        continue;
      }
      String speaker = speakersHere.speaker(span);
      if (speaker == null && previous != null && previous.paragraph() == paragraph) {
        // ``…,'' said Ms. Clywd. ``And hundreds …'': one speaker, quoted in two parts
        speaker = previous.speaker();
      }
      previous = new Found(span.text(), speaker, span.start(), paragraph);
      found.add(previous);
    }
    return found;
  }
}

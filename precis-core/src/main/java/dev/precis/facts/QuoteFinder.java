package dev.precis.facts;

import dev.precis.text.WordCount;
import java.util.ArrayList;
import java.util.List;

/** Finds one article's quotes and their speakers. */
final class QuoteFinder {

  /** A quote of one article. */
  record Found(String text, String speaker, int start, int paragraph) {}

  private final int minWords;

  /** @param minWords shorter quotes are scare quotes ("zones of stability"), not statements */
  QuoteFinder(int minWords) {
    this.minWords = minWords;
  }

  List<Found> find(String text, List<NameMention> mentions, SpeakerFinder speakers) {
    List<Found> found = new ArrayList<>();
    Found previous = null;
    for (QuoteMarks.Span span : QuoteMarks.find(text)) {
      if (WordCount.of(span.text()) < minWords) {
        continue;
      }
      String speaker = speakers.speaker(text, span, mentions);
      int paragraph = paragraphOf(text, span.open());
      if (speaker == null && previous != null && previous.paragraph() == paragraph) {
        // ``…,'' said Ms. Clywd. ``And hundreds …'': one speaker, quoted in two parts
        speaker = previous.speaker();
      }
      previous = new Found(span.text(), speaker, span.start(), paragraph);
      found.add(previous);
    }
    return found;
  }

  /** The offset where the paragraph holding {@code at} starts; identifies it. */
  private static int paragraphOf(String text, int at) {
    int newline = text.lastIndexOf('\n', at);
    return newline + 1;
  }
}

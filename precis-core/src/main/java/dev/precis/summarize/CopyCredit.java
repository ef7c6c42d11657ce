package dev.precis.summarize;

import dev.precis.dedup.DedupResult;
import dev.precis.text.Article;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Credits the copies of each source article. Copies are summarized once, through their group's
 * representative, so a sentence its representative supports is supported by its copies too,
 * except where a copy states other figures: a wire story updated from "at least 62 dead" to "at
 * least 65" is still a near copy, but it does not support "62". Such a copy is reported as
 * differing, pointing at its version of the sentence. A copy that left the sentence out is not
 * credited with it.
 */
final class CopyCredit {
  /** Share of the summary sentence's words a copy's sentence needs to be pointed at. */
  private static final double CLOSEST_SENTENCE = 0.5;

  private record Copy(Article article, Set<String> figures) {}

  private final Map<String, List<Copy>> copies = new HashMap<>();

  /** @param dedup the copy groups of {@code articles}, or null when none were looked for */
  CopyCredit(DedupResult dedup, List<Article> articles) {
    if (dedup == null) {
      return;
    }
    for (Article a : articles) { // input order, so sources list copies in cluster order
      String representative = dedup.representativeOf().get(a.id());
      if (!representative.equals(a.id())) {
        copies.computeIfAbsent(representative, k -> new ArrayList<>())
            .add(new Copy(a, Rewording.figures(Tokenizer.words(a.text()))));
      }
    }
  }

  SummarySentence credit(SummarySentence s) {
    if (copies.isEmpty()) {
      return s;
    }
    Set<String> figures = Rewording.figures(Tokenizer.words(s.text()));
    List<String> sources = new ArrayList<>();
    List<SummarySentence.Evidence> differing = new ArrayList<>(s.differing());
    for (String id : s.sources()) {
      sources.add(id);
      for (Copy copy : copies.getOrDefault(id, List.of())) {
        if (copy.figures().containsAll(figures)) {
          sources.add(copy.article().id());
          continue;
        }
        // the copy lacks one of the sentence's figures: look at its version of the sentence
        SummarySentence.Evidence closest = closestSentence(s.text(), copy.article());
        if (closest == null) {
          continue; // the copy left the sentence out: it does not support it
        }
        Set<String> stated = Rewording.figures(Tokenizer.words(
            copy.article().text().substring(closest.start(), closest.end())));
        if (!stated.containsAll(figures) && !figures.containsAll(stated)) {
          differing.add(closest);
        } else {
          sources.add(copy.article().id()); // it leaves a figure out but states no other
        }
      }
    }
    return new SummarySentence(s.text(), s.articleId(), s.start(), s.end(), sources, s.evidence(),
        differing, s.score());
  }

  /** The copy's sentence sharing most of the summary sentence's words, if it shares enough. */
  private static SummarySentence.Evidence closestSentence(String sentence, Article copy) {
    Set<String> words = new HashSet<>(Tokenizer.words(sentence));
    int[] best = null;
    double bestShare = CLOSEST_SENTENCE;
    for (int[] span : SentenceSplitter.split(copy.text())) {
      Set<String> other = new HashSet<>(Tokenizer.words(copy.text().substring(span[0], span[1])));
      int shared = 0;
      for (String w : words) {
        if (other.contains(w)) {
          shared++;
        }
      }
      double share = words.isEmpty() ? 0 : shared / (double) words.size();
      if (share >= bestShare && (best == null || share > bestShare)) {
        bestShare = share;
        best = span;
      }
    }
    return best == null ? null : new SummarySentence.Evidence(copy.id(), best[0], best[1],
        Math.round(bestShare * 1000) / 1000.0, SummarySentence.Match.WORDING);
  }
}

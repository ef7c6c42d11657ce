package dev.precis.summarize;

import dev.precis.dedup.DedupResult;
import dev.precis.text.Article;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.TextPipeline;
import dev.precis.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Credits copies. Copies are summarized once, through their group's representative, so they are
 * not among the sentences attribution compares; this looks in each copy for its version of a
 * summary sentence (the sentence whose words are most alike: the cosine of the two sets of
 * words), and credits the copy when that version states no other figure. A wire story updated from "at least 62 dead" to "at least 65"
 * is still a near copy, but it does not support "62": that copy is reported as differing,
 * pointing at its version. A copy that left the sentence out is not credited with it.
 *
 * <p>A copy of a source needs a version alike to {@link #COPY_OF_SOURCE}, a copy of another
 * article to {@link #COPY_OF_OTHER}: the one is expected to say what its representative says, the
 * other must show that it says more. A version with other figures is differing when it is alike
 * to {@link Attribution#DIFFERING}, as in attribution. Each copy is read once, its words numbered, so
 * crediting costs a pass over the copies' words per summary sentence.
 */
final class CopyCredit {
  static final double COPY_OF_SOURCE = 0.5;
  static final double COPY_OF_OTHER = 0.7;

  /** A copy's sentences: word ids, the first word of each sentence, and character spans. */
  private record Copy(Article article, String representative, int[] words, int[] firsts,
      List<int[]> spans) {}

  private final List<Copy> copies = new ArrayList<>();
  private final Map<String, Integer> position = new HashMap<>();
  private final Map<String, Integer> vocabulary = new HashMap<>();

  /** @param dedup the copy groups of {@code articles}, or null when none were looked for */
  CopyCredit(DedupResult dedup, List<Article> articles) {
    for (int i = 0; i < articles.size(); i++) {
      position.put(articles.get(i).id(), i);
    }
    if (dedup == null) {
      return;
    }
    for (Article a : articles) {
      String representative = dedup.representativeOf().get(a.id());
      if (!representative.equals(a.id())) {
        copies.add(read(a, representative));
      }
    }
  }

  private Copy read(Article article, String representative) {
    String text = article.text();
    List<int[]> spans = new ArrayList<>();
    List<Integer> words = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    // paragraph by paragraph, as the text pipeline reads, so a headline line stays apart
    for (int[] paragraph : TextPipeline.paragraphs(text)) {
      for (int[] span : SentenceSplitter.split(text.substring(paragraph[0], paragraph[1]))) {
        spans.add(new int[] {paragraph[0] + span[0], paragraph[0] + span[1]});
        firsts.add(words.size());
        for (String w : Tokenizer.words(text.substring(paragraph[0] + span[0],
            paragraph[0] + span[1]))) {
          words.add(vocabulary.computeIfAbsent(w, k -> vocabulary.size()));
        }
      }
    }
    firsts.add(words.size());
    return new Copy(article, representative,
        words.stream().mapToInt(Integer::intValue).toArray(),
        firsts.stream().mapToInt(Integer::intValue).toArray(), spans);
  }

  SummarySentence credit(SummarySentence s) {
    if (copies.isEmpty()) {
      return s;
    }
    List<String> sentenceWords = Tokenizer.words(s.text());
    Figures figures = Figures.of(sentenceWords);
    Set<String> distinct = new HashSet<>(sentenceWords);
    // the sentence's distinct words, marked by id; a word no copy has cannot be shared
    boolean[] wanted = new boolean[vocabulary.size()];
    for (String w : distinct) {
      Integer id = vocabulary.get(w);
      if (id != null) {
        wanted[id] = true;
      }
    }
    int[] countedIn = new int[vocabulary.size()];
    int stamp = 0;
    Set<String> credited = new HashSet<>(s.sources());
    List<SummarySentence.Evidence> differing = new ArrayList<>(s.differing());
    for (Copy copy : copies) {
      if (credited.contains(copy.article().id())) {
        continue;
      }
      double needed = credited.contains(copy.representative()) ? COPY_OF_SOURCE : COPY_OF_OTHER;
      int best = -1;
      double bestShare = 0;
      for (int k = 0; k + 1 < copy.firsts().length; k++) {
        stamp++;
        int shared = 0;
        int size = 0;
        for (int i = copy.firsts()[k]; i < copy.firsts()[k + 1]; i++) {
          int w = copy.words()[i];
          if (countedIn[w] != stamp) {
            countedIn[w] = stamp;
            size++;
            if (wanted[w]) {
              shared++;
            }
          }
        }
        // cosine of the two sets of words: a long sentence that happens to hold a short one's
        // few words is not its version
        double share = distinct.isEmpty() || size == 0 ? 0
            : shared / Math.sqrt((double) distinct.size() * size);
        if (share > bestShare) {
          bestShare = share;
          best = k;
        }
      }
      if (best < 0 || bestShare < needed) {
        continue; // the copy does not say it
      }
      int[] span = copy.spans().get(best);
      String version = copy.article().text().substring(span[0], span[1]);
      if (Figures.of(Tokenizer.words(version)).contradicts(figures)) {
        if (bestShare < Attribution.DIFFERING) {
          continue; // another statement with other figures, not this one changed
        }
        differing.add(new SummarySentence.Evidence(copy.article().id(), span[0], span[1],
            Math.round(bestShare * 1000) / 1000.0, SummarySentence.Match.WORDING));
      } else {
        credited.add(copy.article().id());
      }
    }
    // its own article first, then the others in cluster order
    List<String> sources = new ArrayList<>();
    sources.add(s.articleId());
    credited.stream().filter(id -> !id.equals(s.articleId()))
        .sorted(Comparator.comparingInt(position::get)).forEach(sources::add);
    differing.sort(Comparator.comparingInt(e -> position.get(e.articleId())));
    return new SummarySentence(s.text(), s.articleId(), s.start(), s.end(), sources, s.evidence(),
        differing, s.score());
  }
}

package dev.precis.attribute;

import dev.precis.dedup.DedupResult;
import dev.precis.similar.Figures;
import dev.precis.text.Article;
import dev.precis.text.StorySentences;
import dev.precis.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Credits copies. Copies are summarized once, through their group's representative, so they are
 * not among the sentences attribution compares; this looks in each copy for its own version of
 * what its representative said (the sentence whose words are most alike: the cosine of the two
 * sets of words) and credits the copy when that version states no other figure. A wire story
 * updated from "at least 62 dead" to "at least 65" is still a near copy, but it does not support
 * "62": that copy is reported as differing, pointing at its version. A copy that left the
 * sentence out is not credited with it.
 *
 * <p>A copy of a source is compared with the source's supporting sentence and needs a version
 * alike to {@link #COPY_OF_SOURCE}; a copy of another article is compared with the summary
 * sentence itself and needs {@link #COPY_OF_OTHER}, since it must show it says more than the
 * article it copies. A version with other figures is differing when alike to {@link
 * Attribution#DIFFERING}. A byte-identical copy shares its representative's verdict unread.
 */
final class CopyCredit {
  static final double COPY_OF_SOURCE = 0.5;
  static final double COPY_OF_OTHER = 0.7;

  /**
   * A copy's sentences as {@link StorySentences} reads them (boilerplate paragraphs and the
   * dateline left out, notices kept): word ids, the first word of each sentence, and character
   * spans. No sentences for a byte-identical copy, which is never read.
   */
  private record Copy(Article article, String representative, boolean identical, int[] words,
      int[] firsts, List<int[]> spans) {}

  private final List<Copy> copies = new ArrayList<>();
  private final Map<String, Integer> position = new HashMap<>();
  private final Map<String, Article> byId = new HashMap<>();
  private final Map<String, Integer> vocabulary = new HashMap<>();
  private final Function<Article, List<StorySentences.Sentence>> reader;

  /**
   * @param dedup the copy groups of {@code articles}, or null when none were looked for
   * @param reader how a copy is read into its story's sentences
   */
  CopyCredit(DedupResult dedup, List<Article> articles,
      Function<Article, List<StorySentences.Sentence>> reader) {
    this.reader = reader;
    for (int i = 0; i < articles.size(); i++) {
      position.put(articles.get(i).id(), i);
      byId.put(articles.get(i).id(), articles.get(i));
    }
    if (dedup == null) {
      return;
    }
    for (Article a : articles) {
      String representative = dedup.representativeOf().get(a.id());
      if (representative.equals(a.id())) {
        continue;
      }
      if (a.text().equals(byId.get(representative).text())) {
        copies.add(new Copy(a, representative, true, new int[0], new int[] {0}, List.of()));
      } else {
        copies.add(read(a, representative));
      }
    }
  }

  private Copy read(Article article, String representative) {
    String text = article.text();
    List<int[]> spans = new ArrayList<>();
    List<Integer> words = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    for (StorySentences.Sentence sentence : reader.apply(article)) {
      spans.add(new int[] {sentence.start(), sentence.end()});
      firsts.add(words.size());
      for (String w : Tokenizer.words(text.substring(sentence.start(), sentence.end()))) {
        words.add(vocabulary.computeIfAbsent(w, k -> vocabulary.size()));
      }
    }
    firsts.add(words.size());
    return new Copy(article, representative, false,
        words.stream().mapToInt(Integer::intValue).toArray(),
        firsts.stream().mapToInt(Integer::intValue).toArray(), spans);
  }

  SummarySentence credit(SummarySentence s) {
    if (copies.isEmpty()) {
      return s;
    }
    Figures figures = Figures.of(Tokenizer.words(s.text()));
    // what each source said: its supporting sentence, or for the sentence's own article the
    // sentence itself as the article has it
    Map<String, String> said = new HashMap<>();
    Article own = byId.get(s.articleId());
    said.put(s.articleId(), own.text().substring(s.start(), s.end()));
    for (SummarySentence.Evidence e : s.evidence()) {
      said.put(e.articleId(), byId.get(e.articleId()).text().substring(e.start(), e.end()));
    }
    Map<String, SummarySentence.Evidence> differs = new HashMap<>();
    for (SummarySentence.Evidence e : s.differing()) {
      differs.put(e.articleId(), e);
    }
    Set<String> credited = new LinkedHashSet<>(s.sources());
    List<SummarySentence.Evidence> differing = new ArrayList<>(s.differing());
    Map<String, Target> targets = new HashMap<>();
    for (Copy copy : copies) {
      String id = copy.article().id();
      boolean ofSource = said.containsKey(copy.representative());
      if (copy.identical()) {
        SummarySentence.Evidence differed = differs.get(copy.representative());
        if (ofSource) {
          credited.add(id);
        } else if (differed != null) {
          differing.add(new SummarySentence.Evidence(id, differed.start(), differed.end(),
              differed.similarity(), differed.match()));
        }
        continue;
      }
      String compared = ofSource ? said.get(copy.representative()) : s.text();
      Target target = targets.computeIfAbsent(compared, this::target);
      double needed = ofSource ? COPY_OF_SOURCE : COPY_OF_OTHER;
      int best = -1;
      double bestAlike = 0;
      for (int k = 0; k + 1 < copy.firsts().length; k++) {
        double alike = target.alike(copy, k);
        if (alike > bestAlike) {
          bestAlike = alike;
          best = k;
        }
      }
      if (best < 0 || bestAlike < needed) {
        continue; // the copy does not say it
      }
      int[] span = copy.spans().get(best);
      String version = copy.article().text().substring(span[0], span[1]);
      if (!Figures.of(Tokenizer.words(version)).contradicts(figures)) {
        credited.add(id);
      } else if (bestAlike >= Attribution.DIFFERING) {
        differing.add(new SummarySentence.Evidence(id, span[0], span[1],
            Math.round(bestAlike * 1000) / 1000.0, SummarySentence.Match.WORDING));
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

  private Target target(String sentence) {
    Set<String> distinct = new HashSet<>(Tokenizer.words(sentence));
    boolean[] wanted = new boolean[vocabulary.size()];
    for (String w : distinct) {
      Integer id = vocabulary.get(w);
      if (id != null) {
        wanted[id] = true;
      }
    }
    return new Target(distinct.size(), wanted, new int[vocabulary.size()]);
  }

  /** A sentence to find in copies: its distinct words, marked by id. */
  private static final class Target {
    private final int size;
    private final boolean[] wanted;
    /** Scratch: the sentence a word was last counted in, so each counts once per sentence. */
    private final int[] countedIn;
    private int stamp;

    Target(int size, boolean[] wanted, int[] countedIn) {
      this.size = size;
      this.wanted = wanted;
      this.countedIn = countedIn;
    }

    /** Cosine of the two sets of words: a long sentence holding a short one's few is not it. */
    double alike(Copy copy, int k) {
      stamp++;
      int shared = 0;
      int distinct = 0;
      for (int i = copy.firsts()[k]; i < copy.firsts()[k + 1]; i++) {
        int w = copy.words()[i];
        if (countedIn[w] != stamp) {
          countedIn[w] = stamp;
          distinct++;
          if (wanted[w]) {
            shared++;
          }
        }
      }
      return size == 0 || distinct == 0 ? 0 : shared / Math.sqrt((double) size * distinct);
    }
  }
}

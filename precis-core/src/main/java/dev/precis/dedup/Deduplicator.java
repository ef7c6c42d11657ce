package dev.precis.dedup;

import dev.precis.PrecisException;
import dev.precis.WorkCancelledException;
import dev.precis.dedup.DuplicateGroup.Member;
import dev.precis.text.Article;
import dev.precis.text.StorySentences;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Finds exact and near-duplicate articles in a batch: copies, syndicated versions with another
 * intro or footer, and spun rewrites (synonyms swapped, sentences reordered, cut short).
 *
 * <ol>
 *   <li>Exact copies share a 128-bit hash of the normalized text (lower case, letters and digits,
 *       white space folded).
 *   <li>Other texts get a MinHash signature of their word shingles (synonym-mapped stems, stop
 *       words dropped); LSH banding proposes candidate representatives.
 *   <li>A candidate is verified by containment of content terms, shingles and sentences (see
 *       {@link DedupOptions} and {@code Profile.compare}), which survives synonyms, reordering and
 *       truncation but not two different articles about one story.
 * </ol>
 *
 * <p>A headline alone (no text, or text that only repeats it) is compared by its headline.
 *
 * <p>The representative of a group is its <em>longest</em> article (letters and digits of its
 * text), ties broken by the smaller id: the longest copy carries the most of the story (a truncated
 * or spun copy never wins over its source), and the rule does not depend on input order. Articles
 * are matched in that order, longest first, so the same set in any order gives the same groups.
 * Each article joins the group of the best verified representative; see {@code GroupIndex} for
 * why groups are not merged through an article resembling two of them.
 *
 * <p>Immutable and thread-safe. Analysis of more than {@link #ON_CALLER} articles runs in
 * parallel in blocks, one block ahead of the sequential matching, on a pool of one thread per
 * core; memory beyond the input stays bounded by two blocks and the representatives' profiles
 * (plus, with a {@link StorySentences#once} reader, the reading it keeps of every article).
 */
public final class Deduplicator {
  /** Articles analysed together in parallel before being matched in order. */
  private static final int BLOCK = 2048;

  /**
   * At most this many articles are analysed on the calling thread instead of the pool: handing a
   * story's handful of articles to the pool's threads costs about what sharing the work saves,
   * and the caller that deduplicates one story ({@code SummaryPipeline}) keeps the other cores
   * busy meanwhile with the story's pages and facts.
   */
  public static final int ON_CALLER = 64;

  private final DedupOptions options;

  public Deduplicator(DedupOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public static Deduplicator withDefaults() {
    return new Deduplicator(DedupOptions.defaults());
  }

  public DedupOptions options() {
    return options;
  }

  public DedupResult deduplicate(List<Article> articles) {
    return deduplicate(articles, StorySentences::of);
  }

  /**
   * As {@link #deduplicate(List)}, each article read by {@code reader}: {@link
   * StorySentences#once} shares one reading of each article with the other stages of a summary.
   */
  public DedupResult deduplicate(List<Article> articles,
      Function<Article, List<StorySentences.Sentence>> reader) {
    Objects.requireNonNull(articles, "articles");
    validate(articles);
    return deduplicate(articles.stream().map(Deduplicator::compared).toList(), Workers.POOL,
        Objects.requireNonNull(reader, "reader"));
  }

  /**
   * The keys that can bring an article together with another: the hash of its exact text, and the
   * LSH band keys it is filed under. Two articles that share no key, directly or through others,
   * are never compared, so the articles split into groups joined by shared keys can be
   * deduplicated group by group (the Spark job does), and the union of the groups' results is
   * the result of deduplicating them all at once.
   */
  public long[] blockingKeys(Article article) {
    long[] bands = bandKeys(article);
    long[] keys = java.util.Arrays.copyOf(bands, bands.length + 1);
    // copies of one text share this key, whether or not the text has enough words for bands
    keys[bands.length] = exactKey(article);
    return keys;
  }

  /**
   * The hash of the text an article is compared by: copies of one text share it (and a copy
   * always joins the group its twin joined, so only one article per text needs {@link
   * #bandKeys}).
   */
  public long exactKey(Article article) {
    TextKey key = TextKey.of(compared(article).text());
    return key.high() ^ key.low() ^ key.length();
  }

  /** The LSH band keys an article is filed under (the costly part of its analysis). */
  public long[] bandKeys(Article article) {
    GroupIndex index = new GroupIndex(options);
    return index.bandKeys(index.prepare(compared(article)));
  }

  /**
   * What is compared of an article: its text, or for a headline alone ({@link
   * Article#headlineOnly()}) its headline, as text: a feed of headlines has copies too.
   */
  static Article compared(Article a) {
    return a.headlineOnly() && a.title() != null && !a.title().isBlank()
        ? new Article(a.id(), null, a.date(), a.url(), a.source(), a.byline(), a.title().strip())
        : a;
  }

  /**
   * One pool for every call, made on first use: a summary deduplicates its handful of articles on
   * each request, and starting threads for that would cost more than the work. Its threads are
   * daemons, so it never keeps the JVM alive.
   */
  private static final class Workers {
    static final ForkJoinPool POOL =
        new ForkJoinPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
  }

  private DedupResult deduplicate(List<Article> articles, ForkJoinPool pool,
      Function<Article, List<StorySentences.Sentence>> reader) {
    return deduplicate(articles, pool, reader, articles.size() <= ON_CALLER);
  }

  /** As the articles would be deduplicated with {@code here} on the calling thread or not. */
  DedupResult deduplicate(List<Article> articles, boolean here) {
    validate(articles);
    return deduplicate(articles.stream().map(Deduplicator::compared).toList(), Workers.POOL,
        StorySentences::of, here);
  }

  private DedupResult deduplicate(List<Article> articles, ForkJoinPool pool,
      Function<Article, List<StorySentences.Sentence>> reader, boolean onCaller) {
    int n = articles.size();
    // more than a block is analysed block by block on the pool, one block ahead of matching
    boolean here = onCaller && n <= BLOCK;
    TextKey[] keys = new TextKey[n];
    if (here) {
      for (int i = 0; i < n; i++) {
        keys[i] = TextKey.of(articles.get(i).text());
      }
    } else {
      pool.submit(() -> IntStream.range(0, n).parallel()
          .forEach(i -> keys[i] = TextKey.of(articles.get(i).text()))).join();
    }
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> -keys[i].length())
        .thenComparing(i -> articles.get(i).id()));

    // only the first article of each text (in matching order) is analysed: copies cost nothing
    boolean[] analyse = new boolean[n];
    Set<TextKey> seen = new HashSet<>();
    for (int i : order) {
      analyse[i] = seen.add(keys[i]);
    }

    GroupIndex index = new GroupIndex(options, reader);
    GroupIndex.Match[] matches = new GroupIndex.Match[n];
    // block b+1 is analysed in parallel while block b is matched: matching is sequential, and
    // would otherwise leave the other cores idle
    AtomicBoolean stopped = new AtomicBoolean();
    CompletableFuture<GroupIndex.Prepared[]> next = here
        ? CompletableFuture.completedFuture(analyseHere(index, articles, order, analyse))
        : analyse(pool, index, articles, order, analyse, 0, stopped);
    for (int from = 0; from < n; from += BLOCK) {
      int to = Math.min(n, from + BLOCK);
      GroupIndex.Prepared[] prepared = await(next, stopped);
      if (to < n) {
        next = analyse(pool, index, articles, order, analyse, to, stopped);
      }
      for (int k = from; k < to; k++) {
        if ((k & 63) == 0) {
          WorkCancelledException.throwIfInterrupted();
        }
        int i = order[k];
        matches[i] = index.add(articles.get(i), keys[i], prepared[k - from]);
      }
    }
    return result(articles, matches);
  }

  /** Analyses all of a few articles ({@link #ON_CALLER} at most) on the calling thread. */
  private static GroupIndex.Prepared[] analyseHere(GroupIndex index, List<Article> articles,
      Integer[] order, boolean[] analyse) {
    GroupIndex.Prepared[] prepared = new GroupIndex.Prepared[order.length];
    for (int k = 0; k < order.length; k++) {
      WorkCancelledException.throwIfInterrupted();
      if (analyse[order[k]]) {
        prepared[k] = index.prepare(articles.get(order[k]));
      }
    }
    return prepared;
  }

  /** Analyses the block of {@code order} starting at {@code from}, in parallel on {@code pool}. */
  private static CompletableFuture<GroupIndex.Prepared[]> analyse(ForkJoinPool pool,
      GroupIndex index, List<Article> articles, Integer[] order, boolean[] analyse, int from,
      AtomicBoolean stopped) {
    int to = Math.min(order.length, from + BLOCK);
    return CompletableFuture.supplyAsync(() -> {
      GroupIndex.Prepared[] prepared = new GroupIndex.Prepared[to - from];
      IntStream.range(from, to).parallel().forEach(k -> {
        int i = order[k];
        if (analyse[i] && !stopped.get()) {
          prepared[k - from] = index.prepare(articles.get(i));
        }
      });
      return prepared;
    }, pool);
  }

  /**
   * A block's analysis, waited for interruptibly: when the caller is stopped (see {@link
   * WorkCancelledException}), the analysis still running skips its remaining articles.
   */
  private static GroupIndex.Prepared[] await(CompletableFuture<GroupIndex.Prepared[]> block,
      AtomicBoolean stopped) {
    try {
      return block.get();
    } catch (InterruptedException e) {
      stopped.set(true);
      Thread.currentThread().interrupt();
      throw new WorkCancelledException("interrupted while copies were looked for");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void validate(List<Article> articles) {
    Set<String> ids = new HashSet<>();
    for (Article a : articles) {
      Objects.requireNonNull(a, "article");
      if (!ids.add(a.id())) {
        throw new PrecisException("duplicate article id '" + a.id()
            + "'; every article needs its own id to be reported in a group");
      }
      if (a.text().isBlank() && (a.title() == null || a.title().isBlank())) {
        throw new PrecisException("article '" + a.id() + "' has neither text nor a headline");
      }
    }
  }

  private static DedupResult result(List<Article> articles, GroupIndex.Match[] matches) {
    Map<String, String> representativeOf = new LinkedHashMap<>();
    Map<String, List<Member>> members = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      String id = articles.get(i).id();
      GroupIndex.Match m = matches[i];
      representativeOf.put(id, m.representative());
      members.computeIfAbsent(m.representative(), r -> new ArrayList<>())
          .add(new Member(id, m.similarity(), m.kind()));
    }
    // groups in the order of their representative in the input
    List<DuplicateGroup> groups = new ArrayList<>();
    for (Article a : articles) {
      List<Member> group = members.get(a.id());
      if (group != null && group.size() > 1) {
        groups.add(new DuplicateGroup(a.id(), group));
      }
    }
    return new DedupResult(groups, representativeOf);
  }

}

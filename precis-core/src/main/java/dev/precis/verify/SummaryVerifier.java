package dev.precis.verify;

import dev.precis.PrecisException;
import dev.precis.WorkCancelledException;
import dev.precis.similar.ParaphraseScorer;
import dev.precis.text.Article;
import dev.precis.text.ArticleDates;
import java.time.LocalDate;
import dev.precis.text.SentenceSplitter;
import dev.precis.text.StorySentences;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks any summary, from a model, a colleague or a press release, against the articles it
 * summarises: each sentence is supported (with the source sentences that state it), contradicted
 * (a source on the same content states another number, date, weekday or name, or the opposite)
 * or not found in the sources.
 *
 * <pre>{@code
 * Verification v = new SummaryVerifier(articles).verify(summaryText);
 * for (Verification.Checked s : v.sentences()) {
 *   System.out.println(s.verdict().label() + ": " + s.text());
 * }
 * }</pre>
 *
 * <p>Abstractive sentences are checked by their content: a sentence that merges two source
 * sentences is supported by the union of the few source sentences that together cover its
 * content words, whatever their order; words are compared as stems with the synonym table of the
 * dedup package ("Russian Federation" and "Russia"), numbers spelled as words in digits. English
 * only. The articles are read once, for any number of summaries. Immutable and thread-safe; the
 * output is deterministic.
 *
 * <p>Contradiction, and the figures, names and negation a supported sentence must find stated,
 * are explicit checks; among the sentences they leave open, a {@link VerdictModel} decides
 * supported or not from the sentence's {@link VerdictFeatures} ({@link #features(String)}).
 */
public final class SummaryVerifier {
  /**
   * Coverage at which a source sentence is close enough for the figures it states to count for
   * a summary sentence: an abstract sentence takes a count from one source sentence and the rest
   * from another.
   */
  static final double CONTEXT = 0.2;
  /** Coverage at which a source sentence is close enough for the names it states to count. */
  static final double NAME_CONTEXT = 0.5;
  /**
   * Terms the sources never use weigh as a term of {@code UNSEEN} sentences: an abstract's own
   * connecting words ("additionally") should not outweigh the content it shares.
   */
  static final double UNSEEN = 3;
  /**
   * Share of a sentence's content other than names a source sentence must repeat to be on the
   * same content, so that another figure, name or a negation in it is a contradiction and not
   * another statement that shares some words.
   */
  static final double SAME_CONTENT = 0.5;
  /**
   * Share of the content other than names a source sentence must repeat for another name in it to
   * be a name in the same role. Higher than {@link #SAME_CONTENT}: the part of a merged claim
   * that covers one clause often names someone else, and that is no swap.
   */
  static final double SAME_ROLE = 0.7;
  /** Coverage at which one source sentence alone repeats a summary sentence's wording. */
  static final double WORDING = 0.75;
  /** At most this many source sentences make up one merged claim. */
  static final int MAX_PARTS = 3;
  /** A further part must add at least this share of the content to count. */
  static final double MIN_PART = 0.15;
  /** A part of the evidence shares at least this many of the claim's terms with it. */
  static final int MIN_PART_TERMS = 2;
  /** Most conflicts shown per sentence. */
  static final int MAX_CONFLICTS = 3;

  private final Sources index;
  private final VerdictModel model;

  /**
   * With the shipped {@link VerdictModel}.
   *
   * @param articles the sources summaries are checked against
   * @throws PrecisException when there is no article
   */
  public SummaryVerifier(List<Article> articles) {
    this(articles, null, true);
  }

  /**
   * @param model decides supported or not from what the sources hold for each sentence
   * @throws PrecisException when there is no article
   */
  public SummaryVerifier(List<Article> articles, VerdictModel model) {
    this(articles, java.util.Objects.requireNonNull(model, "model"), true);
  }

  /** A null model is the shipped one, loaded at the first verdict (features need none). */
  private SummaryVerifier(List<Article> articles, VerdictModel model, boolean checked) {
    if (articles == null || articles.isEmpty()) {
      throw new PrecisException("no articles to verify the summary against");
    }
    this.model = model;
    index = new Sources(sources(articles));
  }

  /**
   * @throws PrecisException when there is no summary text
   */
  public Verification verify(String summary) {
    if (summary == null || summary.isBlank()) {
      throw new PrecisException("the summary to verify is empty");
    }
    List<Verification.Checked> checked = new ArrayList<>();
    for (String sentence : sentences(summary)) {
      // a service stops work past its time budget by interrupting it: stop between sentences
      WorkCancelledException.throwIfInterrupted();
      checked.add(check(Claim.of(null, -1, sentence)));
    }
    return new Verification(checked);
  }

  /**
   * What the sources hold for each sentence of {@code summary}, as the verdict model reads it:
   * for training the model and for reading why a sentence got its verdict.
   *
   * @throws PrecisException when there is no summary text
   */
  public List<VerdictFeatures> features(String summary) {
    if (summary == null || summary.isBlank()) {
      throw new PrecisException("the summary to verify is empty");
    }
    List<VerdictFeatures> features = new ArrayList<>();
    for (String sentence : sentences(summary)) {
      WorkCancelledException.throwIfInterrupted();
      features.add(find(Claim.of(null, -1, sentence), index).features());
    }
    return features;
  }

  /** A text's sentences, paragraph by paragraph, as the text pipeline splits articles. */
  public static List<String> sentences(String text) {
    List<String> sentences = new ArrayList<>();
    for (int[] p : StorySentences.paragraphs(text)) {
      String paragraph = text.substring(p[0], p[1]);
      for (int[] s : SentenceSplitter.split(paragraph)) {
        String sentence = paragraph.substring(s[0], s[1]).strip();
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }

  private static List<Claim> sources(List<Article> articles) {
    List<Claim> claims = new ArrayList<>();
    for (Article article : articles) {
      LocalDate published = ArticleDates.parse(article.date()).orElse(null);
      for (String sentence : sentences(article.text())) {
        claims.add(Claim.of(article.id(), claims.size(), sentence, published));
      }
    }
    return claims;
  }

  /** The source sentences with each term's weight: rarer in the sources, more telling. */
  private static final class Sources {
    final List<Claim> claims;
    final Map<String, Double> weights = new HashMap<>();
    final double unknownWeight;
    /** Capitalised words the sources use mid-sentence: the names of the story. */
    final Set<String> names = new HashSet<>();

    Sources(List<Claim> claims) {
      this.claims = claims;
      Map<String, Integer> df = new HashMap<>();
      for (Claim c : claims) {
        c.terms().forEach(t -> df.merge(t, 1, Integer::sum));
        names.addAll(c.capitals());
      }
      int n = claims.size();
      df.forEach((t, f) -> weights.put(t, Math.log(1.0 + (double) n / f)));
      unknownWeight = Math.log(1.0 + n / UNSEEN);
    }

    double weight(String term) {
      return weights.getOrDefault(term, unknownWeight);
    }

    /** Weighted share of {@code terms} that {@code covered} contains. */
    double coverage(Set<String> terms, Set<String> covered) {
      double total = 0;
      double shared = 0;
      for (String t : terms) {
        double w = weight(t);
        total += w;
        if (covered.contains(t)) {
          shared += w;
        }
      }
      return total == 0 ? 0 : shared / total;
    }
  }

  private Verification.Checked check(Claim claim) {
    Found found = find(claim, index);
    Verification.Verdict verdict = (model == null ? VerdictModel.standard() : model)
        .verdict(found.features);
    List<Verification.Conflict> conflicts = new ArrayList<>();
    for (Claim c : found.conflicting.subList(0,
        Math.min(MAX_CONFLICTS, found.conflicting.size()))) {
      conflicts.add(new Verification.Conflict(c.article(), c.text(), found.what.get(c)));
    }
    if (verdict != Verification.Verdict.SUPPORTED) {
      return new Verification.Checked(claim.text(), verdict, List.of(), conflicts);
    }
    // the parts, and each other article's best sentence that states the whole in its words
    Map<String, Claim> evidence = new LinkedHashMap<>();
    for (Claim p : found.parts) {
      evidence.putIfAbsent(p.article() + "#" + p.position(), p);
    }
    Set<String> articles = new HashSet<>();
    found.parts.forEach(p -> articles.add(p.article()));
    for (Claim c : found.candidates) {
      if (found.coverage.get(c) >= WORDING && articles.add(c.article())) {
        evidence.putIfAbsent(c.article() + "#" + c.position(), c);
      }
    }
    List<Claim> ordered = new ArrayList<>(evidence.values());
    ordered.sort(Comparator.comparingInt(Claim::position));
    List<Verification.Evidence> shown = new ArrayList<>();
    for (Claim c : ordered) {
      shown.add(new Verification.Evidence(c.article(), c.text(),
          found.coverage.get(c) >= WORDING ? "wording" : "paraphrase"));
    }
    return new Verification.Checked(claim.text(), verdict, shown, conflicts);
  }

  /**
   * What the sources hold for one claim: the sentences on its content that say otherwise, the
   * candidates for evidence by coverage, the few that together cover it, and the features.
   */
  private record Found(List<Claim> conflicting, Map<Claim, String> what, List<Claim> candidates,
      Map<Claim, Double> coverage, List<Claim> parts, VerdictFeatures features) {}

  private static Found find(Claim claim, Sources sources) {
    if (claim.terms().isEmpty()) {
      return new Found(List.of(), Map.of(), List.of(), Map.of(), List.of(),
          new VerdictFeatures(claim.text(), nothing(), false, false, false, null));
    }
    // the story's names the sentence states: capitalised in it and mid-sentence in the sources
    Set<String> names = new HashSet<>(claim.terms());
    names.retainAll(claim.opening());
    names.retainAll(sources.names);
    Set<String> core = new HashSet<>(claim.terms());
    core.removeAll(names);
    // every source sentence on the same content that says otherwise is a conflict, never evidence
    List<Claim> candidates = new ArrayList<>();
    Map<Claim, Double> coverage = new HashMap<>();
    List<Claim> conflicting = new ArrayList<>();
    Map<Claim, String> what = new HashMap<>();
    for (Claim source : sources.claims) {
      double full = sources.coverage(claim.terms(), source.terms());
      if (full == 0) {
        continue;
      }
      double same = core.isEmpty() ? full : sources.coverage(core, source.terms());
      String difference = same >= SAME_CONTENT
          ? difference(claim, source, names, sources, same >= SAME_ROLE) : null;
      if (difference != null) {
        conflicting.add(source);
        what.put(source, difference);
        coverage.put(source, same);
      } else {
        candidates.add(source);
        coverage.put(source, full);
      }
    }
    Comparator<Claim> best = Comparator.<Claim>comparingDouble(coverage::get).reversed()
        .thenComparingInt(Claim::position);
    candidates.sort(best);
    conflicting.sort(best);
    // the few sentences that together cover the most of its content: a merged claim's parts
    List<Claim> parts = new ArrayList<>();
    Set<String> covered = new HashSet<>();
    double union = 0;
    // a further part must add content of its own, not only a name: else a swapped name is
    // "supported" by whichever sentence mentions that person
    Set<String> content = core.isEmpty() ? claim.terms() : core;
    double coreUnion = 0;
    // a part states a clause of the claim, not one of its words: three sentences that each share
    // a single word ("agreed", "countries", "sanctions") do not make "they agreed to lift sanctions"
    int minShared = Math.min(MIN_PART_TERMS, claim.terms().size());
    while (parts.size() < MAX_PARTS) {
      Claim pick = null;
      double gain = 0;
      double coreGain = 0;
      for (Claim c : candidates) {
        if (parts.contains(c) || sharedTerms(claim, c) < minShared) {
          continue;
        }
        Set<String> with = new HashSet<>(covered);
        with.addAll(c.terms());
        double g = sources.coverage(claim.terms(), with) - union;
        double gc = sources.coverage(content, with) - coreUnion;
        if (g > gain + 1e-12 && (parts.isEmpty() || gc >= MIN_PART)) {
          gain = g;
          coreGain = gc;
          pick = c;
        }
      }
      if (pick == null || (!parts.isEmpty() && gain < MIN_PART)) {
        break;
      }
      parts.add(pick);
      covered.addAll(pick.terms());
      union += gain;
      coreUnion += coreGain;
    }
    // figures and names may come from any sentence on the same content: an abstract sentence
    // takes the count from one and the rest from another
    List<Claim> context = new ArrayList<>(parts);
    for (Claim c : candidates) {
      if (coverage.get(c) >= CONTEXT && !context.contains(c)) {
        context.add(c);
      }
    }
    double[] stated = stated(claim, parts, context, names, coverage);
    boolean negationUnmatched = claim.negated() && parts.stream().noneMatch(Claim::negated);
    int shared = 0;
    for (String t : claim.terms()) {
      shared += covered.contains(t) ? 1 : 0;
    }
    Set<String> unseen = new HashSet<>(claim.terms());
    unseen.removeAll(sources.weights.keySet());
    Claim first = parts.isEmpty() ? null : parts.get(0);
    double paraphrase = first == null ? 0
        : ParaphraseScorer.english().similarity(claim.text(), first.text());
    List<Double> values = List.of(
        union,
        first == null ? 0 : coverage.get(first),
        coreUnion,
        (double) shared / claim.terms().size(),
        sources.coverage(claim.terms(), unseen),
        stated[0],
        stated[1],
        negationUnmatched ? 1.0 : 0.0,
        conflicting.isEmpty() ? 0.0 : 1.0,
        paraphrase,
        parts.size() / (double) MAX_PARTS,
        Math.log(claim.terms().size()));
    boolean statesAll = stated[0] == 1 && stated[1] == 1 && !negationUnmatched;
    VerdictFeatures features = new VerdictFeatures(claim.text(), values,
        !conflicting.isEmpty() && !statesAll, !conflicting.isEmpty(), first != null,
        first == null ? null : first.text());
    return new Found(conflicting, what, candidates, coverage, parts, features);
  }

  /** The features of a sentence no source shares a word with. */
  private static List<Double> nothing() {
    List<Double> values = new ArrayList<>();
    for (String name : VerdictFeatures.NAMES) {
      values.add(name.endsWith("_stated") ? 1.0 : 0.0);
    }
    return values;
  }

  private static int sharedTerms(Claim claim, Claim source) {
    int n = 0;
    for (String t : claim.terms()) {
      if (source.terms().contains(t)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The shares of the claim's figures and of its names that the sentences on the same content
   * state (1 where it has none): a figure or name the sources never state is not supported,
   * however much else they share.
   */
  private static double[] stated(Claim claim, List<Claim> parts, List<Claim> context,
      Set<String> names, Map<Claim, Double> coverage) {
    Set<String> figures = new HashSet<>();
    Set<String> terms = new HashSet<>();
    for (Claim p : context) {
      figures.addAll(p.figures().all());
      figures.addAll(p.resolved());
      if (parts.contains(p) || coverage.get(p) >= NAME_CONTEXT) {
        terms.addAll(p.terms());
      }
    }
    return new double[] {share(claim.figures().all(), figures), share(names, terms)};
  }

  private static double share(Set<String> wanted, Set<String> found) {
    if (wanted.isEmpty()) {
      return 1;
    }
    int n = 0;
    for (String w : wanted) {
      n += found.contains(w) ? 1 : 0;
    }
    return (double) n / wanted.size();
  }

  /**
   * What a source sentence on the same content says otherwise, or null: another figure of one
   * kind, another name of the story where the claim has one the source lacks, or the opposite.
   */
  private static String difference(Claim claim, Claim source, Set<String> names,
      Sources sources, boolean sameRole) {
    List<String> figures = claim.figures().differences(source.figures());
    if (!figures.isEmpty()) {
      return String.join("; ", figures);
    }
    // "on March 10" against "on Monday" in an article that puts that Monday on March 9
    Set<String> days = new java.util.TreeSet<>();
    for (String f : claim.figures().kinds().get(2)) {
      if (f.contains(" ")) {
        days.add(f);
      }
    }
    boolean writesDays = source.figures().kinds().get(2).stream().anyMatch(f -> f.contains(" "));
    if (!days.isEmpty() && !source.resolved().isEmpty() && !writesDays
        && java.util.Collections.disjoint(days, source.resolved())) {
      return "date " + String.join(", ", days) + " against " + String.join(", ",
          source.resolved().stream().filter(d -> d.contains(" ")).sorted().toList());
    }
    Set<String> missing = new java.util.TreeSet<>(names);
    missing.removeAll(source.terms());
    if (sameRole && !missing.isEmpty()) {
      Set<String> others = new java.util.TreeSet<>(source.capitals());
      others.retainAll(sources.names);
      others.removeAll(claim.terms());
      if (!others.isEmpty()) {
        return "name " + String.join(", ", missing) + " against " + String.join(", ", others);
      }
    }
    if (claim.negated() != source.negated()) {
      return claim.negated() ? "negated; the source is not" : "not negated; the source is";
    }
    return null;
  }
}

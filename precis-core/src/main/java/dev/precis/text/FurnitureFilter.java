package dev.precis.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stage of the {@link TextPipeline}: finds the sentences of a web page that are furniture
 * rather than story (photo and video captions, credit lines, teasers of other stories, share,
 * subscribe and newsletter prompts, embedded posts, slugs), so that no summary quotes them. It
 * reads each sentence with its neighbours ({@link FurnitureFeatures}) and asks the learned
 * {@link FurnitureModel}; a sentence that ends in "..." is a teaser cut off mid-sentence and is
 * furniture whatever the model says, since a summary must never quote a fragment, and so is all
 * of a page whose paragraphs mostly end so: an index of other stories' openings. A page may lose
 * every sentence (an error page, an archive's notice, a video's caption): it then tells its story
 * nothing, and the {@link TextPipeline} reads it only when no other page of the story has a
 * sentence left ({@link #teasers}).
 *
 * <p>Between the model's threshold and {@link #QUOTABLE_BELOW} lies a band of doubt, where
 * captions without a cue word often sit, and some story sentences too. A sentence in it stays
 * (what it says still counts for what the story is about) but is marked
 * {@link SentenceDraft#unquotable()}, so a summary quotes it only when nothing else can be quoted:
 * losing one story sentence from the choice costs a summary little, quoting a caption costs it
 * its reader's trust.
 *
 * <pre>{@code
 * FurnitureFilter filter = new FurnitureFilter(FurnitureModel.standard());
 * boolean[] drop = filter.furniture(pipeline.pageSentences(article));
 * List<SentenceDraft> story = filter.apply(SentenceDraft.of(article)); // as a stage
 * }</pre>
 */
public final class FurnitureFilter implements SentenceStage {
  /**
   * A sentence the model gives this probability of furniture or more is not quoted: the model's
   * own boundary of even odds, not a fitted value (its drop threshold is fitted higher, so that
   * a story sentence is lost more rarely than a caption kept).
   */
  public static final double QUOTABLE_BELOW = 0.5;

  private final FurnitureModel model;
  private final int[] columns;
  private final double[] weights;

  public FurnitureFilter(FurnitureModel model) {
    this.model = Objects.requireNonNull(model, "model");
    columns = new int[model.features().size()];
    weights = new double[columns.length];
    for (int k = 0; k < columns.length; k++) {
      columns[k] = FurnitureFeatures.NAMES.indexOf(model.features().get(k));
      weights[k] = model.weights().get(k);
    }
  }

  public FurnitureModel model() {
    return model;
  }

  /** The page without its furniture, its doubtful sentences marked unquotable. */
  @Override
  public List<SentenceDraft> apply(List<SentenceDraft> page) {
    FurnitureFeatures.Page features = new FurnitureFeatures.Page(SentenceDraft.onPage(page));
    List<SentenceDraft> kept = new ArrayList<>(page.size());
    for (int i = 0; i < page.size(); i++) {
      switch (verdict(features, i)) {
        case KEEP -> kept.add(page.get(i));
        case DOUBT -> kept.add(page.get(i).unquotable());
        case DROP -> { }
      }
    }
    return kept;
  }

  /**
   * The stage that drops teasers cut off with "..." only ({@link #teasers}): what a page keeps
   * when the model takes all of every page of a story for furniture.
   */
  public static SentenceStage teasersOnly() {
    return page -> without(page, teasers(SentenceDraft.onPage(page)));
  }

  private static List<SentenceDraft> without(List<SentenceDraft> page, boolean[] drop) {
    List<SentenceDraft> kept = new ArrayList<>(page.size());
    for (int i = 0; i < drop.length; i++) {
      if (!drop[i]) {
        kept.add(page.get(i));
      }
    }
    return kept;
  }

  /** Which sentences of one article's page are furniture, in page order. */
  public boolean[] furniture(List<PageSentence> page) {
    FurnitureFeatures.Page features = new FurnitureFeatures.Page(page);
    boolean[] drop = new boolean[page.size()];
    for (int i = 0; i < drop.length; i++) {
      drop[i] = drops(features, i);
    }
    return drop;
  }

  /**
   * Which sentences of one article's page no summary quotes, in page order: those {@link
   * #furniture} drops and those in the band of doubt.
   */
  boolean[] notQuoted(List<PageSentence> page) {
    FurnitureFeatures.Page features = new FurnitureFeatures.Page(page);
    boolean[] out = new boolean[page.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = verdict(features, i) != Verdict.KEEP;
    }
    return out;
  }

  /**
   * Index of the first sentence of a page the stage keeps, or -1 when it drops every one: the
   * sentence that names an article without a headline. A quotable sentence first, else one in the
   * band of doubt (a page of nothing else still has a name). Reads only as far as it needs.
   */
  public int firstKept(List<PageSentence> page) {
    FurnitureFeatures.Page features = new FurnitureFeatures.Page(page);
    int doubted = -1;
    for (int i = 0; i < features.size(); i++) {
      Verdict verdict = verdict(features, i);
      if (verdict == Verdict.KEEP) {
        return i;
      }
      if (verdict == Verdict.DOUBT && doubted < 0) {
        doubted = i;
      }
    }
    return doubted;
  }

  private enum Verdict { KEEP, DOUBT, DROP }

  /**
   * The stage's verdict on sentence {@code i}: dropped when its page is an index of teasers, when
   * it is a teaser cut off or the model's furniture, doubted in the band below that, else kept.
   */
  private Verdict verdict(FurnitureFeatures.Page features, int i) {
    if (features.teaserIndex() || FurnitureFeatures.endsInEllipsis(features.text(i))) {
      return Verdict.DROP;
    }
    double p = probability(features.row(i));
    return p >= model.threshold() ? Verdict.DROP
        : p >= QUOTABLE_BELOW ? Verdict.DOUBT : Verdict.KEEP;
  }

  private boolean drops(FurnitureFeatures.Page features, int i) {
    return verdict(features, i) == Verdict.DROP;
  }

  /**
   * Which sentences of a page are teasers cut off with "...": what a page drops when it is read
   * although the model takes all of it for furniture. The model judges sentences among a story's
   * sentences; when no page of a story keeps any (a transcript without punctuation, a bare list,
   * a one-line brief), the pages are not what it learned from, and only a fragment is certainly
   * no sentence.
   */
  public static boolean[] teasers(List<PageSentence> page) {
    boolean[] teaser = new boolean[page.size()];
    for (int i = 0; i < teaser.length; i++) {
      teaser[i] = FurnitureFeatures.endsInEllipsis(page.get(i).text());
    }
    return teaser;
  }

  /** Whether the stage drops every sentence of a page (true for a page without sentences). */
  static boolean all(boolean[] drop) {
    for (boolean d : drop) {
      if (!d) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FurnitureFilter f && f.model.equals(model);
  }

  @Override
  public int hashCode() {
    return model.hashCode();
  }

  private double probability(double[] features) {
    double z = model.intercept();
    for (int k = 0; k < columns.length; k++) {
      z += weights[k] * features[columns[k]];
    }
    return 1 / (1 + Math.exp(-z));
  }
}

package dev.precis.text;

/**
 * Where an article's story starts, read paragraph by paragraph: which paragraphs are boilerplate
 * and how much of a paragraph is a wire dateline. The dateline opens the first paragraph, or, in
 * wire copy that starts with slug lines ("Eds: UPDATES with four more deaths ... Associated Press
 * Writer"), the first paragraph of prose. Once a complete sentence has been read, a later
 * paragraph loses only a dateline of the unmistakable kind ({@link
 * BoilerplateFilter#wireDatelineLength}: "BEDFORD, Pa. (WJAC) –" after a photo's caption,
 * "WASHINGTON (AP) _" opening a second story), not "NATO - The alliance met". What a page glues before the story's first words (a byline with
 * its date, a video player's controls, a date line) goes with the dateline. The text pipeline,
 * deduplication and the attribution of copies read articles through it ({@link StorySentences}),
 * so they agree on where each sentence starts.
 *
 * <p>One instance per article; feed paragraphs in order.
 */
public final class StoryStart {
  private final String title;
  private boolean first = true;
  private boolean prose;

  /** @param title the article's headline, or null (a paragraph repeating it is boilerplate) */
  public StoryStart(String title) {
    this.title = title;
  }

  /**
   * -1 when the paragraph is boilerplate and should be skipped, else the length of the dateline
   * and of what is glued before it opening it (0 for none).
   */
  public int cut(String paragraph) {
    if (BoilerplateFilter.isBoilerplate(paragraph, title)) {
      return -1;
    }
    int cut;
    if (first) {
      cut = BoilerplateFilter.openingLength(paragraph);
    } else if (prose) {
      cut = BoilerplateFilter.wireDatelineLength(paragraph);
    } else {
      int glued = BoilerplateFilter.gluedLength(paragraph);
      cut = glued + BoilerplateFilter.wireDatelineLength(paragraph.substring(glued));
    }
    first = false;
    return cut;
  }

  /** Records a sentence read from the last paragraph; a complete one means the story has begun. */
  public void read(boolean complete) {
    prose |= complete;
  }
}

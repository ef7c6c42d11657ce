/**
 * Who says each summary sentence: its sources, the evidence, and where the sources disagree.
 *
 * <p>{@link dev.precis.attribute.Attribution} is the entry point. For a sentence a method chose,
 * it finds the sentences of the story's other articles that say the same thing (in much the same
 * words, or reworded as {@link dev.precis.similar.Rewording} recognises), never one that states
 * another figure, weekday or month: that one is reported as differing. Copies that
 * deduplication set aside are credited through their own version of the sentence. The result is
 * a {@link dev.precis.attribute.SummarySentence}.
 *
 * <pre>{@code
 * Attribution attribution = new Attribution(cluster, vectors, 0.45,
 *     new Rewording(cluster, vectors), dedup, articles, StorySentences::of);
 * SummarySentence s = attribution.attribute(chosen, score);
 * }</pre>
 */
package dev.precis.attribute;

package dev.precis.digest;

import dev.precis.cluster.Story;
import dev.precis.summarize.Summary;

/**
 * One story of a digest.
 *
 * @param story the story's articles (every copy included)
 * @param headline a headline for the story: the title of its most representative article, or the
 *     summary's first sentence when no article has a title
 * @param summary the story's summary; its sources credit duplicates too
 * @param duplicates how many of the story's articles were copies of another
 */
public record StoryDigest(Story story, String headline, Summary summary, int duplicates) {}

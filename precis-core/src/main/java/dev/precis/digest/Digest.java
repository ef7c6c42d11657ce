package dev.precis.digest;

import java.util.List;

/**
 * What a stream of articles amounts to: its stories, biggest and most recent first.
 *
 * @param articles how many articles came in
 * @param unique how many were left after removing duplicates
 * @param stories the stories, ranked
 * @param failedFetches articles left out because their page held only web notices (a failed
 *     fetch), copies included
 */
public record Digest(int articles, int unique, List<StoryDigest> stories, int failedFetches) {

  public Digest {
    stories = List.copyOf(stories);
  }
}

package dev.precis.digest;

import dev.precis.cluster.ClusterOptions;
import java.util.List;

/**
 * What a stream of articles amounts to: its stories, biggest and most recent first.
 *
 * @param articles how many articles came in
 * @param unique how many were left after removing duplicates
 * @param stories the stories, ranked
 * @param failedFetches articles left out because their page held only web notices (a failed
 *     fetch), copies included
 * @param clustering how the stories were found
 */
public record Digest(int articles, int unique, List<StoryDigest> stories, int failedFetches,
    ClusterOptions clustering) {

  public Digest {
    stories = List.copyOf(stories);
    java.util.Objects.requireNonNull(clustering, "clustering");
  }
}

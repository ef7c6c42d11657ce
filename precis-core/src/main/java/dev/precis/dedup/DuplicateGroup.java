package dev.precis.dedup;

import java.util.List;
import java.util.Objects;

/**
 * Articles that are copies of one another, and the one kept for them.
 *
 * @param representative id of the article kept for the group
 * @param members every article of the group, the representative included, in input order
 */
public record DuplicateGroup(String representative, List<Member> members) {

  public DuplicateGroup {
    Objects.requireNonNull(representative, "representative");
    members = List.copyOf(members);
  }

  /**
   * One article of a group.
   *
   * @param articleId the article
   * @param similarity its verified similarity to the representative, in [0, 1]; 1 for the
   *     representative and exact copies
   * @param kind how it matched
   */
  public record Member(String articleId, double similarity, Kind kind) {
    public Member {
      Objects.requireNonNull(articleId, "articleId");
      Objects.requireNonNull(kind, "kind");
    }
  }

  /** How an article matched its group's representative. */
  public enum Kind {
    /** The article kept for the group (or, from {@link DuplicateIndex#add}, a new story). */
    REPRESENTATIVE,
    /** The same text once case, punctuation and white space are ignored. */
    EXACT,
    /** The same wording with edits: another intro or footer, cuts, a few words changed. */
    NEAR,
    /** The same content reworded: synonyms swapped, sentences reordered (a spun copy). */
    REWRITE
  }
}
